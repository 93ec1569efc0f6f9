package org.replyletter.text.internal;

import org.replyletter.internal.ChineseNumerals;
import org.replyletter.text.LetterPart;
import org.replyletter.text.TextNormalisation.Kind;
import org.replyletter.text.internal.LetterDraft.Field;
import org.replyletter.text.internal.LetterDraft.SuggestionDraft;

/**
 * The attachment zones: the 附件 line, the checklist's title and opening, each suggestion (建议一：…)
 * with its labelled fields (已完成事项, 已开展事项, 无法落实事项, 原因) and entries, and the
 * supplementary note (补充说明).
 */
final class ChecklistReader {
  private static final String[][] FIELD_LABELS = {
    {"已完成事项", "COMPLETED"}, {"已办结事项", "COMPLETED"}, {"已落实事项", "COMPLETED"},
    {"已开展事项", "IN_PROGRESS"}, {"正在开展事项", "IN_PROGRESS"}, {"开展中事项", "IN_PROGRESS"},
    {"无法落实事项", "NOT_IMPLEMENTABLE"}, {"不能落实事项", "NOT_IMPLEMENTABLE"},
    {"暂无法落实事项", "NOT_IMPLEMENTABLE"}, {"无法落实原因", "REASON"}, {"原因", "REASON"}
  };

  private final LetterDraft d;
  private final Ledger ledger;

  ChecklistReader(LetterDraft draft, Ledger ledger) {
    this.d = draft;
    this.ledger = ledger;
  }

  /**
   * A line that starts the checklist or the note, from wherever the reading stands: the zone it
   * starts, or null.
   */
  Zone start(TextLine ln) {
    if (ln.text.length() > LetterTextParser.SHORT) {
      return null;
    }
    if (readAttachment(ln)) {
      return Zone.CHECKLIST_HEAD;
    }
    if (readSuggestionHeading(ln)) {
      return Zone.CHECKLIST;
    }
    if (readNoteLabel(ln)) {
      return Zone.NOTE;
    }
    return null;
  }

  /** A line between 附件 and the first suggestion: the checklist's opening or title. */
  Zone readHead(TextLine ln) {
    Zone z = start(ln);
    if (z != null) {
      return z;
    }
    String t = ln.text;
    if (d.checklistOpening == null && SalutationReader.isOpeningLike(t)) {
      d.checklistOpening = t;
      ledger.place(ln, LetterPart.CHECKLIST_OPENING);
    } else if (d.checklistTitle == null && d.checklistOpening == null && t.length() <= LetterTextParser.SHORT) {
      d.checklistTitle = t;
      ledger.place(ln, LetterPart.CHECKLIST_TITLE);
    } else {
      ledger.unplace(ln.number, t);
    }
    return Zone.CHECKLIST_HEAD;
  }

  /** A line of the current suggestion: a field label, its title or an entry. */
  Zone readSuggestionLine(TextLine ln) {
    Zone z = start(ln);
    if (z != null) {
      return z;
    }
    SuggestionDraft s = d.suggestions.get(d.suggestions.size() - 1);
    String t = ln.text;
    if (t.length() <= LetterTextParser.SHORT && readFieldLabel(ln, s)) {
      return Zone.CHECKLIST;
    }
    if (s.field == Field.NONE) {
      if (s.title == null) {
        s.title = t;
        ledger.place(ln, LetterPart.SUGGESTION_TITLE);
      } else {
        ledger.unplace(ln.number, t);
      }
      return Zone.CHECKLIST;
    }
    addEntry(s, ln, t);
    return Zone.CHECKLIST;
  }

  /** A line of the supplementary note. */
  Zone readNote(TextLine ln) {
    Zone z = start(ln);
    if (z != null) {
      return z;
    }
    d.noteLines.add(ln.text);
    ledger.place(ln, LetterPart.SUPPLEMENTARY_NOTE);
    return Zone.NOTE;
  }

  /** After the last line: the 附件 line's text becomes the checklist title if it has none. */
  void finish() {
    if (d.attachmentText == null || d.attachmentText.isEmpty()) {
      return;
    }
    if (d.checklistTitle == null) {
      d.checklistTitle = d.attachmentText;
    } else if (!d.checklistTitle.equals(d.attachmentText)) {
      // The attachment line names the checklist differently from its own title: keep both.
      ledger.unplace(d.attachmentLine, d.attachmentText);
    }
  }

