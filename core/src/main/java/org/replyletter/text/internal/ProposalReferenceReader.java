package org.replyletter.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.replyletter.Channel;
import org.replyletter.ProposalReference;
import org.replyletter.internal.ChineseNumerals;
import org.replyletter.internal.Digits;

/**
 * Reads what a title or an opening says about the proposal it answers ({@link Mention}): the number
 * as printed (第3号, 3号, (第029号提案), 第16号“…”, 6.11提案), the channel word after it (提案,
 * 建议, 代表建议, 委员提案), and the meeting before it (body, term and session, in Chinese or Arabic
 * numerals, 第 and 会议 optional), after any organ name and 关于/对. Hand-written scanning, linear
 * in the text.
 */
public final class ProposalReferenceReader {
  private ProposalReferenceReader() {}

  /** What one text says about the proposal; each member null where the text does not say it. */
  static final class Mention {
    /** The first number; null if none. */
    String number;
    /** Every number, in order, where several are listed (第3号、第5号提案). */
    final List<String> numbers = new ArrayList<>();
    /** The channel the word after the number names (提案, 建议…). */
    Channel channelWord;
    String body;
    int term = -1;
    int session = -1;
  }

  /** Returns the reference read from the text, without the proposal title; empty if none is found. */
  public static Optional<ProposalReference> read(String text) {
    Mention m = scan(text);
    if (m.number == null || m.body == null) {
      return Optional.empty();
    }
    Channel channel = m.channelWord != null ? m.channelWord : channelOfBody(m.body);
    if (channel == null) {
      return Optional.empty();
    }
    return Optional.of(build(channel, m.body, m.term, m.session, m.number));
  }

  /** A reference of the parts given; a null part (or a term or session below 1) is left absent. */
  static ProposalReference build(Channel channel, String body, int term, int session, String number) {
    ProposalReference.Builder b =
        ProposalReference.builder()
            .channel(Optional.ofNullable(channel))
            .body(Optional.ofNullable(body))
            .number(Optional.ofNullable(number));
    if (term >= 1) {
      b.term(term);
    }
    if (session >= 1) {
      b.session(session);
    }
    return b.build();
  }

  /** The channel a body's name says: 政协 for a proposal, 人大 or 人民代表大会 for a suggestion. */
  static Channel channelOfBody(String body) {
    if (body == null) {
      return null;
    }
    if (body.contains("政协")) {
      return Channel.CPPCC_PROPOSAL;
    }
    if (body.contains("人大") || body.contains("代表大会")) {
      return Channel.NPC_SUGGESTION;
    }
    return null;
  }

  /** Scans {@code text} for the number, the channel word and the meeting. */
  static Mention scan(String text) {
    Mention m = new Mention();
    int numStart = -1;
    for (int i = text.indexOf('号'); i >= 0 && m.number == null; i = text.indexOf('号', i + 1)) {
      int s = numberStart(text, i);
      Channel word = channelWord(text, i + 1);
      if (s < i && (word != null || startsWithAny(text, i + 1, "“", "\"", "《", ")", "）", "的"))) {
        m.numbers.add(text.substring(s, i));
        m.channelWord = word;
        numStart = earlierNumbers(text, s, m);
      }
    }
    if (m.number == null) {
      // 6.11提案: a number with no 号, right after the meeting.
      for (String w : new String[] {"提案", "建议"}) {
        for (int i = text.indexOf(w); i > 0 && m.number == null; i = text.indexOf(w, i + 1)) {
          int s = numberStart(text, i);
          if (s < i && s >= 2 && text.startsWith("会议", s - 2) && Digits.value(text.charAt(s)) >= 0) {
            m.numbers.add(text.substring(s, i));
            m.number = m.numbers.get(0);
            m.channelWord = channelWord(text, i);
            numStart = s;
          }
        }
      }
    }
    String prefix;
    if (numStart >= 0) {
      prefix = text.substring(0, numStart);
      if (prefix.endsWith("第")) {
        prefix = prefix.substring(0, prefix.length() - 1);
      }
    } else {
      int meeting = text.indexOf("会议");
      if (meeting < 0) {
        return m;
      }
      prefix = text.substring(0, meeting + 2);
    }
    meeting(prefix, m);
    return m;
  }

