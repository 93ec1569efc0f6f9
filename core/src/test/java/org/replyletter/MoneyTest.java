package org.replyletter;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.replyletter.Money.Unit;

/** Unit tests of {@link Money}: parse, format, rejections, equality, arithmetic and ordering. */
class MoneyTest {

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  @ParameterizedTest
  @CsvSource({
    // text, yuan, unit
    "3900元, 3900, YUAN",
    "1240万元, 12400000, WAN_YUAN",
    "1.16亿元, 116000000, YI_YUAN",
    "0.5元, 0.5, YUAN",
    "0.01元, 0.01, YUAN",
    "0元, 0, YUAN",
    "100万元, 1000000, WAN_YUAN",
    "0.000001万元, 0.01, WAN_YUAN",
    "0.0000000001亿元, 0.01, YI_YUAN",
    "700元, 700, YUAN",
  })
  void parse_canonicalText_givesAmountAndFormatsBack(String text, String yuan, Unit unit) {
    Money m = Money.parse(text);
    assertAll(
        () -> assertEquals(0, dec(yuan).compareTo(m.yuan()), "amount in yuan"),
        () -> assertEquals(unit, m.unit()),
        () -> assertEquals(text, m.format()),
        () -> assertEquals(text, m.toString()));
  }

  @Test
  void parse_amounts_areExactBigDecimals() {
    assertEquals(new BigDecimal("116000000"), Money.parse("1.16亿元").yuan());
    assertEquals(new BigDecimal("0.5"), Money.parse("0.5元").yuan());
    assertEquals(new BigDecimal("12400000"), Money.parse("1240万元").yuan());
  }

