package org.replyletter.validation.internal;

import org.replyletter.internal.ChineseNumerals;
import java.math.BigInteger;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replyletter.Channel;
import org.replyletter.ProposalReference;
import org.replyletter.ReplyLetter;
import org.replyletter.internal.Digits;
import org.replyletter.validation.Finding;
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

  private static final String CN = "[零〇一二两三四五六七八九十百]+";
  private static final String NUM = "(" + CN + "|[0-9０-９]+)";
  static final Pattern TERM = Pattern.compile(NUM + "届");
  static final Pattern SESSION = Pattern.compile(NUM + "次(?:全体)?会议");
  static final Pattern NUMBER = Pattern.compile("第\\s*([0-9０-９A-Za-z-]+)\\s*号\\s*(提案|建议)?");

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

  /** The title names the body (晋江市政协), in full or as its tail (市政协). */
  static final class Body extends TitleRule {
    Body() {
      super(Code.TTL_BODY);
    }

    @Override
    void check(String title, ProposalReference ref, List<Finding> out) {
      String body = ref.body().strip();
      if (body.isEmpty() || title.contains(body)) {
        return;
      }
      // The part between 关于 and the term, session or number: 关于市政协十四届… gives 市政协.
      int start = title.indexOf("关于");
      start = start < 0 ? 0 : start + 2;
      int end = title.length();
      for (Pattern p : List.of(TERM, SESSION, NUMBER)) {
        Matcher m = p.matcher(title);
        if (m.find(start)) {
          end = Math.min(end, m.start());
        }
      }
      String named = end > start ? title.substring(start, end).strip() : "";
      if (named.length() >= 2 && body.endsWith(named)) {
        return;
      }
      out.add(Code.TTL_BODY.at(PATH, title, body));
    }
  }

  /** A term the title states (十四届) equals the reference's. */
  static final class Term extends TitleRule {
    Term() {
      super(Code.TTL_TERM);
    }

    @Override
    void check(String title, ProposalReference ref, List<Finding> out) {
      compare(TERM, ref.term(), Code.TTL_TERM, title, out);
    }
  }

  /** A session the title states (三次会议) equals the reference's. */
  static final class Session extends TitleRule {
    Session() {
      super(Code.TTL_SESSION);
    }

    @Override
    void check(String title, ProposalReference ref, List<Finding> out) {
      compare(SESSION, ref.session(), Code.TTL_SESSION, title, out);
    }
  }

  private static void compare(Pattern p, OptionalInt expected, Code code, String title, List<Finding> out) {
    if (expected.isEmpty()) {
      return;
    }
    Matcher m = p.matcher(title);
    if (m.find()) {
      int stated = number(m.group(1));
      if (stated != expected.getAsInt()) {
        out.add(code.at(PATH, title, m.group(1), chinese(expected.getAsInt())));
      }
    }
  }

  /**
   * The title names the proposal number (第3号). Numbers are compared as given, and also as integers
   * when both are digits, since proposal numbers are often zero-padded ({@code 第020号} and {@code 20}).
   */
  static final class Number extends TitleRule {
    Number() {
      super(Code.TTL_NUMBER);
    }

    @Override
    void check(String title, ProposalReference ref, List<Finding> out) {
      String expected = ref.number().strip();
      if (expected.isEmpty()) {
        return;
      }
      Matcher m = NUMBER.matcher(title);
      if (!m.find()) {
        out.add(Code.TTL_NUMBER.variant("absent", PATH, title, expected));
        return;
      }
      String stated = Digits.toAscii(m.group(1));
      if (!sameNumber(stated, Digits.toAscii(expected))) {
        out.add(Code.TTL_NUMBER.at(PATH, title, m.group(1), expected));
      }
    }
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
      Matcher m = NUMBER.matcher(title);
      if (m.find() && m.group(2) != null) {
        String word = m.group(2);
        Channel c = ref.channel();
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
