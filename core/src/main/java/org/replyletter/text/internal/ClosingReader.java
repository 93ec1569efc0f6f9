package org.replyletter.text.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.replyletter.CcGroup;
import org.replyletter.Contact;
import org.replyletter.ContactRole;
import org.replyletter.Disclosure;
import org.replyletter.internal.ChineseNumerals;
import org.replyletter.internal.Digits;
import org.replyletter.text.LetterPart;
import org.replyletter.text.TextNormalisation.Kind;

/**
 * The closing zone: the issuing organ (the line next to the date, found before reading), the date,
 * contacts, the disclosure line and 抄送. These lines are read wherever they stand; once one is
 * read after the header, the reading is in the closing.
 */
final class ClosingReader {
  private static final String ORGAN_ENDINGS = "局委会院办室厅部府处所站司队社联馆行署心";

  private static final String[][] CONTACT_LABELS = {
    {"联系人及联系电话", "BOTH"}, {"联系人及电话", "BOTH"}, {"联系人和电话", "BOTH"}, {"联系人电话", "BOTH"},
    {"主管领导", "RESPONSIBLE_LEADER"}, {"分管领导", "RESPONSIBLE_LEADER"}, {"承办人", "HANDLER"},
    {"经办人", "HANDLER"}, {"联系人", "CONTACT"}, {"联系电话", "PHONE"}, {"联系方式", "PHONE"},
    {"电话", "PHONE"}, {"手机", "PHONE"}
  };

  private final LetterDraft d;
  private final Ledger ledger;
  private final Set<Integer> organLines;

  /** A reader for {@code lines}, whose issuing organ it finds first. */
  ClosingReader(LetterDraft draft, Ledger ledger, List<TextLine> lines) {
    this.d = draft;
    this.ledger = ledger;
    this.organLines = findOrgan(lines);
  }

  /** Reads line {@code i} if it is a closing line; true if it was. */
  boolean read(TextLine ln, int i) {
    if (organLines.contains(i) && d.organ == null) {
      d.organ = ln.text;
      ledger.place(ln, LetterPart.ISSUING_ORGAN);
      return true;
    }
    return readCc(ln) || readDisclosure(ln) || readDate(ln) || readContact(ln);
  }

  /** A line after the closing that starts nothing new: unplaced. */
  void unplaced(TextLine ln) {
    ledger.unplace(ln.number, ln.text);
  }

  private boolean readCc(TextLine ln) {
    String t = ln.text;
    String label = t.startsWith("抄送单位") ? "抄送单位" : t.startsWith("抄送") ? "抄送" : null;
    if (label == null || d.ccSeen) {
      return false;
    }
    String rest = TextScan.afterLabel(ledger, ln, t, label);
    if (rest == null) {
      return false;
    }
    d.ccSeen = true;
    String value = rest;
    if (value.endsWith("。")) {
      value = value.substring(0, value.length() - 1);
    } else if (value.endsWith(".")) {
      value = value.substring(0, value.length() - 1);
      ledger.normalised(ln.number, Kind.ASCII_PUNCTUATION, ".", "。");
    } else if (!value.isEmpty()) {
      ledger.normalised(ln.number, Kind.MISSING_PUNCTUATION, rest, rest + "。");
    }
    if (value.indexOf(',') >= 0 || value.indexOf(';') >= 0) {
      ledger.normalised(ln.number, Kind.ASCII_PUNCTUATION, ",", "，");
    }
    for (String group : TextScan.splitAny(value, "，,；;")) {
      List<String> recipients = TextScan.splitAny(group, "、");
      if (!recipients.isEmpty()) {
        d.cc.add(CcGroup.builder().recipients(recipients).build());
      }
    }
    ledger.place(ln, LetterPart.CC);
    return true;
  }

  private boolean readDisclosure(TextLine ln) {
    String s = TextLine.removeSpaces(ln.text);
    if (s.length() > 30) {
      return false;
    }
    s = TextScan.stripParens(s);
    for (String prefix : new String[] {"公开属性", "公开方式", "信息公开选项", "公开选项"}) {
      if (s.startsWith(prefix)) {
        s = s.substring(prefix.length());
        if (s.startsWith("：") || s.startsWith(":")) {
          s = s.substring(1);
        }
        break;
      }
    }
    if (s.startsWith("此件") || s.startsWith("本件")) {
      s = s.substring(2);
    }
    if (s.endsWith("。")) {
      s = s.substring(0, s.length() - 1);
    }
    Disclosure disclosure;
    switch (s) {
      case "主动公开":
        disclosure = Disclosure.PUBLIC;
        break;
      case "依申请公开":
        disclosure = Disclosure.ON_REQUEST;
        break;
      case "不予公开":
      case "不公开":
      case "免予公开":
        disclosure = Disclosure.NOT_PUBLIC;
        break;
      default:
        return false;
    }
    if (d.disclosure != null && d.disclosure != disclosure) {
      return false;
    }
    d.disclosure = disclosure;
    ledger.place(ln, LetterPart.DISCLOSURE);
    return true;
  }

