package org.replyletter.text.internal;

import java.util.List;
import org.replyletter.internal.ChineseNumerals;
import org.replyletter.text.LetterPart;
import org.replyletter.text.TextNormalisation.Kind;
import org.replyletter.text.internal.LetterDraft.SectionDraft;

/**
 * The body zone: numbered section headings (一、…, with a run-in paragraph after the first full
 * stop), unnumbered headings (a short line without end punctuation before a sentence), and
 * paragraphs, each added to the last section.
 */
final class BodyReader {
  static final String SENTENCE_END = "。！？；：.!?;:，,、";
  static final String[] CLOSING_PHRASES = {"特此答复", "特此函复", "专此答复", "专此函复", "此复", "特此复函"};

  private final LetterDraft d;
  private final Ledger ledger;

  BodyReader(LetterDraft draft, Ledger ledger) {
    this.d = draft;
    this.ledger = ledger;
  }

  /** Reads line {@code i} of {@code lines} as body text; always places it. */
  void read(TextLine ln, int i, List<TextLine> lines) {
    String t = ln.text;
    if (t.length() <= LetterTextParser.SHORT && readSectionOrdinal(ln)) {
      return;
    }
    if (isUnnumberedHeading(t, i, lines)) {
      SectionDraft s = new SectionDraft();
      s.heading = t;
      d.sections.add(s);
      ledger.place(ln, LetterPart.SECTION_HEADING);
      return;
    }
    if (d.sections.isEmpty()) {
      d.sections.add(new SectionDraft());
    }
    d.sections.get(d.sections.size() - 1).paragraphs.add(t);
    ledger.place(ln, LetterPart.PARAGRAPH);
  }

  /**
   * Body text that followed the opening on its line: paragraphs split after each sentence end
   * followed by spaces (a letter flattened onto one line keeps its paragraphs that way).
   */
  void readRunOn(TextLine ln, String text) {
    if (d.sections.isEmpty()) {
      d.sections.add(new SectionDraft());
    }
    SectionDraft s = d.sections.get(d.sections.size() - 1);
    int start = 0;
    for (int i = 1; i < text.length(); i++) {
      if (TextLine.isSpace(text.charAt(i)) && "。！？!?".indexOf(text.charAt(i - 1)) >= 0) {
        String p = TextLine.strip(text.substring(start, i));
        if (!p.isEmpty()) {
          s.paragraphs.add(p);
        }
        start = i;
      }
    }
    String p = TextLine.strip(text.substring(start));
    if (!p.isEmpty()) {
      s.paragraphs.add(p);
    }
    ledger.place(ln, LetterPart.PARAGRAPH);
  }

  private boolean readSectionOrdinal(TextLine ln) {
    String t = ln.text;
    int k = 0;
    while (k < t.length() && k < 4 && ChineseNumerals.isChineseNumeralChar(t.charAt(k))) {
      k++;
    }
    if (k == 0 || k >= t.length() || "、．.，,".indexOf(t.charAt(k)) < 0) {
      return false;
    }
    String ordinal = t.substring(0, k);
    if (ChineseNumerals.parse(ordinal) < 1) {
      return false;
    }
    if (t.charAt(k) != '、') {
      ledger.normalised(ln.number, Kind.ORDINAL_SEPARATOR, t.substring(0, k + 1), ordinal + "、");
    }
    String rest = TextLine.strip(t.substring(k + 1));
    SectionDraft s = new SectionDraft();
    s.ordinal = ordinal;
    int stop = firstStop(rest);
    if (stop == rest.length() - 1 && TextScan.length(rest) > 30 && TextScan.firstOf(rest, "，,；;") >= 0) {
      // 一、您这一提案提得很好，表明…。: one long sentence is a numbered paragraph, not a heading.
      s.paragraphs.add(rest);
    } else if (stop >= 0 && stop < rest.length() - 1) {
      s.heading = rest.substring(0, stop + 1);
      String p = TextLine.strip(rest.substring(stop + 1));
      if (!p.isEmpty()) {
        s.paragraphs.add(p);
      }
    } else if (!rest.isEmpty()) {
      s.heading = rest;
    }
    d.sections.add(s);
    ledger.place(ln, LetterPart.SECTION_HEADING);
    ledger.structural(); // a numbered section is letter-like; an unnumbered heading alone is not
    return true;
  }

  private static int firstStop(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '。' || c == '！' || c == '？') {
        return i;
      }
    }
    return -1;
  }

  private static boolean isUnnumberedHeading(String t, int i, List<TextLine> lines) {
    if (t.codePointCount(0, t.length()) > 40 || endsWithPunctuation(t) || i + 1 >= lines.size()) {
      return false;
    }
    for (String phrase : CLOSING_PHRASES) {
      if (t.startsWith(phrase)) {
        return false;
      }
    }
    String next = lines.get(i + 1).text;
    for (String closing : new String[] {"抄送", "联系", "此件", "主管领导", "承办人", "附件", "建议", "补充说明"}) {
      if (next.startsWith(closing)) {
        return false;
      }
    }
    return next.codePointCount(0, next.length()) > 40 || endsWithSentence(next);
  }

  private static boolean endsWithPunctuation(String t) {
    return !t.isEmpty() && SENTENCE_END.indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  private static boolean endsWithSentence(String t) {
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(t.length() - 1);
    if ((c == '”' || c == '’' || c == '）' || c == ')' || c == '"') && t.length() > 1) {
      c = t.charAt(t.length() - 2);
    }
    return "。！？；.!?;".indexOf(c) >= 0;
  }
}
