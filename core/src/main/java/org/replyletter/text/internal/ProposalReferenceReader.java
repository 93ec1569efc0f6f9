package org.replyletter.text.internal;

import org.replyletter.internal.ChineseNumerals;
import java.util.Optional;
import org.replyletter.Channel;
import org.replyletter.ProposalReference;
import org.replyletter.internal.Digits;

/**
 * Reads the proposal reference from a title such as {@code 关于晋江市政协十四届三次会议第3号提案的答复函}:
 * body, term and session (Chinese or Arabic numerals, 第 and 会议 optional), number as printed, and
 * the channel from the word after 号 (提案 or 建议). Hand-written scanning, linear in the text.
 */
public final class ProposalReferenceReader {
  private ProposalReferenceReader() {}

  /** Returns the reference read from the text, without the proposal title; empty if none is found. */
  public static Optional<ProposalReference> read(String text) {
    int hao = -1;
    Channel channel = null;
    for (int i = text.indexOf('号'); i >= 0; i = text.indexOf('号', i + 1)) {
      if (text.startsWith("提案", i + 1)) {
        hao = i;
        channel = Channel.CPPCC_PROPOSAL;
        break;
      }
      if (text.startsWith("建议", i + 1)) {
        hao = i;
        channel = Channel.NPC_SUGGESTION;
        break;
      }
    }
    if (hao < 0) {
      return Optional.empty();
    }
    int numStart = hao;
    while (numStart > 0 && isNumberChar(text.charAt(numStart - 1)) && hao - numStart < 20) {
      numStart--;
    }
    if (numStart == hao) {
      return Optional.empty();
    }
    String number = text.substring(numStart, hao);
    int p = numStart;
    if (p > 0 && text.charAt(p - 1) == '第') {
      p--;
    }
    String prefix = stripLead(text.substring(0, p));
    int term = -1;
    int session = -1;
    String part1 = "";
    String rest = prefix;
    int jie = prefix.indexOf('届');
    if (jie > 0) {
      int s = numeralStart(prefix, jie);
      if (s < jie) {
        term = ChineseNumerals.parse(prefix.substring(s, jie));
        part1 = prefix.substring(0, s > 0 && prefix.charAt(s - 1) == '第' ? s - 1 : s);
        rest = prefix.substring(jie + 1);
      }
    }
    String part2 = rest;
    for (int ci = rest.indexOf('次'); ci >= 0; ci = rest.indexOf('次', ci + 1)) {
      int s = numeralStart(rest, ci);
      if (s < ci) {
        session = ChineseNumerals.parse(rest.substring(s, ci));
        part2 = rest.substring(0, s > 0 && rest.charAt(s - 1) == '第' ? s - 1 : s);
        break;
      }
    }
    String body = (part1 + part2).strip();
    if (body.isEmpty()) {
      return Optional.empty();
    }
    ProposalReference.Builder b =
        ProposalReference.builder().channel(channel).body(body).number(number);
    if (term >= 1) {
      b.term(term);
    }
    if (session >= 1) {
      b.session(session);
    }
    return Optional.of(b.build());
  }

  private static String stripLead(String s) {
    String r = s.strip();
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
    return Digits.value(c) >= 0 || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-';
  }
}
