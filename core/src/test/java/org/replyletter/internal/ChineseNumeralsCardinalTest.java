package org.replyletter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChineseNumeralsCardinalTest {

  @Test
  void parse_chineseAndArabic() {
    assertEquals(3, ChineseNumerals.parse("三"));
    assertEquals(10, ChineseNumerals.parse("十"));
    assertEquals(14, ChineseNumerals.parse("十四"));
    assertEquals(20, ChineseNumerals.parse("二十"));
    assertEquals(34, ChineseNumerals.parse("三十四"));
    assertEquals(102, ChineseNumerals.parse("一百零二"));
    assertEquals(110, ChineseNumerals.parse("一百一十"));
    assertEquals(2, ChineseNumerals.parse("两"));
    assertEquals(14, ChineseNumerals.parse("14"));
    assertEquals(14, ChineseNumerals.parse("１４"));
    assertEquals(20, ChineseNumerals.parse("020"));
  }

  @Test
  void parse_notACardinal_isMinusOne() {
    assertEquals(-1, ChineseNumerals.parse(""));
    assertEquals(-1, ChineseNumerals.parse("二四"));
    assertEquals(-1, ChineseNumerals.parse("十十"));
    assertEquals(-1, ChineseNumerals.parse("十百"));
    assertEquals(-1, ChineseNumerals.parse("三届"));
    assertEquals(-1, ChineseNumerals.parse("1234567890"));
  }

  @Test
  void parseYear_digitByDigit_withBothZeros() {
    assertEquals(2024, ChineseNumerals.parseYear("二〇二四"));
    assertEquals(2008, ChineseNumerals.parseYear("二○○八"));
    assertEquals(2024, ChineseNumerals.parseYear("２０２４"));
    assertEquals(-1, ChineseNumerals.parseYear("二〇二"));
    assertEquals(-1, ChineseNumerals.parseYear("二〇二年"));
  }

  @Test
  void format_thenParse_givesTheNumberBack() {
    for (int n = 1; n <= 999; n++) {
      assertEquals(n, ChineseNumerals.parse(ChineseNumerals.format(n)), ChineseNumerals.format(n));
    }
    assertEquals("十四", ChineseNumerals.format(14));
    assertEquals("一百零二", ChineseNumerals.format(102));
  }
}
