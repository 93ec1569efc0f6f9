package org.replyletter.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;

import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.replyletter.validation.internal.TitleRules.Stated;

/**
 * The title scanners find what the regular expressions they replace found, at every start: the
 * expressions, written as they were, are the oracle.
 */
class TitleRulesTest {
  private static final String NUM = "([零〇一二两三四五六七八九十百]+|[0-9０-９]+)";
  private static final Pattern TERM = Pattern.compile(NUM + "届");
  private static final Pattern SESSION = Pattern.compile(NUM + "次(?:全体)?会议");
  private static final Pattern NUMBER = Pattern.compile("第\\s*([0-9０-９A-Za-z-]+)\\s*号\\s*(提案|建议)?");

  /** Pieces of titles, near misses included, so that random titles often hold a match or almost do. */
  private static final String[] TOKENS = {
    "十", "四", "三", "百", "零", "〇", "两", "1", "4", "0", "０", "９", "届", "次", "会议", "会", "议",
    "全体", "全体会议", "全", "第", "号", "提案", "建议", "提", " ", "\t", "\u3000", "\n", "A", "z", "-",
    "_", "关于", "晋江市政协", "的", "答复函", "。", "〔", "2024", "〕"
  };

  private static Gen<String> titles() {
    Gen<Integer> length = Generate.range(0, 14);
    Gen<Integer> token = Generate.range(0, TOKENS.length - 1);
    return in -> {
      int n = length.generate(in);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        b.append(TOKENS[token.generate(in)]);
      }
      return b.toString();
    };
  }

  private static void assertSameAsRegex(
      Pattern oracle, BiFunction<String, Integer, Stated> scanner, boolean withWord, String title) {
    for (int from = 0; from <= title.length(); from++) {
      Matcher m = oracle.matcher(title);
      Stated s = scanner.apply(title, from);
      String where = "\"" + title + "\" from " + from;
      if (!m.find(from)) {
        assertNull(s, where);
        continue;
      }
      assertEquals(m.start(), s == null ? -1 : s.start(), where);
      assertEquals(m.group(1), s.number(), where);
      if (withWord) {
        assertEquals(m.group(2), s.word(), where);
      }
    }
  }

  @Test
  void term_findsWhatTheRegexFinds() {
    qt().withExamples(20_000)
        .forAll(titles())
        .checkAssert(t -> assertSameAsRegex(TERM, TitleRules::term, false, t));
  }

  @Test
  void session_findsWhatTheRegexFinds() {
    qt().withExamples(20_000)
        .forAll(titles())
        .checkAssert(t -> assertSameAsRegex(SESSION, TitleRules::session, false, t));
  }

  @Test
  void proposalNumber_findsWhatTheRegexFinds() {
    qt().withExamples(20_000)
        .forAll(titles())
        .checkAssert(t -> assertSameAsRegex(NUMBER, TitleRules::proposalNumber, true, t));
  }

  @Test
  void seedTitle_statesTermSessionAndNumber() {
    String title = "关于晋江市政协十四届三次会议第3号提案的答复函";
    assertEquals(new Stated(7, "十四", null), TitleRules.term(title, 0));
    assertEquals(new Stated(10, "三", null), TitleRules.session(title, 0));
    assertEquals(new Stated(14, "3", "提案"), TitleRules.proposalNumber(title, 0));
    // A run of one kind only: 十4届 states 4; a run stops at the start given.
    assertEquals(new Stated(1, "4", null), TitleRules.term("十4届", 0));
    assertEquals(new Stated(1, "四", null), TitleRules.term("十四届", 1));
    assertNull(TitleRules.session("三次大会", 0));
    assertEquals(new Stated(0, "A-1", null), TitleRules.proposalNumber("第 A-1\t号的", 0));
  }
}
