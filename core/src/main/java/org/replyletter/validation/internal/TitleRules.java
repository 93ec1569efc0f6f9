package org.replyletter.validation.internal;

import org.replyletter.internal.ChineseNumerals;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;
import org.replyletter.Channel;
import org.replyletter.ProposalReference;
import org.replyletter.ReplyLetter;
import org.replyletter.internal.Digits;
import org.replyletter.diagnostics.Finding;
import org.replyletter.validation.RuleContext;

/**
 * The title agrees with the proposal reference, as in
 * {@code 关于晋江市政协十四届三次会议第3号提案的答复函}: body {@code 晋江市政协}, term {@code 十四届},
 * session {@code 三次会议}, number {@code 第3号}, channel {@code 提案}. Each part is its own rule.
 *
 * <p>Titles are free text, so these rules are warnings and report only what the title
 * <em>states</em> differently: a title that omits the term or session is not inconsistent. The
 * proposal number is the exception: a title that does not name it fails to identify the proposal.
 * All pass when the title or the reference is absent (RL-TTL-001, RL-REF-001).
 */
final class TitleRules {
  private TitleRules() {}

  static final String PATH = "/title";

  /**
   * Where a title states a number: {@code start} where the phrase starts, {@code number} the number
   * as written, {@code word} the 提案 or 建议 after a proposal number (null if none, and for terms and
   * sessions).
   */
  record Stated(int start, String number, String word) {}

  // The three phrases a title states, as these regular expressions would find them with
  // Matcher.find(from) (TitleRulesTest checks the scanners against them on random titles):
  //   term     ([零〇一二两三四五六七八九十百]+|[0-9０-９]+)届
  //   session  ([零〇一二两三四五六七八九十百]+|[0-9０-９]+)次(?:全体)?会议
  //   number   第\s*([0-9０-９A-Za-z-]+)\s*号\s*(提案|建议)?
  // Scanned by hand: every validation looks at the title four times, and the regular expressions
  // took almost half of all the rules' time.
  private static final String CN_NUMERALS = "零〇一二两三四五六七八九十百";
  private static final int NONE = 0;
  private static final int CHINESE = 1;
  private static final int ARABIC = 2;

  private static int numeralClass(char c) {
    if (Digits.value(c) >= 0) {
      return ARABIC;
    }
    return CN_NUMERALS.indexOf(c) >= 0 ? CHINESE : NONE;
  }

  /** The term stated at or after {@code from} ({@code 十四届}), or null. */
  static Stated term(String title, int from) {
    for (int k = title.indexOf('届', from); k >= 0; k = title.indexOf('届', k + 1)) {
      Stated s = numberBefore(title, from, k);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /** The session stated at or after {@code from} ({@code 三次会议}, {@code 三次全体会议}), or null. */
  static Stated session(String title, int from) {
    for (int k = title.indexOf('次', from); k >= 0; k = title.indexOf('次', k + 1)) {
      if (title.startsWith("会议", k + 1) || title.startsWith("全体会议", k + 1)) {
        Stated s = numberBefore(title, from, k);
        if (s != null) {
          return s;
        }
      }
    }
    return null;
  }

  /**
   * The longest run of one kind of numeral (Chinese, or ASCII and full-width digits) that ends just
   * before {@code end} and starts at or after {@code from}; null if there is none. A run cannot
   * cross the word it precedes, so the first word with a run gives the leftmost match.
   */
  private static Stated numberBefore(String title, int from, int end) {
    if (end <= from) {
      return null;
    }
    int kind = numeralClass(title.charAt(end - 1));
    if (kind == NONE) {
      return null;
    }
    int start = end - 1;
    while (start > from && numeralClass(title.charAt(start - 1)) == kind) {
      start--;
    }
    return new Stated(start, title.substring(start, end), null);
  }

  /** The proposal number stated at or after {@code from} ({@code 第3号提案}), with its word, or null. */
  static Stated proposalNumber(String title, int from) {
    for (int k = title.indexOf('第', from); k >= 0; k = title.indexOf('第', k + 1)) {
      int i = skipSpace(title, k + 1);
      int digits = i;
      while (i < title.length() && isNumberChar(title.charAt(i))) {
        i++;
      }
      if (i == digits) {
        continue;
      }
      int end = i;
      i = skipSpace(title, i);
      if (i < title.length() && title.charAt(i) == '号') {
        i = skipSpace(title, i + 1);
        String word = title.startsWith("提案", i) ? "提案" : title.startsWith("建议", i) ? "建议" : null;
        return new Stated(k, title.substring(digits, end), word);
      }
    }
    return null;
  }

  private static boolean isNumberChar(char c) {
    return Digits.value(c) >= 0 || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-';
  }

  /** Skips what {@code \s} matches: space, tab, line feed, vertical tab, form feed, return. */
  private static int skipSpace(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || (s.charAt(i) >= '\t' && s.charAt(i) <= '\r'))) {
      i++;
    }
    return i;
  }