  private boolean readDate(TextLine ln) {
    LocalDate date = dateOf(ln.text);
    if (date == null || d.issueDate != null) {
      return false;
    }
    d.issueDate = date;
    String s = TextLine.removeSpaces(ln.text);
    boolean chinese = false;
    boolean fullWidth = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      chinese |= ChineseNumerals.isChineseNumeralChar(c);
      fullWidth |= Digits.isFullWidth(c);
    }
    String standard = date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    if (chinese) {
      ledger.normalised(ln.number, Kind.CHINESE_NUMERAL_DATE, ln.text, standard);
    } else if (fullWidth) {
      ledger.normalised(ln.number, Kind.FULL_WIDTH_CHARACTERS, ln.text, standard);
    }
    ledger.place(ln, LetterPart.ISSUE_DATE);
    return true;
  }

  /** A line that is only a date: 2024年6月3日, 二〇二四年六月三日; null if not. */
  static LocalDate dateOf(String text) {
    if (text.length() > 30) {
      return null;
    }
    String s = TextLine.removeSpaces(text);
    int y = s.indexOf('年');
    int m = s.indexOf('月');
    if (y != 4 || m < y + 2 || !s.endsWith("日") || s.length() < m + 3) {
      return null;
    }
    int year = ChineseNumerals.parseYear(s.substring(0, y));
    int month = ChineseNumerals.parse(s.substring(y + 1, m));
    int day = ChineseNumerals.parse(s.substring(m + 1, s.length() - 1));
    if (year < 1000 || month < 1 || day < 1) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Finds the issuing organ: the line above (else below) the date, if it reads like an organ. */
  private static Set<Integer> findOrgan(List<TextLine> lines) {
    Set<Integer> out = new HashSet<>();
    for (int k = 0; k < lines.size(); k++) {
      if (dateOf(lines.get(k).text) != null) {
        if (k > 0 && isOrganLike(lines.get(k - 1).text)) {
          out.add(k - 1);
        } else if (k + 1 < lines.size() && isOrganLike(lines.get(k + 1).text)) {
          out.add(k + 1);
        }
        break;
      }
    }
    return out;
  }

  private static boolean isOrganLike(String t) {
    int n = t.codePointCount(0, t.length());
    if (n < 2 || n > 40 || TextScan.containsDigit(t) || TextScan.containsSpace(t)) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if ("。，、；：:;,.！？!?《》“”".indexOf(t.charAt(i)) >= 0) {
        return false;
      }
    }
    if (t.startsWith("建议") || t.startsWith("附件") || t.startsWith("抄送") || t.startsWith("补充说明")) {
      return false;
    }
    String s = t;
    for (String seal : new String[] {"（盖章）", "(盖章)", "（印章）"}) {
      if (s.endsWith(seal)) {
        s = s.substring(0, s.length() - seal.length());
      }
    }
    return !s.isEmpty() && ORGAN_ENDINGS.indexOf(s.charAt(s.length() - 1)) >= 0;
  }

  private boolean readContact(TextLine ln) {
    String t = ln.text;
    String s = TextScan.stripParens(t);
    boolean ascii = false;
    // Label positions: a label immediately followed (after spaces) by a colon.
    List<int[]> marks = new ArrayList<>(); // {start, labelIndex, valueStart}
    for (int i = 0; i < s.length(); i++) {
      for (int li = 0; li < CONTACT_LABELS.length; li++) {
        String label = CONTACT_LABELS[li][0];
        if (s.startsWith(label, i)) {
          int j = i + label.length();
          while (j < s.length() && TextLine.isSpace(s.charAt(j))) {
            j++;
          }
          if (j < s.length() && (s.charAt(j) == '：' || s.charAt(j) == ':')) {
            ascii |= s.charAt(j) == ':';
            marks.add(new int[] {i, li, j + 1});
            i = j;
            break;
          }
        }
      }
    }
    if (marks.isEmpty() || marks.get(0)[0] != 0) {
      return false;
    }
    List<Contact> found = new ArrayList<>();
    Contact.Builder current = null;
    boolean currentHasPhone = false;
    for (int k = 0; k < marks.size(); k++) {
      int[] m = marks.get(k);
      int end = k + 1 < marks.size() ? marks.get(k + 1)[0] : s.length();
      String value = TextScan.trimSeparators(s.substring(m[2], end));
      ascii |= value.indexOf(';') >= 0;
      String kind = CONTACT_LABELS[m[1]][1];
      if (kind.equals("PHONE")) {
        if (current == null || currentHasPhone) {
          if (current != null) {
            found.add(current.build());
          }
          current = Contact.builder().role(ContactRole.CONTACT);
        }
        if (!value.isEmpty()) {
          current.phone(value);
        }
        currentHasPhone = true;
        continue;
      }
      if (current != null) {
        found.add(current.build());
      }
      current = Contact.builder();
      currentHasPhone = false;
      String name = value;
      String phone = null;
      if (kind.equals("BOTH")) {
        current.role(ContactRole.CONTACT);
        int cut = TextScan.firstOf(value, "，,、；; \u3000");
        if (cut < 0) {
          cut = TextScan.firstDigit(value);
        }
        if (cut >= 0) {
          name = TextScan.trimSeparators(value.substring(0, cut));
          phone = TextScan.trimSeparators(value.substring(cut));
        }
      } else {
        current.role(ContactRole.valueOf(kind));
        int digit = TextScan.firstDigit(value);
        if (digit > 0) {
          name = TextScan.trimSeparators(value.substring(0, digit));
          phone = TextScan.trimSeparators(value.substring(digit));
        }
      }
      if (!name.isEmpty()) {
        current.name(name);
      }
      if (phone != null && !phone.isEmpty()) {
        current.phone(phone);
        currentHasPhone = true;
      }
    }
    if (current != null) {
      found.add(current.build());
    }
    d.contacts.addAll(found);
    if (ascii) {
      ledger.normalised(ln.number, Kind.ASCII_PUNCTUATION, t, t.replace(':', '：').replace(';', '；'));
    }
    ledger.place(ln, LetterPart.CONTACT);
    return true;
  }
}