  /**
   * The numbers listed before the one at {@code s} (第3号、第5号提案: 3 before 5), put first in
   * {@code m.numbers}; returns where the first of them starts.
   */
  private static int earlierNumbers(String text, int s, Mention m) {
    int p = s;
    while (true) {
      int q = p > 0 && text.charAt(p - 1) == '第' ? p - 1 : p;
      if (q < 2 || "、和及，,".indexOf(text.charAt(q - 1)) < 0 || text.charAt(q - 2) != '号') {
        break;
      }
      int start = numberStart(text, q - 2);
      if (start == q - 2) {
        break;
      }
      m.numbers.add(0, text.substring(start, q - 2));
      p = start;
    }
    m.number = m.numbers.get(0);
    return p;
  }

  private static Channel channelWord(String text, int at) {
    if (startsWithAny(text, at, "提案", "委员提案")) {
      return Channel.CPPCC_PROPOSAL;
    }
    if (startsWithAny(text, at, "建议", "代表建议")) {
      return Channel.NPC_SUGGESTION;
    }
    return null;
  }

  private static boolean startsWithAny(String s, int at, String... prefixes) {
    for (String p : prefixes) {
      if (s.startsWith(p, at)) {
        return true;
      }
    }
    return false;
  }

  /** Start of the printed number ending just before {@code end} (digits, letters, - and an inner .). */
  private static int numberStart(String text, int end) {
    int s = end;
    while (s > 0 && end - s < 20 && isNumberChar(text.charAt(s - 1))) {
      s--;
    }
    while (s < end && text.charAt(s) == '.') {
      s++;
    }
    return s;
  }

  /** Reads body, term and session from the text naming the meeting, e.g. 县政协十二届一次会议. */
  private static void meeting(String text, Mention m) {
    String prefix = text.strip();
    int guan = prefix.lastIndexOf("关于");
    if (guan >= 0) {
      prefix = prefix.substring(guan + 2);
    }
    prefix = stripLead(prefix);
    while (prefix.endsWith("的") || prefix.endsWith(" ")) {
      prefix = prefix.substring(0, prefix.length() - 1);
    }
    String part1 = "";
    String rest = prefix;
    int jie = prefix.indexOf('届');
    if (jie > 0) {
      int s = numeralStart(prefix, jie);
      if (s < jie) {
        m.term = ChineseNumerals.parse(prefix.substring(s, jie));
        part1 = prefix.substring(0, s > 0 && prefix.charAt(s - 1) == '第' ? s - 1 : s);
        rest = prefix.substring(jie + 1);
        while (rest.startsWith("届")) {
          rest = rest.substring(1); // 第十三届届三次: the doubled 届 as printed
        }
      }
    }
    String part2 = rest;
    for (int ci = rest.indexOf('次'); ci >= 0; ci = rest.indexOf('次', ci + 1)) {
      int s = numeralStart(rest, ci);
      if (s < ci) {
        m.session = ChineseNumerals.parse(rest.substring(s, ci));
        part2 = rest.substring(0, s > 0 && rest.charAt(s - 1) == '第' ? s - 1 : s);
        break;
      }
      if (rest.startsWith("次会议", ci)) {
        part2 = rest.substring(0, ci); // 县政协次会议: the session's numeral is missing
        break;
      }
    }
    if (part2.endsWith("会议")) {
      part2 = part2.substring(0, part2.length() - 2);
    }
    String body = (part1 + part2).strip();
    if (!body.isEmpty() && body.length() <= 30 && TextScan.firstOf(body, "《》“”\"()（）,，。") < 0) {
      m.body = body;
    }
  }

  private static String stripLead(String s) {
    String r = s.strip();
    for (String you : new String[] {"您们在", "你们在", "您在", "你在"}) {
      if (r.startsWith(you)) {
        r = r.substring(you.length());
        break;
      }
    }
    for (int k = 0; k < 2; k++) {
      if (r.startsWith("关于")) {
        r = r.substring(2);
      }
      if (r.startsWith("对")) {
        r = r.substring(1);
      }
    }
    return r;
  }

  /** Start of the run of numeral characters ending just before {@code end}. */
  private static int numeralStart(String s, int end) {
    int i = end;
    while (i > 0 && ChineseNumerals.isNumeralChar(s.charAt(i - 1)) && end - i < 6) {
      i--;
    }
    return i;
  }

  private static boolean isNumberChar(char c) {
    return Digits.value(c) >= 0 || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '.';
  }
}