  /** Value of a Chinese or Arabic (ASCII or full-width) number; -1 if neither. */
  static int number(String s) {
    if (!s.isEmpty() && Digits.value(s.charAt(0)) >= 0) {
      String ascii = Digits.toAscii(s);
      return ascii.length() > 6 ? -1 : Integer.parseInt(ascii);
    }
    return ChineseNumerals.parseOrdinal(s);
  }

  /** Formats a term or session as the title would: 十四. */
  static String chinese(int n) {
    return n >= 1 && n <= 999 ? ChineseNumerals.format(n) : Integer.toString(n);
  }

  abstract static class TitleRule extends BuiltInRule {
    TitleRule(Code code) {
      super(code);
    }

    @Override
    final void check(ReplyLetter letter, RuleContext context, List<Finding> out) {
      if (letter.title().isPresent() && letter.proposal().isPresent() && !letter.title().get().isBlank()) {
        check(letter.title().get(), letter.proposal().get(), out);
      }
    }

    abstract void check(String title, ProposalReference ref, List<Finding> out);
  }

  /**
   * The title names the body (晋江市政协), in full or as its tail (市政协). Titles print the body in
   * several forms, all of which name it: with the term between place and organ
   * ({@code 宁陕县第十八届人大}), with the organ in full ({@code 隆尧县人民代表大会},
   * {@code 中国人民政治协商会议宁陕县委员会}), after {@code 对} or {@code 关于对}. Both are compared in
   * a {@linkplain #bodyForm normal form}.
   */
  static final class Body extends TitleRule {
    Body() {
      super(Code.TTL_BODY);
    }

    @Override
    void check(String title, ProposalReference ref, List<Finding> out) {
      String body = ref.body().map(String::strip).orElse("");
      if (body.isEmpty() || title.contains(body) || namesBody(title, body)) {
        return;
      }
      out.add(Code.TTL_BODY.at(PATH, title, body));
    }
  }

  private static final Pattern CPPCC_IN_FULL = Pattern.compile("(?:中国人民)?政治协商会议(\\S{1,20}?)委员会");

  /**
   * The body's names in a normal form: 人民代表大会 as 人大, 中国人民政治协商会议X委员会 as X政协, and
   * with the terms the title states ({@code 第十八届}, {@code 十八届}) taken out, so that the place
   * and the organ they separate are read together.
   */
  static String bodyForm(String text) {
    String s = CPPCC_IN_FULL.matcher(text).replaceAll("$1政协");
    s = s.replace("人民代表大会", "人大").replace("政治协商会议", "政协");
    StringBuilder b = new StringBuilder(s);
    for (Stated t = term(b.toString(), 0); t != null; t = term(b.toString(), 0)) {
      int from = t.start() > 0 && b.charAt(t.start() - 1) == '第' ? t.start() - 1 : t.start();
      b.delete(from, t.start() + t.number().length() + 1);
    }
    return b.toString();
  }

  /**
   * Whether the title names the body, in the normal form: in full, or as its tail: the part
   * between {@code 关于} (or the start) and the session or number, without a leading {@code 对} and a
   * trailing {@code 第}, {@code 的} or {@code 委员会}, is the end of the body ({@code 关于对市人大…} for 济源市人大).
   */
  static boolean namesBody(String title, String body) {
    String t = bodyForm(title);
    String b = bodyForm(body);
    if (b.isEmpty() || t.contains(b)) {
      return true;
    }
    int start = t.indexOf("关于");
    start = start < 0 ? 0 : start + 2;
    int end = t.length();
    for (Stated s : new Stated[] {session(t, start), proposalNumber(t, start)}) {
      if (s != null) {
        end = Math.min(end, s.start());
      }
    }
    String named = end > start ? t.substring(start, end).strip() : "";
    if (named.startsWith("对")) {
      named = named.substring(1);
    }
    for (String tail : new String[] {"第", "的", "委员会", "常委会"}) {
      if (named.endsWith(tail) && !b.endsWith(tail)) {
        named = named.substring(0, named.length() - tail.length());
      }
    }
    return named.length() >= 2 && b.endsWith(named);
  }

