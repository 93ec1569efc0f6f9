package org.replyletter.text.internal;

import java.util.List;
import java.util.Map;
import org.replyletter.DocumentNumber;
import org.replyletter.HandlingRole;
import org.replyletter.ValueParseException;
import org.replyletter.text.LetterPart;
import org.replyletter.text.TextNormalisation.Kind;

/**
 * The header zone (版头 and title): the document-number line (文号, with a reply type, 同意公开 or
 * 签发人 on the same line), the title (on one line or two, after the organ's name, with the reply
 * type after it, printed twice), the organ printed above the title, and the labels of a handling
 * form (建议办理单: 主办单位…). The reply type and 签发人 (领导签发, 主要签发领导) are also read
 * wherever they stand ({@link #readLabelled}).
 */
final class HeaderReader {
  static final String[] CLASS_LABELS = {
    "答复类型", "办复类别", "答复类别", "办复类型", "办理类别", "办理类型", "办理结果", "类别", "类型"
  };

  private final LetterDraft d;
  private final Ledger ledger;

  HeaderReader(LetterDraft draft, Ledger ledger) {
    this.d = draft;
    this.ledger = ledger;
  }

  /**
   * A header line: the document-number line, the title (on one line, over two, after an organ
   * name, or with the reply type after it), the organ named above the title, or a label of a
   * handling form. Returns how many lines it read (2 for a title over two lines), 0 if none.
   */
  int read(TextLine ln, int i, List<TextLine> lines) {
    String t = ln.text;
    if (d.documentNumber == null && readDocumentNumberLine(ln)) {
      return 1;
    }
    if (!d.addressees.isEmpty() || d.opening != null) {
      return 0;
    }
    if (d.title == null) {
      int n = readTitle(ln, i, lines);
      if (n > 0) {
        return n;
      }
    } else if (TextLine.removeSpaces(t).equals(TextLine.removeSpaces(d.title))) {
      ledger.place(ln, LetterPart.TITLE); // the title printed twice
      return 1;
    }
    return readOrganLine(ln, i, lines) || readFormLabel(ln) ? 1 : 0;
  }

  private int readTitle(TextLine ln, int i, List<TextLine> lines) {
    String t = ln.text;
    // 南宫市交通运输局 对南宫市…的答复: the organ and the title on one line.
    int sp = TextScan.firstOf(t, " \u3000\u00A0\t");
    if (sp > 0) {
      String left = t.substring(0, sp);
      String right = TextLine.strip(t.substring(sp));
      if (ClosingReader.isOrganLike(left) && isTitleLike(right)) {
        organAbove(ln, left);
        title(ln, right);
        ledger.normalised(ln.number, Kind.SPLIT_LINE, t, left + " | " + right);
        return 1;
      }
      // 关于…提案的答复函 B: the reply type after the title.
      int last = TextScan.lastSpace(t);
      String head = TextLine.strip(t.substring(0, last));
      if (isTitleLike(head) && readClassification(ln, TextLine.strip(t.substring(last)), false, true)) {
        title(ln, head);
        ledger.place(ln, LetterPart.CLASSIFICATION);
        return 1;
      }
    }
    if (isTitleLike(t)) {
      title(ln, t);
      return 1;
    }
    ProposalReferenceReader.Mention m = ProposalReferenceReader.scan(t);
    boolean opens = t.startsWith("关于") || t.startsWith("对") || m.body != null;
    if (opens && i + 1 < lines.size() && TextScan.firstOf(t, "。，,：:！!") < 0) {
      // 关于对…第82号建议的 / 答    复: a title over two lines.
      TextLine next = lines.get(i + 1);
      String tail = TextLine.removeSpaces(next.text);
      if (tail.length() <= 15 && isTitleLike(t + tail)) {
        title(ln, t + tail);
        ledger.place(next, LetterPart.TITLE);
        ledger.normalised(next.number, Kind.JOINED_LINES, t + " | " + next.text, t + tail);
        if (!tail.equals(next.text)) {
          ledger.normalised(next.number, Kind.SPACES_REMOVED, next.text, tail);
        }
        return 2;
      }
    }
    if (m.number != null && m.body != null && t.length() <= 60 && TextScan.firstOf(t, "。，,：:！!") < 0) {
      // 临湘政协十届二次会议第48号提案, …第23号建议办理单: a heading naming the proposal.
      title(ln, t);
      return 1;
    }
    return 0;
  }

  private void title(TextLine ln, String text) {
    d.title = text;
    d.titleLine = ln.number;
    ledger.place(ln, LetterPart.TITLE);
  }

  private void organAbove(TextLine ln, String organ) {
    if (d.headerOrgan == null) {
      d.headerOrgan = organ;
    }
    ledger.place(ln, LetterPart.ISSUING_ORGAN);
  }

  /** 高平市卫生健康和体育局 right above the title, or the 版头 潼关县民政局文件. */
  private boolean readOrganLine(TextLine ln, int i, List<TextLine> lines) {
    String t = ln.text;
    boolean banner = t.endsWith("文件");
    String organ = banner ? t.substring(0, t.length() - 2) : t;
    if (!ClosingReader.isOrganLike(organ)) {
      return false;
    }
    if (!banner) {
      String next = i + 1 < lines.size() ? lines.get(i + 1).text : "";
      if (!isTitleLike(next) && !next.startsWith("关于") && !next.startsWith("对")) {
        return false;
      }
    }
    organAbove(ln, organ);
    return true;
  }

  private static final Map<String, HandlingRole> HANDLING_ROLES =
      Map.of("主办单位", HandlingRole.LEAD, "会办单位", HandlingRole.JOINT, "协办单位", HandlingRole.ASSISTING);

