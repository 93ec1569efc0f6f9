package org.replyletter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChineseNumeralsOrdinalTest {
  @Test
  void format_thenParse_roundTrips1To999() {
    for (int n = 1; n <= 999; n++) {
      assertEquals(n, ChineseNumerals.parseOrdinal(ChineseNumerals.format(n)), ChineseNumerals.format(n));
    }
  }

  @Test
  void format_usualForms() {
    assertEquals("一", ChineseNumerals.format(1));
    assertEquals("十", ChineseNumerals.format(10));
    assertEquals("十四", ChineseNumerals.format(14));
    assertEquals("二十", ChineseNumerals.format(20));
    assertEquals("九十九", ChineseNumerals.format(99));
    assertEquals("一百零一", ChineseNumerals.format(101));
    assertEquals("一百一十五", ChineseNumerals.format(115));
  }

  @Test
  void parse_variantsAndRejects() {
    assertEquals(3, ChineseNumerals.parseOrdinal("三"));
    assertEquals(2, ChineseNumerals.parseOrdinal("两"));
    assertEquals(105, ChineseNumerals.parseOrdinal("一百〇五"));
    for (String bad : new String[] {"", "零", "一十四", "十十", "三、", "1", "百", "十一二", "二百零", "甲"}) {
      assertEquals(-1, ChineseNumerals.parseOrdinal(bad), bad);
    }
  }
}
