package org.replyletter.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.replyletter.Proposer;
import org.replyletter.ProposerRole;
import org.replyletter.Sponsorship;
import org.replyletter.internal.ChineseNumerals;
import org.replyletter.text.LetterPart;
import org.replyletter.text.TextNormalisation;
import org.replyletter.text.TextNormalisation.Kind;

/**
 * The salutation zone: the addressee line (主送: names, roles 委员/代表, a lead proposer with 等 or
 * 等N位), a salutation that names nobody (各位委员：) and the opening sentence (…收悉，现答复如下).
 */
final class SalutationReader {
  /** Collective forms of address, not names: {@code 各位委员：} is not placed as a proposer. */
  private static final Set<String> COLLECTIVE = Set.of("各位", "诸位", "全体", "各");

  private final LetterDraft d;
  private final Ledger ledger;

  SalutationReader(LetterDraft draft, Ledger ledger) {
    this.d = draft;
    this.ledger = ledger;
  }

  /**
   * An addressee line, if none was read yet and no opening came before: null if {@code ln} is not
   * one, else what follows the addressees' colon on the same line (empty for a line of its own; the
   * opening and more where the letter was flattened onto one line).
   */
  String readAddressees(TextLine ln) {
    if (!d.addressees.isEmpty() || d.opening != null) {
      return null;
    }
    String t = ln.text;
    int colon = TextScan.firstOf(t, "：:");
    if (colon > 0 && colon <= 60 && colon < t.length() - 1) {
      // 秦振兴代表: 您提出的…: the addressees and the opening on one line.
      String rest = TextLine.strip(t.substring(colon + 1));
      if (addressees(ln, t.substring(0, colon + 1))) {
        ledger.normalised(ln.number, Kind.SPLIT_LINE, t, t.substring(0, colon + 1) + " | " + rest);
        return rest;
      }
      return null;
    }
    return addressees(ln, t) ? "" : null;
  }

  /** 您好！ on a line of its own between the addressees and the opening: listed, not body text. */
  boolean readGreeting(TextLine ln) {
    String s = TextLine.removeSpaces(ln.text);
    if (d.opening != null || s.length() > 4) {
      return false;
    }
    if (s.startsWith("您好") || s.startsWith("你好") || s.startsWith("你们好") || s.startsWith("您们好")) {
      ledger.unplace(ln.number, ln.text);
      return true;
    }
    return false;
  }

  /**
   * The opening, or a salutation that names nobody (left unplaced); {@link Zone#BODY} after the
   * opening, {@link Zone#HEADER} after a nameless salutation, null if {@code ln} is neither.
   */
  Zone readOpening(TextLine ln, BodyReader body) {
    String t = ln.text;
    if (d.opening == null && isOpeningLike(t)) {
      int end = t.indexOf("如下");
      int colon = end < 0 ? -1 : end + 2;
      String rest = colon < 0 || colon >= t.length() ? "" : t.substring(colon + 1);
      if (colon > 0 && colon < t.length() && "：:".indexOf(t.charAt(colon)) >= 0 && TextLine.strip(rest).length() >= 2) {
        // …现答复如下：您提的建议很好！…: the opening and the body on one line.
        d.opening = t.substring(0, colon + 1);
        ledger.normalised(ln.number, Kind.SPLIT_LINE, t, d.opening + " | " + TextLine.strip(rest));
        body.readRunOn(ln, TextLine.strip(rest));
      } else {
        d.opening = t;
      }
      d.openingLine = ln.number;
      ledger.place(ln, LetterPart.OPENING);
      return Zone.BODY;
    }
    if (d.opening == null && t.length() <= 30 && (t.endsWith("：") || t.endsWith(":"))) {
      // A salutation that names nobody (各位委员：): not body text, and not a proposer.
      ledger.unplace(ln.number, t);
      return Zone.HEADER;
    }
    return null;
  }

  static boolean isOpeningLike(String t) {
    return t.contains("收悉")
        || t.contains("复如下")
        || (t.startsWith("您") || t.startsWith("你") || t.startsWith("贵")) && (t.contains("提出") || t.contains("提的"));
  }