  private static final String[] FORM_LABELS = {
    "主办单位", "协办单位", "会办单位", "新编号", "代表姓名", "委员姓名", "事由", "办理情况", "类别"
  };

  /** A label of a handling form (建议办理单) above the letter: 主办单位 names the organ, the rest is listed. */
  private boolean readFormLabel(TextLine ln) {
    String t = ln.text;
    for (String label : FORM_LABELS) {
      int end = TextScan.matchSpaced(t, 0, label);
      int colon = end < 0 ? -1 : TextScan.colonAfter(t, end);
      if (colon < 0) {
        continue;
      }
      String value = TextLine.strip(t.substring(colon + 1));
      HandlingRole role = HANDLING_ROLES.get(label);
      if (role != null && ClosingReader.isOrganLike(value)) {
        // 主办单位：阿拉善左旗交通运输局: the organ named and its part in the handling.
        if (role == HandlingRole.LEAD) {
          organAbove(ln, value);
        } else {
          ledger.place(ln, LetterPart.ISSUING_ORGAN);
        }
        d.handlingParts.putIfAbsent(value, role);
      } else {
        ledger.unplace(ln.number, t);
      }
      return true;
    }
    return false;
  }

  /** A reply-type line (except inside the checklist) or a 签发人 line, wherever it stands. */
  boolean readLabelled(TextLine ln, boolean inChecklist) {
    return !inChecklist && readClassification(ln, ln.text, true, false) || readSigner(ln, ln.text);
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
    int colon = TextScan.firstOf(left, ":：");
    int bracket = TextScan.firstOf(left, "〔[【（(");
    if (colon > 0 && colon < bracket && !TextScan.containsDigit(left.substring(0, colon))) {
      // 建议字:〔2023〕8号: a colon between the issuer code and the year.
      left = left.substring(0, colon) + TextLine.strip(left.substring(colon + 1));
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
      readExtras(ln, extra);
    }
    if (classPart != null) {
      if (readClassification(ln, TextLine.strip(classPart), false, false)) {
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

  /**
   * After the number on its line: the reply type (B类, C2类, (B类), a bare B) and the disclosure
   * (同意公开), each placed; anything else listed as unplaced.
   */
  private void readExtras(TextLine ln, String extra) {
    for (String token : TextScan.splitSpaces(extra)) {
      String bare = TextScan.stripParens(token);
      if (readClassification(ln, bare, false, true)) {
        ledger.place(ln, LetterPart.CLASSIFICATION);
      } else if (ClosingReader.disclosureOf(bare) != null
          && (d.disclosure == null || d.disclosure == ClosingReader.disclosureOf(bare))) {
        d.disclosure = ClosingReader.disclosureOf(bare);
        ledger.place(ln, LetterPart.DISCLOSURE);
      } else {
        ledger.unplace(ln.number, token);
      }
    }
  }

  private static final String[] SIGNER_LABELS = {"签发人", "主要签发领导", "签发领导", "领导签发", "领导签字"};

  private boolean readSigner(TextLine ln, String t) {
    if (d.signer != null) {
      return false;
    }
    for (String label : SIGNER_LABELS) {
      int end = TextScan.matchSpaced(t, 0, label);
      if (end < 0) {
        continue;
      }
      String rest = TextScan.afterLabel(ledger, ln, label + t.substring(end), label);
      if (rest == null) {
        return false;
      }
      if (rest.isEmpty()) {
        ledger.unplace(ln.number, t); // 领导签字： left blank
        return true;
      }
      String name = TextScan.joinSpacedName(rest);
      if (name == null) {
        name = rest;
      } else if (!name.equals(rest)) {
        ledger.normalised(ln.number, Kind.SPACES_REMOVED, rest, name);
      }
      d.signer = name;
      ledger.place(ln, LetterPart.SIGNER);
      return true;
    }
    return false;
  }

  /**
   * A reply type: with a label (答复类型：A, 办复类别:B, 办理结果:(C)) or, on a line of its own or
   * as a token after the number ({@code bare}), without one (B类, C2, 乙).
   */
  private boolean readClassification(TextLine ln, String text, boolean wholeLine, boolean bare) {
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
    if (rest.length() > 2 && rest.startsWith("(") && rest.endsWith(")")) {
      rest = rest.substring(1, rest.length() - 1);
      variant = true;
    }
    if (rest.endsWith("类")) {
      rest = rest.substring(0, rest.length() - 1);
      variant = true;
    }
    String sub = "";
    if (rest.length() == 2 && rest.charAt(1) >= '1' && rest.charAt(1) <= '9') {
      sub = rest.substring(1); // C2类: a sub-class printed after the class
      rest = rest.substring(0, 1);
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
    if (label == null && !wholeLine && !bare) {
      return false;
    }
    if (!sub.isEmpty() && "甲乙丙丁".indexOf(c) >= 0) {
      return false;
    }
    code += sub;
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
    if (t.length() > 120 || t.contains("收悉") || t.isEmpty() || "：:。，,！!？?；;".indexOf(t.charAt(t.length() - 1)) >= 0) {
      return false;
    }
    int guan = t.indexOf("关于");
    boolean starts =
        t.startsWith("关于") || t.startsWith("对") || guan > 0 && ClosingReader.isOrganLike(t.substring(0, guan));
    boolean reply =
        t.contains("答复") || t.contains("复函") || t.contains("回复") || t.endsWith("函") || t.endsWith("意见");
    return starts && reply
        || t.endsWith("答复函")
        || t.contains("的答复")
        || t.contains("的复函")
        || t.contains("的回复");
  }
}