  @ParameterizedTest
  @CsvSource({
    // non-canonical text, canonical format
    "３９００元, 3900元",
    "１．１６亿元, 1.16亿元",
    "1.16０亿元, 1.16亿元",
    "0.50元, 0.5元",
    "3900.00元, 3900元",
    "007元, 7元",
    "1240.0万元, 1240万元",
    "0.010元, 0.01元",
  })
  void parse_nonCanonicalText_formatsCanonically(String text, String canonical) {
    Money m = Money.parse(text);
    assertEquals(canonical, m.format());
    assertEquals(Money.parse(canonical), m);
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        // text, error index
        Arguments.of("-5元", 0), // negative
        Arguments.of("-0.5万元", 0),
        Arguments.of("3900", 4), // no unit
        Arguments.of("3900块", 4), // unknown unit
        Arguments.of("3900 元", 4), // space before the unit
        Arguments.of("3900元整", 4), // text after the unit
        Arguments.of("3900千元", 4), // unit not supported
        Arguments.of("1.元", 2), // no digit after the point
        Arguments.of(".5元", 0), // no digit before the point
        Arguments.of("1..5元", 2),
        Arguments.of("1.2.3元", 3),
        Arguments.of("0.001元", 4), // finer than a fen: at the digit that cannot be kept
        Arguments.of("0.0010元", 4),
        Arguments.of("12.345元", 5),
        Arguments.of("0.00000001万元", 9),
        Arguments.of("0.000000000001亿元", 13),
        Arguments.of("1" + "0".repeat(30) + "元", 30), // too many digits: at the 31st
        Arguments.of("1." + "0".repeat(30) + "元", 31),
        Arguments.of("", 0), // empty
        Arguments.of("元", 0),
        Arguments.of("万元", 0),
        Arguments.of("三千九百元", 0)); // Chinese numerals are not read
  }

  @ParameterizedTest
  @MethodSource("rejected")
  void parse_invalidText_throwsWithErrorIndex(String text, int errorIndex) {
    ValueParseException e = assertThrows(ValueParseException.class, () -> Money.parse(text));
    assertAll(
        () -> assertEquals(errorIndex, e.getErrorIndex(), e.getMessage()),
        () -> assertEquals(text, e.getParsedText()));
  }

  @Test
  void parse_finerThanFenInLargerUnit_acceptedWhenWholeFen() {
    // 0.000001万元 is 0.01元: a fen, fine; 0.0000001万元 is 0.001元: not.
    assertEquals(Money.parse("0.01元"), Money.parse("0.000001万元"));
    assertThrows(ValueParseException.class, () -> Money.parse("0.0000001万元"));
  }

  @Test
  void parse_null_throwsNullPointerException() {
    assertThrows(NullPointerException.class, () -> Money.parse(null));
  }

  @Test
  void equals_acrossUnits_comparesAmountOnly() {
    Money wan = Money.parse("1万元");
    Money yuan = Money.parse("10000元");
    Money yi = Money.parse("0.0001亿元");
    assertAll(
        () -> assertEquals(wan, yuan),
        () -> assertEquals(yuan, wan),
        () -> assertEquals(yi, wan),
        () -> assertEquals(wan.hashCode(), yuan.hashCode()),
        () -> assertEquals(yi.hashCode(), yuan.hashCode()),
        () -> assertEquals(0, wan.compareTo(yuan)),
        () -> assertEquals("1万元", wan.format(), "the unit is kept for formatting"),
        () -> assertEquals("10000元", yuan.format()));
  }

  @Test
  void equals_trailingZerosOrScale_ignored() {
    assertEquals(Money.ofYuan(new BigDecimal("3900.00")), Money.ofYuan(3900));
    assertEquals(Money.ofYuan(new BigDecimal("3900.00")).hashCode(), Money.ofYuan(3900).hashCode());
    assertEquals(Money.of(new BigDecimal("1.160"), Unit.YI_YUAN), Money.ofYuan(116_000_000));
    assertEquals(Money.ZERO, Money.ofYuan(new BigDecimal("0.00")));
    assertEquals(Money.ZERO.hashCode(), Money.ofYuan(new BigDecimal("0.00")).hashCode());
  }

  @Test
  void equals_differentAmounts_notEqual() {
    assertNotEquals(Money.parse("3900元"), Money.parse("3900.01元"));
    assertNotEquals(Money.parse("1万元"), Money.parse("1元"));
    assertNotEquals(Money.parse("1元"), (Object) "1元");
  }

  @Test
  void of_factories_checkArguments() {
    assertAll(
        () -> assertEquals("3900元", Money.ofYuan(3900).format()),
        () -> assertEquals("1.16亿元", Money.of(new BigDecimal("1.16"), Unit.YI_YUAN).format()),
        () -> assertEquals("0.5元", Money.ofYuan(new BigDecimal("0.50")).format()),
        () -> assertThrows(IllegalArgumentException.class, () -> Money.ofYuan(-1)),
        () -> assertThrows(IllegalArgumentException.class, () -> Money.ofYuan(new BigDecimal("-0.01"))),
        () -> assertThrows(IllegalArgumentException.class, () -> Money.ofYuan(new BigDecimal("0.001"))),
        () -> assertThrows(IllegalArgumentException.class, () -> Money.of(new BigDecimal("0.0000001"), Unit.WAN_YUAN)),
        () -> assertThrows(NullPointerException.class, () -> Money.ofYuan(null)),
        () -> assertThrows(NullPointerException.class, () -> Money.of(BigDecimal.ONE, null)),
        () -> assertThrows(NullPointerException.class, () -> Money.of(null, Unit.YUAN)));
  }

  @Test
  void withUnit_keepsAmount_changesFormat() {
    Money m = Money.parse("12400000元").withUnit(Unit.WAN_YUAN);
    assertEquals("1240万元", m.format());
    assertEquals(Money.parse("1240万元"), m);
    assertEquals("0.124亿元", m.withUnit(Unit.YI_YUAN).format());
    assertThrows(NullPointerException.class, () -> m.withUnit(null));
  }

  @Test
  void multipliedBy_upliftOfTheSubsidyCap_isExact() {
    // 3000元 × 1.3 = 3900元, the letter's cap (domain §3).
    assertEquals(Money.ofYuan(3900), Money.ofYuan(3000).multipliedBy(new BigDecimal("1.3"), RoundingMode.HALF_UP));
    assertEquals(Money.ofYuan(840), Money.ofYuan(700).multipliedBy(new BigDecimal("1.2"), RoundingMode.HALF_UP));
  }

  @Test
  void multipliedBy_roundsToTheFenWithTheGivenRule() {
    Money m = Money.parse("0.05元");
    BigDecimal half = new BigDecimal("0.5"); // 0.025元 exactly
    assertAll(
        () -> assertEquals(Money.parse("0.03元"), m.multipliedBy(half, RoundingMode.HALF_UP)),
        () -> assertEquals(Money.parse("0.02元"), m.multipliedBy(half, RoundingMode.HALF_DOWN)),
        () -> assertEquals(Money.parse("0.02元"), m.multipliedBy(half, RoundingMode.HALF_EVEN)),
        () -> assertEquals(Money.parse("0.02元"), m.multipliedBy(half, RoundingMode.FLOOR)),
        () -> assertEquals(Money.parse("0.03元"), m.multipliedBy(half, RoundingMode.CEILING)),
        () -> assertEquals(Money.parse("0.33元"), Money.ofYuan(1).multipliedBy(new BigDecimal("0.333333"), RoundingMode.HALF_UP)),
        () -> assertThrows(ArithmeticException.class, () -> m.multipliedBy(half, RoundingMode.UNNECESSARY)));
  }

  @Test
  void multipliedBy_keepsUnit_zeroFactorGivesZero() {
    Money m = Money.parse("1240万元");
    assertEquals(Unit.WAN_YUAN, m.multipliedBy(new BigDecimal("0.5"), RoundingMode.HALF_UP).unit());
    assertEquals("620万元", m.multipliedBy(new BigDecimal("0.5"), RoundingMode.HALF_UP).format());
    assertTrue(m.multipliedBy(BigDecimal.ZERO, RoundingMode.HALF_UP).isZero());
    assertEquals("0万元", m.multipliedBy(BigDecimal.ZERO, RoundingMode.HALF_UP).format());
  }

  @Test
  void multipliedBy_invalidArguments_throw() {
    Money m = Money.ofYuan(100);
    assertThrows(IllegalArgumentException.class, () -> m.multipliedBy(new BigDecimal("-1"), RoundingMode.HALF_UP));
    assertThrows(NullPointerException.class, () -> m.multipliedBy(BigDecimal.ONE, null));
    assertThrows(NullPointerException.class, () -> m.multipliedBy(null, RoundingMode.HALF_UP));
  }

  @Test
  void plus_addsExactly_keepsThisUnit() {
    Money sum = Money.parse("1240万元").plus(Money.parse("0.01元"));
    assertEquals(new BigDecimal("12400000.01"), sum.yuan());
    assertEquals(Unit.WAN_YUAN, sum.unit());
    assertEquals("1240.000001万元", sum.format());
    assertEquals(Money.parse("1.16亿元"), Money.parse("1亿元").plus(Money.parse("1600万元")));
    assertEquals(Money.parse("0.3元"), Money.parse("0.1元").plus(Money.parse("0.2元")));
    assertEquals(Money.ofYuan(5), Money.ofYuan(5).plus(Money.ZERO));
    assertThrows(NullPointerException.class, () -> Money.ZERO.plus(null));
  }

  @Test
  void min_givesSmaller_thisWhenEqual() {
    Money a = Money.parse("1万元");
    Money b = Money.parse("10000元");
    Money c = Money.parse("3900元");
    assertSame(c, a.min(c));
    assertSame(c, c.min(a));
    assertSame(a, a.min(b), "equal amounts: this one");
    assertSame(b, b.min(a), "equal amounts: this one");
    assertThrows(NullPointerException.class, () -> a.min(null));
  }

  @Test
  void compareTo_ordersByAmountAcrossUnits() {
    List<Money> list = new ArrayList<>(List.of(Money.parse("1.16亿元"), Money.parse("3900元"), Money.parse("1240万元"), Money.parse("0.5元"), Money.ZERO));
    Collections.shuffle(list, new java.util.Random(7));
    Collections.sort(list);
    assertEquals(List.of("0元", "0.5元", "3900元", "1240万元", "1.16亿元"), list.stream().map(Money::format).toList());
    assertTrue(Money.parse("0.01元").compareTo(Money.ZERO) > 0);
    assertTrue(Money.parse("9999元").compareTo(Money.parse("1万元")) < 0);
    // Consistent with equals: a sorted set keeps one of 1万元 and 10000元.
    assertEquals(1, new TreeSet<>(List.of(Money.parse("1万元"), Money.parse("10000元"))).size());
  }

  @Test
  void isZero_onlyForZero() {
    assertTrue(Money.ZERO.isZero());
    assertTrue(Money.parse("0万元").isZero());
    assertFalse(Money.parse("0.01元").isZero());
  }
}