  private void addEntry(SuggestionDraft s, TextLine ln, String t) {
    switch (s.field) {
      case COMPLETED:
        s.completed.add(t);
        break;
      case IN_PROGRESS:
        s.inProgress.add(t);
        break;
      case NOT_IMPLEMENTABLE:
        s.items.add(new TextLine(ln.number, t));
        break;
      default:
        s.reasons.add(new TextLine(ln.number, t));
        break;
    }
    ledger.place(ln, LetterPart.DISPOSITION_ENTRY);
  }

  private boolean readAttachment(TextLine ln) {
    String t = ln.text;
    if (!t.startsWith("附件")) {
      return false;
    }
    String rest = TextLine.strip(t.substring(2));
    if (rest.startsWith("：")) {
      rest = TextLine.strip(rest.substring(1));
    } else if (rest.startsWith(":")) {
      ledger.normalised(ln.number, Kind.ASCII_PUNCTUATION, "附件:", "附件：");
      rest = TextLine.strip(rest.substring(1));
    } else if (!rest.isEmpty()) {
      return false;
    }
    if (d.checklistSeen) {
      return false;
    }
    d.checklistSeen = true;
    d.attachmentText = rest;
    d.attachmentLine = ln.number;
    ledger.place(ln, LetterPart.ATTACHMENT);
    return true;
  }

  private boolean readSuggestionHeading(TextLine ln) {
    String t = ln.text;
    if (!t.startsWith("建议") || t.length() > LetterTextParser.SHORT) {
      return false;
    }
    int k = 2;
    while (k < t.length() && k < 8 && ChineseNumerals.isNumeralChar(t.charAt(k))) {
      k++;
    }
    String ordinal = t.substring(2, k);
    if (!ordinal.isEmpty() && ChineseNumerals.parse(ordinal) < 1) {
      return false;
    }
    String rest = t.substring(k);
    if (!rest.isEmpty()) {
      char sep = rest.charAt(0);
      if ("：:、.．".indexOf(sep) < 0 && !TextLine.isSpace(sep)) {
        return false;
      }
      if (sep == ':' || sep == '.') {
        ledger.normalised(ln.number, Kind.ASCII_PUNCTUATION, String.valueOf(sep), sep == ':' ? "：" : "、");
      }
      rest = TextLine.strip(rest.substring(1));
    }
    d.checklistSeen = true;
    SuggestionDraft s = new SuggestionDraft();
    s.ordinal = ordinal.isEmpty() ? null : ordinal;
    s.heading = t;
    s.headingLine = ln.number;
    if (!rest.isEmpty()) {
      s.title = rest;
    }
    d.suggestions.add(s);
    ledger.place(ln, LetterPart.SUGGESTION);
    return true;
  }

  private boolean readFieldLabel(TextLine ln, SuggestionDraft s) {
    String t = ln.text;
    Field field = null;
    String rest = null;
    for (String[] l : FIELD_LABELS) {
      if (t.startsWith(l[0])) {
        field = Field.valueOf(l[1]);
        rest = TextLine.strip(t.substring(l[0].length()));
        break;
      }
    }
    if (field == null) {
      return false;
    }
    for (String paren : new String[] {"（开展中）", "(开展中)", "（正在开展）", "(正在开展)"}) {
      if (rest.startsWith(paren)) {
        rest = TextLine.strip(rest.substring(paren.length()));
        break;
      }
    }
    if (rest.startsWith("：") || rest.startsWith(":")) {
      rest = TextLine.strip(rest.substring(1));
    } else if (!rest.isEmpty()) {
      return false;
    }
    s.field = field;
    ledger.place(ln, LetterPart.DISPOSITION_LABEL);
    if (!rest.isEmpty()) {
      addEntry(s, ln, rest);
    }
    return true;
  }

  private boolean readNoteLabel(TextLine ln) {
    String t = ln.text;
    String rest;
    if (t.startsWith("补充说明")) {
      rest = TextLine.strip(t.substring(4));
    } else if (t.startsWith("其他需要说明的情况")) {
      rest = TextLine.strip(t.substring(9));
    } else {
      return false;
    }
    for (String paren : new String[] {"（其他需要说明的情况）", "(其他需要说明的情况)"}) {
      if (rest.startsWith(paren)) {
        rest = TextLine.strip(rest.substring(paren.length()));
      }
    }
    if (rest.startsWith("：") || rest.startsWith(":")) {
      rest = TextLine.strip(rest.substring(1));
    } else if (!rest.isEmpty()) {
      return false;
    }
    if (d.noteSeen) {
      return false;
    }
    d.noteSeen = true;
    if (!rest.isEmpty()) {
      d.noteLines.add(rest);
    }
    ledger.place(ln, LetterPart.SUPPLEMENTARY_NOTE);
    return true;
  }
}