  private boolean addressees(TextLine ln, String t) {
    if (t.length() > 100 || t.contains("收悉") || t.contains("答复如下")) {
      return false;
    }
    String body = t;
    boolean colon = true;
    if (body.endsWith("：")) {
      body = body.substring(0, body.length() - 1);
    } else if (body.endsWith(":")) {
      body = body.substring(0, body.length() - 1);
      ledger.normalised(ln.number, Kind.ASCII_PUNCTUATION, ":", "：");
    } else if (body.endsWith("委员") || body.endsWith("代表")) {
      colon = false;
    } else {
      return false;
    }
    body = TextLine.strip(body);
    if (body.startsWith("尊敬的")) {
      body = TextLine.strip(body.substring(3));
    } else {
      for (String honorific : new String[] {"尊敬", "亲爱的"}) {
        if (body.startsWith(honorific)) {
          ledger.normalised(ln.number, Kind.HONORIFIC, body, body.substring(honorific.length()));
          body = TextLine.strip(body.substring(honorific.length()));
          break;
        }
      }
    }
    List<String> pieces = TextScan.splitAny(body, "、，,；;");
    if (pieces.isEmpty()) {
      return false;
    }
    List<Proposer.Builder> builders = new ArrayList<>();
    List<ProposerRole> roles = new ArrayList<>();
    List<TextNormalisation> joint = new ArrayList<>();
    List<Integer> leads = new ArrayList<>();
    for (String p : pieces) {
      String name = p;
      ProposerRole role = null;
      if (name.endsWith("委员")) {
        role = ProposerRole.MEMBER;
        name = name.substring(0, name.length() - 2);
      } else if (name.endsWith("代表")) {
        role = ProposerRole.DEPUTY;
        name = name.substring(0, name.length() - 2);
      }
      Proposer.Builder b = Proposer.builder();
      int paren = TextScan.firstOf(name, "(（");
      if (paren > 0 && (name.endsWith(")") || name.endsWith("）"))) {
        // 张三（等5人）, 张三(共3人): the count of co-signers in brackets.
        String inner = name.substring(paren + 1, name.length() - 1);
        String count = inner.startsWith("等") || inner.startsWith("共") ? inner.substring(1) : inner;
        if (isCount(count)) {
          name = name.substring(0, paren);
          if (name.endsWith("等")) {
            name = name.substring(0, name.length() - 1);
          }
          joint.add(TextNormalisation.of(ln.number, Kind.JOINT_PROPOSERS, p, name));
          b.sponsorship(Sponsorship.LEAD);
        }
      }
      int deng = name.indexOf('等');
      if (deng > 0) {
        String after = name.substring(deng + 1);
        if (after.isEmpty() || isCount(after)) {
          if (!after.isEmpty()) {
            joint.add(TextNormalisation.of(ln.number, Kind.JOINT_PROPOSERS, p, name.substring(0, deng)));
          }
          name = name.substring(0, deng);
          leads.add(builders.size());
        }
      }
      for (String title : new String[] {"同志", "先生", "女士"}) {
        if (name.length() > title.length() + 1 && name.endsWith(title)) {
          ledger.normalised(ln.number, Kind.HONORIFIC, name, name.substring(0, name.length() - title.length()));
          name = name.substring(0, name.length() - title.length());
        }
      }
      name = TextLine.strip(name);
      String joined = TextScan.joinSpacedName(name);
      if (joined != null && !joined.equals(name)) {
        ledger.normalised(ln.number, Kind.SPACES_REMOVED, name, joined);
        name = joined;
      }
      if (name.isEmpty() || name.length() > 20 || TextScan.containsSpace(name) || COLLECTIVE.contains(name)) {
        return false;
      }
      builders.add(b.name(name));
      roles.add(role);
    }
    // 王颖芳等委员 leads; in 马青、周丽等委员 the name with 等 is taken as the lead, as the renderer writes it.
    leads.forEach(k -> builders.get(k).sponsorship(Sponsorship.LEAD));
    ProposerRole next = null;
    for (int k = roles.size() - 1; k >= 0; k--) {
      if (roles.get(k) != null) {
        next = roles.get(k);
      } else {
        roles.set(k, next);
      }
    }
    for (int k = 0; k < builders.size(); k++) {
      if (roles.get(k) != null) {
        builders.get(k).role(roles.get(k));
      }
      d.addressees.add(builders.get(k).build());
    }
    joint.forEach(ledger::add);
    if (!colon) {
      ledger.normalised(ln.number, Kind.MISSING_PUNCTUATION, t, t + "：");
    }
    ledger.place(ln, LetterPart.ADDRESSEES);
    return true;
  }

  private static boolean isCount(String s) {
    if (s.length() < 2) {
      return false;
    }
    char unit = s.charAt(s.length() - 1);
    if (unit != '位' && unit != '名' && unit != '人') {
      return false;
    }
    return ChineseNumerals.parse(s.substring(0, s.length() - 1)) > 0;
  }
}
