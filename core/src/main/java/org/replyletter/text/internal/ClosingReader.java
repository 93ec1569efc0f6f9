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
 * The closing zone: the issuing organ (the line next to the date, found before reading, or named
 * by 承办单位), the date (printed or compact), contacts, the disclosure line, 抄送, and the labels
 * that have no field (联系单位, 邮政编码, 报). These lines are read wherever they stand; once one is
 * read after the header, the reading is in the closing.
 */
final class ClosingReader {
  private static final String ORGAN_ENDINGS = "局委会院办室厅部府处所站司队社联馆行署心";

  /** Contact labels, longest first where one begins another; BOTH labels take a name and a phone. */
  private static final String[][] CONTACT_LABELS = {
    {"联系人及联系电话", "CONTACT_BOTH"}, {"联系人及电话", "CONTACT_BOTH"}, {"联系人和电话", "CONTACT_BOTH"},
    {"联系人电话", "CONTACT_BOTH"}, {"承办人及联系电话", "HANDLER_BOTH"}, {"承办人及电话", "HANDLER_BOTH"},
    {"主管领导", "RESPONSIBLE_LEADER"}, {"分管领导", "RESPONSIBLE_LEADER"},
    {"承办负责人", "RESPONSIBLE_LEADER"}, {"承办责任人", "RESPONSIBLE_LEADER"}, {"单位负责人", "RESPONSIBLE_LEADER"},
    {"承办人", "HANDLER"}, {"经办人", "HANDLER"}, {"联系人", "CONTACT"}, {"联系电话", "PHONE"},
    {"联系方式", "PHONE"}, {"电话", "PHONE"}, {"手机", "PHONE"}
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
    if (readCc(ln) || readDisclosure(ln) || readDate(ln)) {
      return true;
    }
    if (readContact(ln, i) || i == d.lastContactIndex + 1 && readContactContinuation(ln)) {
      d.lastContactIndex = i;
      return true;
    }
    return readClosingLabel(ln);
  }

  private static final String[] CLOSING_LABELS = {"承办单位", "联系单位", "分管单位", "邮政编码", "报"};

  /**
   * Other labelled lines of the closing and the 版记: 承办单位 names the organ; 联系单位, 分管单位,
   * 邮政编码 and 报 have no field and are listed as unplaced.
   */
  private boolean readClosingLabel(TextLine ln) {
    String t = ln.text;
    for (String label : CLOSING_LABELS) {
      int end = TextScan.matchSpaced(t, 0, label);
      int colon = end < 0 ? -1 : TextScan.colonAfter(t, end);
      if (colon < 0) {
        continue;
      }
      String value = TextLine.strip(t.substring(colon + 1));
      if (label.equals("承办单位") && !value.isEmpty() && d.labelledOrgan == null) {
        d.labelledOrgan = value;
        ledger.place(ln, LetterPart.ISSUING_ORGAN);
      } else {
        ledger.unplace(ln.number, t);
      }
      return true;
    }
    return false;
  }

  /** 李正朋  0730—3722600 under a contact line: one more contact in the same role. */
  private boolean readContactContinuation(TextLine ln) {
    String t = ln.text;
    int digit = TextScan.firstDigit(t);
    if (digit <= 0 || d.contacts.isEmpty() || t.length() > 40) {
      return false;
    }
    String name = TextScan.joinSpacedName(t.substring(0, digit));
    String phone = TextLine.strip(t.substring(digit));
    if (name == null || name.isEmpty() || name.length() > 4 || !isPhone(phone)) {
      return false;
    }
    for (int k = 0; k < name.length(); k++) {
      if (!TextScan.isHan(name.charAt(k))) {
        return false;
      }
    }
    ContactRole role = d.contacts.get(d.contacts.size() - 1).role();
    d.contacts.add(Contact.builder().role(role).name(name).phone(phone).build());
    ledger.place(ln, LetterPart.CONTACT);
    return true;
  }

