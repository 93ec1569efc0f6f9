package org.replyletter.text.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.replyletter.CcGroup;
import org.replyletter.Contact;
import org.replyletter.ContactRole;
import org.replyletter.Disclosure;
import org.replyletter.HandlingChecklist;
import org.replyletter.NotImplementableItem;
import org.replyletter.Proposer;
import org.replyletter.ReplyLetter;
import org.replyletter.Section;
import org.replyletter.Sponsorship;
import org.replyletter.Suggestion;

/**
 * Writes a letter as plain text (the form the importer reads back) or Markdown. Both follow the
 * same order; the plain form is built as a list of blocks, each a list of lines, separated by blank
 * lines.
 */
public final class LetterTextWriter {
  private LetterTextWriter() {}

  /** The four checklist field labels, as printed. */
  static final String COMPLETED = "已完成事项";

  static final String IN_PROGRESS = "已开展事项（开展中）";
  static final String NOT_IMPLEMENTABLE = "无法落实事项";
  static final String REASON = "原因";
  static final String NOTE = "补充说明（其他需要说明的情况）";

  /** Renders plain text. */
  public static String plainText(ReplyLetter letter) {
    StringBuilder out = new StringBuilder();
    for (List<String> block : blocks(letter, false)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      for (String line : block) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  /** Renders Markdown: every line its own paragraph, headings for title, sections and checklist. */
  public static String markdown(ReplyLetter letter) {
    StringBuilder out = new StringBuilder();
    for (List<String> block : blocks(letter, true)) {
      for (String line : block) {
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  private static List<List<String>> blocks(ReplyLetter l, boolean md) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> head = new ArrayList<>();
    if (l.documentNumber().isPresent()) {
      String number = l.documentNumber().get().format();
      head.add(
          (md ? "**" + esc(number) + "**" : number)
              + l.signer().map(s -> "　　签发人：" + esc(s, md)).orElse(""));
    } else {
      l.signer().ifPresent(s -> head.add("签发人：" + esc(s, md)));
    }
    l.classification().ifPresent(c -> head.add("答复类型：" + esc(c.code(), md)));
    add(blocks, head);
    l.title().ifPresent(t -> add(blocks, List.of(md ? "# " + esc(t) : t)));
    if (!l.addressees().isEmpty()) {
      add(blocks, List.of(esc(addressees(l.addressees()), md)));
    }
    l.opening().ifPresent(o -> add(blocks, List.of(esc(o, md))));
    for (Section s : l.sections()) {
      List<String> b = new ArrayList<>();
      String heading = s.ordinal().map(o -> o + "、").orElse("") + s.heading().orElse("");
      if (!heading.isEmpty()) {
        b.add(md ? "## " + esc(heading) : heading);
      }
      for (String p : s.paragraphs()) {
        b.add(esc(p, md));
      }
      add(blocks, b);
    }
    l.checklist().ifPresent(c -> checklist(blocks, c, md));
    l.supplementaryNote()
        .ifPresent(
            n -> {
              List<String> b = new ArrayList<>();
              b.add(md ? "**" + NOTE + "**" : NOTE);
              for (String line : n.split("\n", -1)) {
                if (!line.isBlank()) {
                  b.add(esc(line, md));
                }
              }
              add(blocks, b);
            });
    List<String> closing = new ArrayList<>();
    l.issuingOrgan().ifPresent(o -> closing.add(esc(o, md)));
    l.issueDate().ifPresent(d -> closing.add(date(d)));
    Contact previous = null;
    for (Contact c : l.contacts()) {
      // A phone alone under a name alone would read back as that person's phone: label it.
      boolean labelled = previous != null && previous.phone().isEmpty() && previous.name().isPresent();
      closing.add(esc(contact(c, labelled), md));
      previous = c;
    }
    l.disclosure().ifPresent(d -> closing.add(disclosure(d)));
    add(blocks, closing);
    if (!l.cc().isEmpty()) {
      List<String> groups = new ArrayList<>();
      for (CcGroup g : l.cc()) {
        groups.add(String.join("、", g.recipients()));
      }
      add(blocks, List.of(esc("抄送：" + String.join("，", groups) + "。", md)));
    }
    return blocks;
  }

  private static void checklist(List<List<String>> blocks, HandlingChecklist c, boolean md) {
    String attachment = "附件：" + c.title().orElse("");
    List<String> head = new ArrayList<>();
    head.add(md ? "## " + esc(attachment) : attachment);
    if (!md) {
      c.title().ifPresent(head::add);
    }
    add(blocks, head);
    c.opening().ifPresent(o -> add(blocks, List.of(esc(o, md))));
    for (Suggestion s : c.suggestions()) {
      List<String> b = new ArrayList<>();
      String heading = "建议" + s.ordinal().orElse("");
      if (md) {
        b.add("### " + esc(heading + " " + s.title()));
      } else {
        b.add(heading);
        if (!s.title().equals(heading)) {
          // A suggestion printed without title was imported with its heading as title.
          b.add(s.title());
        }
      }
      field(b, COMPLETED, s.disposition().completed(), md);
      field(b, IN_PROGRESS, s.disposition().inProgress(), md);
      List<String> items = new ArrayList<>();
      List<String> reasons = new ArrayList<>();
      for (NotImplementableItem n : s.disposition().notImplementable()) {
        items.add(n.item());
        n.reason().ifPresent(reasons::add);
      }
      field(b, NOT_IMPLEMENTABLE, items, md);
      field(b, REASON, reasons, md);
      add(blocks, b);
    }
  }

  private static void field(List<String> b, String label, List<String> entries, boolean md) {
    b.add(md ? "**" + label + "**" : label);
    for (String e : entries) {
      b.add(md ? "- " + esc(e) : e);
    }
  }

  private static void add(List<List<String>> blocks, List<String> block) {
    if (!block.isEmpty()) {
      blocks.add(block);
    }
  }

  /** {@code 王颖芳、洪晓清委员：}: the role once if all share it, else after each name. */
  static String addressees(List<Proposer> ps) {
    boolean same = true;
    for (Proposer p : ps) {
      same &= p.role().equals(ps.get(0).role());
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < ps.size(); i++) {
      Proposer p = ps.get(i);
      if (i > 0) {
        b.append('、');
      }
      b.append(p.name());
      if (p.sponsorship().equals(java.util.Optional.of(Sponsorship.LEAD))) {
        b.append('等');
      }
      if (!same || i == ps.size() - 1) {
        p.role().ifPresent(r -> b.append(r.label()));
      }
    }
    return b.append('：').toString();
  }

  static String date(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  /** The contact line; {@code labelled} prints the role label even before a phone alone. */
  static String contact(Contact c, boolean labelled) {
    StringBuilder b = new StringBuilder();
    if (labelled || c.name().isPresent() || c.role() != ContactRole.CONTACT || c.phone().isEmpty()) {
      b.append(c.role().label()).append('：').append(c.name().orElse(""));
    }
    c.phone()
        .ifPresent(
            p -> {
              if (b.length() > 0) {
                b.append("  ");
              }
              b.append("联系电话：").append(p);
            });
    return b.toString();
  }

  static String disclosure(Disclosure d) {
    return "此件" + d.label();
  }

  private static String esc(String s, boolean md) {
    return md ? esc(s) : s;
  }

  /** Escapes the Markdown characters that would change the meaning of a line of Chinese text. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\`*_[]<>#|".indexOf(c) >= 0 || (i == 0 && (c == '-' || c == '+'))) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
