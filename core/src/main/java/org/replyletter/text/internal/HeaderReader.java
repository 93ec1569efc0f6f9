package org.replyletter.text.internal;

import org.replyletter.DocumentNumber;
import org.replyletter.ValueParseException;
import org.replyletter.text.LetterPart;
import org.replyletter.text.TextNormalisation.Kind;

/**
 * The header zone (版头 and title): the document-number line (文号, with a reply type and 签发人 on
 * the same line), a reply-type line, a 签发人 line and the title. The reply type and 签发人 are also
 * read wherever they stand ({@link #readLabelled}).
 */
final class HeaderReader {
  static final String[] CLASS_LABELS = {
    "答复类型", "办复类别", "答复类别", "办复类型", "办理类别", "办理类型", "类别", "类型"
  };

  private final LetterDraft d;
  private final Ledger ledger;

  HeaderReader(LetterDraft draft, Ledger ledger) {
    this.d = draft;
    this.ledger = ledger;
  }

  /** A header line: the document-number line or the title; false if {@code ln} is neither. */
  boolean read(TextLine ln) {
    String t = ln.text;
    if (d.documentNumber == null && readDocumentNumberLine(ln)) {
      return true;
    }
    if (d.title == null && d.addressees.isEmpty() && d.opening == null && isTitleLike(t)) {
      d.title = t;
      d.titleLine = ln.number;
      ledger.place(ln, LetterPart.TITLE);
      return true;
    }
    return false;
  }

  /** A reply-type line (except inside the checklist) or a 签发人 line, wherever it stands. */
  boolean readLabelled(TextLine ln, boolean inChecklist) {
    return !inChecklist && readClassification(ln, ln.text, true) || readSigner(ln, ln.text);
  }

  private boolean readDocumentNumberLine(TextLine ln) {
    String t = ln.text;
    if (t.length() > 100 || t.indexOf('号') < 0 && !TextScan.containsDigit(t)) {
      return false;
    }
    String left = t;
    String signerPart = null;
    String classPart = null;
    int s = t.indexOf("签发人");
    if (s > 0) {
      left = t.substring(0, s);
      signerPart = t.substring(s);
    }
    for (String label : CLASS_LABELS) {
      int c = left.indexOf(label);
      if (c > 0) {
        classPart = left.substring(c);
        left = left.substring(0, c);
        break;
      }
    }
    DocumentNumber number;
    String extra = null;
    try {
      number = DocumentNumber.parse(TextLine.strip(left));
    } catch (ValueParseException e) {
      // 晋残函〔2024〕7号 急件: the number up to 号, the rest kept as unplaced text.
      int hao = left.indexOf('号');
      if (hao < 0 || TextLine.strip(left.substring(hao + 1)).isEmpty()) {
        return false;
      }
      try {
        number = DocumentNumber.parse(TextLine.strip(left.substring(0, hao + 1)));
      } catch (ValueParseException again) {
        return false;
      }
      extra = left.substring(hao + 1);
      left = left.substring(0, hao + 1);
    }
    d.documentNumber = number;
    ledger.place(ln, LetterPart.DOCUMENT_NUMBER);
    if (!number.isStandardForm()) {
      ledger.normalised(ln.number, Kind.DOCUMENT_NUMBER, TextLine.strip(left), number.format());
    }
    if (extra != null) {
      ledger.unplace(ln.number, extra);
    }
    if (classPart != null) {
      if (readClassification(ln, TextLine.strip(classPart), false)) {
        ledger.place(ln, LetterPart.CLASSIFICATION);
      } else {
        ledger.unplace(ln.number, classPart);
      }
    }
    if (signerPart != null) {
      String rest = TextScan.afterLabel(ledger, ln, signerPart, "签发人");
      if (rest == null || rest.isEmpty()) {
        ledger.unplace(ln.number, signerPart);
      } else {
        d.signer = rest;
        ledger.place(ln, LetterPart.SIGNER);
      }
    }
    return true;
  }

  private boolean readSigner(TextLine ln, String t) {
    if (!t.startsWith("签发人") || d.signer != null) {
      return false;
    }
    String rest = TextScan.afterLabel(ledger, ln, t, "签发人");
    if (rest == null || rest.isEmpty()) {
      return false;
    }
    d.signer = rest;
    ledger.place(ln, LetterPart.SIGNER);
    return true;
  }

  private boolean readClassification(TextLine ln, String text, boolean wholeLine) {
    String s = TextLine.removeSpaces(text);
    if (s.length() > 12 || s.isEmpty()) {
      return false;
    }
    String label = null;
    for (String l : CLASS_LABELS) {
      if (s.startsWith(l)) {
        label = l;
        break;
      }
    }
    String rest = s;
    boolean variant = false;
    if (label != null) {
      rest = s.substring(label.length());
      if (rest.startsWith("：")) {
        rest = rest.substring(1);
      } else if (rest.startsWith(":")) {
        rest = rest.substring(1);
        variant = true;
      } else {
        variant = true;
      }
      variant |= !label.equals("答复类型") || !text.startsWith(label);
    } else {
      variant = true;
    }
    if (rest.endsWith("类")) {
      rest = rest.substring(0, rest.length() - 1);
      variant = true;
    }
    if (rest.length() != 1) {
      return false;
    }
    char c = rest.charAt(0);
    String code;
    if (c >= 'A' && c <= 'D') {
      code = String.valueOf(c);
    } else if (c >= 'a' && c <= 'd') {
      code = String.valueOf((char) (c - 'a' + 'A'));
      variant = true;
    } else if (c >= 'Ａ' && c <= 'Ｄ') {
      code = String.valueOf((char) (c - 'Ａ' + 'A'));
      ledger.normalised(ln.number, Kind.FULL_WIDTH_CHARACTERS, String.valueOf(c), code);
    } else if (c >= 'ａ' && c <= 'ｄ') {
      code = String.valueOf((char) (c - 'ａ' + 'A'));
      ledger.normalised(ln.number, Kind.FULL_WIDTH_CHARACTERS, String.valueOf(c), code);
    } else if ("甲乙丙丁".indexOf(c) >= 0) {
      code = String.valueOf(c);
    } else {
      return false;
    }
    if (label == null && !wholeLine) {
      return false;
    }
    if (d.classificationCode != null && !d.classificationCode.equals(code)) {
      return false;
    }
    d.classificationCode = code;
    if (variant) {
      ledger.normalised(ln.number, Kind.CLASSIFICATION_FORM, TextLine.strip(text), "答复类型：" + code);
    }
    if (wholeLine) {
      ledger.place(ln, LetterPart.CLASSIFICATION);
    }
    return true;
  }

  static boolean isTitleLike(String t) {
    if (t.length() > 120 || t.contains("收悉") || t.endsWith("：") || t.endsWith(":")) {
      return false;
    }
    boolean starts = t.startsWith("关于") || t.startsWith("对");
    boolean reply = t.contains("答复") || t.contains("复函") || t.endsWith("函") || t.endsWith("意见");
    return starts && reply || t.endsWith("答复函") || t.endsWith("的答复") || t.endsWith("的复函");
  }
}