  private static boolean isPhone(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (Digits.value(c) < 0 && "-—─–()（） ".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
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
    Disclosure disclosure = disclosureOf(s);
    if (disclosure == null || d.disclosure != null && d.disclosure != disclosure) {
      return false;
    }
    d.disclosure = disclosure;
    ledger.place(ln, LetterPart.DISCLOSURE);
    return true;
  }

  /**
   * The disclosure a short text states: 主动公开, 公开属性：依申请公开, （此件不予公开）, 同意公开,
   * 是否同意公开:是, 注:“主动公开”。; null if it states none.
   */
  static Disclosure disclosureOf(String text) {
    String s = TextScan.stripParens(TextLine.removeSpaces(text));
    for (String prefix : new String[] {"是否同意公开", "是否公开"}) {
      if (s.startsWith(prefix)) {
        String v = s.substring(prefix.length());
        v = v.startsWith("：") || v.startsWith(":") ? v.substring(1) : v;
        return v.equals("是") ? Disclosure.PUBLIC : v.equals("否") ? Disclosure.NOT_PUBLIC : null;
      }
    }
    for (String prefix : new String[] {"公开属性", "公开方式", "信息公开选项", "公开选项", "注"}) {
      if (s.startsWith(prefix)) {
        s = s.substring(prefix.length());
        if (s.startsWith("：") || s.startsWith(":")) {
          s = s.substring(1);
        }
        break;
      }
    }
    if (s.endsWith("。")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.length() > 2 && (s.charAt(0) == '“' && s.endsWith("”") || s.charAt(0) == '"' && s.endsWith("\""))) {
      s = s.substring(1, s.length() - 1);
    }
    if (s.startsWith("此件") || s.startsWith("本件")) {
      s = s.substring(2);
    }
    switch (s) {
      case "主动公开":
      case "同意公开":
        return Disclosure.PUBLIC;
      case "依申请公开":
        return Disclosure.ON_REQUEST;
      case "不予公开":
      case "不公开":
      case "免予公开":
        return Disclosure.NOT_PUBLIC;
      default:
        return null;
    }
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
    if (s.indexOf('年') < 0) {
      ledger.normalised(ln.number, Kind.COMPACT_DATE, ln.text, standard);
    } else if (chinese) {
      ledger.normalised(ln.number, Kind.CHINESE_NUMERAL_DATE, ln.text, standard);
    } else if (fullWidth) {
      ledger.normalised(ln.number, Kind.FULL_WIDTH_CHARACTERS, ln.text, standard);
    }
    ledger.place(ln, LetterPart.ISSUE_DATE);
    return true;
  }

  /**
   * A line that is only a date: 2024年6月3日, 二〇二四年六月三日, or the compact 2023712 that some
   * web editions store (only where one reading is a valid date); null if not.
   */
  static LocalDate dateOf(String text) {
    if (text.length() > 30) {
      return null;
    }
    String s = TextLine.removeSpaces(text);
    if (s.length() == 7 || s.length() == 8) {
      return compactDate(s);
    }
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

  private static LocalDate compactDate(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return null;
      }
    }
    int year = Integer.parseInt(s.substring(0, 4));
    if (year < 1949 || year > 2099) {
      return null;
    }
    String rest = s.substring(4);
    LocalDate found = null;
    for (int m = 1; m <= 2; m++) {
      String month = rest.substring(0, m);
      String day = rest.substring(m);
      if (day.isEmpty() || day.length() > 2 || month.startsWith("0") || day.startsWith("0") && day.length() == 1) {
        continue;
      }
      try {
        LocalDate d = LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
        if (found != null) {
          return null; // 2023111: 1月11日 or 11月1日
        }
        found = d;
      } catch (DateTimeException e) {
        // not this reading
      }
    }
    return found;
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

  static boolean isOrganLike(String t) {
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

  /**
   * A contact line: labels (联系人：, 联 系 人:, 承办人及联系电话：…) each followed by a colon; a phone
   * label after a name completes that contact. One printed contact is one contact, whatever
   * separates name and phone (space, comma, slash, semicolon); several names before one phone
   * (赵玮  张建凯 67892775) are several contacts with that phone. A label left blank gives no contact.
   */
  private boolean readContact(TextLine ln, int index) {
    String t = ln.text;
    String s = TextScan.stripParens(t);
    boolean ascii = false;
    // Label positions: a label (spaces allowed between its characters) followed by a colon.
    List<int[]> marks = new ArrayList<>(); // {start, labelIndex, valueStart}
    for (int i = 0; i < s.length(); i++) {
      for (int li = 0; li < CONTACT_LABELS.length; li++) {
        int j = TextScan.matchSpaced(s, i, CONTACT_LABELS[li][0]);
        int colon = j < 0 ? -1 : TextScan.colonAfter(s, j);
        if (colon >= 0) {
          ascii |= s.charAt(colon) == ':';
          marks.add(new int[] {i, li, colon + 1});
          i = colon;
          break;
        }
      }
    }
    if (marks.isEmpty() || marks.get(0)[0] != 0) {
      return false;
    }
    List<Contact.Builder> found = new ArrayList<>();
    Contact.Builder current = null;
    boolean currentHasPhone = false;
    boolean currentHasName = false;
    for (int k = 0; k < marks.size(); k++) {
      int[] m = marks.get(k);
      int end = k + 1 < marks.size() ? marks.get(k + 1)[0] : s.length();
      String value = TextScan.trimSeparators(s.substring(m[2], end));
      ascii |= value.indexOf(';') >= 0;
      String kind = CONTACT_LABELS[m[1]][1];
      if (kind.equals("PHONE")) {
        String phone = phone(ln, value);
        if (current == null || currentHasPhone) {
          current = Contact.builder().role(ContactRole.CONTACT);
          found.add(current);
          currentHasName = false;
        }
        if (!phone.isEmpty()) {
          current.phone(phone);
          currentHasPhone = true;
        }
        continue;
      }
      ContactRole role =
          ContactRole.valueOf(kind.endsWith("_BOTH") ? kind.substring(0, kind.length() - 5) : kind);
      int digit = TextScan.firstDigit(value);
      String names = digit < 0 ? value : TextScan.trimSeparators(value.substring(0, digit));
      String phone = digit < 0 ? "" : phone(ln, value.substring(digit));
      List<String> people = people(ln, names);
      if (people.isEmpty()) {
        people = List.of("");
      }
      for (String name : people) {
        current = Contact.builder().role(role);
        found.add(current);
        currentHasName = !name.isEmpty();
        if (currentHasName) {
          current.name(name);
        }
        currentHasPhone = !phone.isEmpty();
        if (currentHasPhone) {
          current.phone(phone);
        }
      }
    }
    boolean phoneOnly = true;
    for (int[] m : marks) {
      phoneOnly &= CONTACT_LABELS[m[1]][1].equals("PHONE");
    }
    if (phoneOnly && found.size() == 1 && index == d.lastContactIndex + 1 && !d.contacts.isEmpty()) {
      // 联 系 人:郑荣 / 联系电话:138…: a phone on the line under a name completes that contact.
      Contact only = found.get(0).build();
      Contact last = d.contacts.get(d.contacts.size() - 1);
      if (only.name().isEmpty() && only.phone().isPresent() && last.phone().isEmpty() && last.name().isPresent()) {
        d.contacts.set(d.contacts.size() - 1, Contact.builder().from(last).phone(only.phone().get()).build());
        found.clear();
        if (ascii) {
          ledger.normalised(ln.number, Kind.ASCII_PUNCTUATION, t, t.replace(':', '：').replace(';', '；'));
        }
        ledger.place(ln, LetterPart.CONTACT);
        return true;
      }
    }
    boolean any = false;
    for (Contact.Builder b : found) {
      Contact c = b.build();
      if (c.name().isPresent() || c.phone().isPresent()) {
        d.contacts.add(c);
        any = true;
      }
    }
    if (!any) {
      ledger.unplace(ln.number, t); // 承办负责人： left blank
      return true;
    }
    if (ascii) {
      ledger.normalised(ln.number, Kind.ASCII_PUNCTUATION, t, t.replace(':', '：').replace(';', '；'));
    }
    ledger.place(ln, LetterPart.CONTACT);
    return true;
  }

  /** The names before a phone: 刘  华 is one name, 赵玮  张建凯 or 赵玮、张建凯 two. */
  private List<String> people(TextLine ln, String names) {
    List<String> out = new ArrayList<>();
    for (String piece : TextScan.splitAny(names, "，,、；;/")) {
      String joined = TextScan.joinSpacedName(piece);
      if (joined != null) {
        if (!joined.equals(piece)) {
          ledger.normalised(ln.number, Kind.SPACES_REMOVED, piece, joined);
        }
        out.add(joined);
      } else {
        out.addAll(TextScan.splitSpaces(piece));
      }
    }
    return out;
  }

  /** A phone as printed, without a trailing note such as (手机号码). */
  private String phone(TextLine ln, String value) {
    String p = TextScan.trimSeparators(value);
    int open = TextScan.firstOf(p, "(（");
    if (open > 0 && (p.endsWith(")") || p.endsWith("）"))) {
      String note = p.substring(open + 1, p.length() - 1);
      if (note.contains("手机") || note.contains("电话") || note.contains("办公")) {
        ledger.unplace(ln.number, p.substring(open));
        p = TextLine.strip(p.substring(0, open));
      }
    }
    return p;
  }
}