  /** A term the title states (十四届) equals the reference's. */
  static final class Term extends TitleRule {
    Term() {
      super(Code.TTL_TERM);
    }

    @Override
    void check(String title, ProposalReference ref, List<Finding> out) {
      if (ref.term().isPresent()) {
        compare(term(title, 0), ref.term().getAsInt(), Code.TTL_TERM, title, out);
      }
    }
  }

  /** A session the title states (三次会议) equals the reference's. */
  static final class Session extends TitleRule {
    Session() {
      super(Code.TTL_SESSION);
    }

    @Override
    void check(String title, ProposalReference ref, List<Finding> out) {
      if (ref.session().isPresent()) {
        compare(session(title, 0), ref.session().getAsInt(), Code.TTL_SESSION, title, out);
      }
    }
  }

  private static void compare(Stated s, int expected, Code code, String title, List<Finding> out) {
    if (s != null && number(s.number()) != expected) {
      out.add(code.at(PATH, title, s.number(), chinese(expected)));
    }
  }

  /**
   * The title names the proposal number (第3号). Numbers are compared as given, and also as integers
   * when both are digits, since proposal numbers are often zero-padded ({@code 第020号} and {@code 20}).
   * A title names the number also without 第 ({@code 1号建议}, {@code 6.11提案}); one that names none
   * but quotes the proposal's own title identifies the proposal all the same.
   */
  static final class Number extends TitleRule {
    Number() {
      super(Code.TTL_NUMBER);
    }

    @Override
    void check(String title, ProposalReference ref, List<Finding> out) {
      String expected = ref.number().map(String::strip).orElse("");
      if (expected.isEmpty()) {
        return;
      }
      Stated s = proposalNumber(title, 0);
      if (s == null) {
        if (!namesNumberWithout第(title, expected) && !quotesProposalTitle(title, ref)) {
          out.add(Code.TTL_NUMBER.variant("absent", PATH, title, expected));
        }
        return;
      }
      if (!sameNumber(Digits.toAscii(s.number()), Digits.toAscii(expected))) {
        out.add(Code.TTL_NUMBER.at(PATH, title, s.number(), expected));
      }
    }
  }

  /**
   * Whether the title names the number without 第 ({@code 五届五次会议1号建议}, {@code 6.11提案}): the
   * number as given, not inside a longer number, followed by 号, 提案 or 建议.
   */
  static boolean namesNumberWithout第(String title, String number) {
    String t = Digits.toAscii(title);
    String n = Digits.toAscii(number);
    for (int i = t.indexOf(n); i >= 0; i = t.indexOf(n, i + 1)) {
      boolean joined = i > 0 && (isNumberChar(t.charAt(i - 1)) || t.charAt(i - 1) == '.');
      int end = i + n.length();
      if (!joined && (t.startsWith("号", end) || t.startsWith("提案", end) || t.startsWith("建议", end))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the title quotes the proposal's own title, so that it identifies the proposal without
   * its number ({@code 对…会议提出的关于建塘小学老旧校舍改造提升的建议的答复}); compared without 的,
   * quotation marks and spaces, which quotations add or drop.
   */
  static boolean quotesProposalTitle(String title, ProposalReference ref) {
    if (ref.title().isEmpty()) {
      return false;
    }
    String quoted = loose(ref.title().get());
    return quoted.length() >= 4 && loose(title).contains(quoted);
  }

  private static String loose(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '的' && "《》“”\"'‘’「」 \u3000".indexOf(c) < 0) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,30}");

  static boolean sameNumber(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (DIGITS.matcher(a).matches() && DIGITS.matcher(b).matches()) {
      return new BigInteger(a).equals(new BigInteger(b));
    }
    return false;
  }

  /** The word after the number (第3号提案 / 第3号建议) fits the channel. */
  static final class ChannelWord extends TitleRule {
    ChannelWord() {
      super(Code.TTL_CHANNEL);
    }

    @Override
    void check(String title, ProposalReference ref, List<Finding> out) {
      Stated s = proposalNumber(title, 0);
      if (s != null && s.word() != null && ref.channel().isPresent()) {
        String word = s.word();
        Channel c = ref.channel().get();
        if (!word.equals(c.label())) {
          out.add(Code.TTL_CHANNEL.at(PATH, title, word, c.label(), c.id()));
        }
      }
    }
  }

  static List<BuiltInRule> all() {
    return List.of(new Body(), new Term(), new Session(), new Number(), new ChannelWord());
  }
}
