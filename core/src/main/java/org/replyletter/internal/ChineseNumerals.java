package org.replyletter.internal;

/**
 * Chinese numerals as printed in letters: ordinals (一、 二、 … 九十九), terms and sessions (十四届,
 * 三次会议), years written digit by digit (二〇二四); Arabic digits (ASCII or full-width) where letters
 * use them. 〇, ○ and 零 are zero. One implementation for validation and text import. Stateless,
 * thread-safe.
 */
public final class ChineseNumerals {
  private ChineseNumerals() {}

  private static final String DIGITS = "〇一二三四五六七八九";

  /** The value of a Chinese digit (〇, ○, 零, 一..九, 两), or -1. */
  public static int digit(char c) {
    switch (c) {
      case '○':
      case '零':
      case 'Ｏ':
        return 0;
      case '两':
        return 2;
      default:
        return DIGITS.indexOf(c);
    }
  }

  /** True for characters that can be part of a numeral: Chinese digits, 十, 百, ASCII or full-width digits. */
  public static boolean isNumeralChar(char c) {
    return digit(c) >= 0 || c == '十' || c == '百' || Digits.value(c) >= 0;
  }

  /** True for a Chinese (not Arabic) numeral character. */
  public static boolean isChineseNumeralChar(char c) {
    return digit(c) >= 0 || c == '十' || c == '百';
  }

  /**
   * Parses a cardinal in Arabic (ASCII or full-width) digits, or in Chinese numerals below 1000 (十四,
   * 二十, 一百零二). Returns -1 if the text is not such a numeral or is too large.
   */
  public static int parse(CharSequence s) {
    int n = s.length();
    if (n == 0 || n > 9) {
      return -1;
    }
    boolean arabic = true;
    for (int i = 0; i < n; i++) {
      if (Digits.value(s.charAt(i)) < 0) {
        arabic = false;
        break;
      }
    }
    if (arabic) {
      int v = 0;
      for (int i = 0; i < n; i++) {
        v = v * 10 + Digits.value(s.charAt(i));
      }
      return v;
    }
    int total = 0;
    int current = -1;
    int lastUnit = 1000;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      int d = digit(c);
      if (d == 0) {
        if (current > 0) {
          return -1;
        }
        current = -1;
        continue;
      }
      if (d > 0) {
        if (current >= 0) {
          return -1; // two digits in a row: not a cardinal
        }
        current = d;
      } else if (c == '十' || c == '百') {
        int unit = c == '十' ? 10 : 100;
        if (unit >= lastUnit) {
          return -1;
        }
        total += (current < 0 ? 1 : current) * unit;
        current = -1;
        lastUnit = unit;
      } else {
        return -1;
      }
    }
    return total + Math.max(current, 0);
  }

  /**
   * Parses a numeral such as {@code 一}, {@code 十}, {@code 十四}, {@code 二十}, {@code 九十九},
   * {@code 一百零一}, strictly as letters print ordinals (一、 二、 …: no Arabic digits, no 一十四 outside
   * hundreds); returns -1 if the text is not a well-formed numeral from 1 to 999.
   */
  public static int parseOrdinal(String text) {
    if (text == null || text.isEmpty() || text.length() > 7) {
      return -1;
    }
    String s = text.replace('〇', '零').replace('○', '零').replace('两', '二');
    int hundreds = 0;
    int rest = 0;
    int i = 0;
    int bai = s.indexOf('百');
    if (bai >= 0) {
      if (bai != 1) {
        return -1;
      }
      hundreds = digit(s.charAt(0));
      if (hundreds < 1) {
        return -1;
      }
      i = 2;
      if (i == s.length()) {
        return hundreds * 100;
      }
      if (s.charAt(i) == '零') {
        // 一百零五: only a single digit may follow 零.
        if (s.length() != i + 2) {
          return -1;
        }
        int d = digit(s.charAt(i + 1));
        return d >= 1 ? hundreds * 100 + d : -1;
      }
      // 一百一十五 needs its 一 before 十 after a hundred.
      rest = tens(s.substring(i), true);
      return rest >= 10 ? hundreds * 100 + rest : -1;
    }
    rest = tens(s, false);
    return rest >= 1 ? rest : -1;
  }

  /** 1..99 from {@code 一}…{@code 九十九}; {@code 十} alone only when {@code needOne} is false. */
  private static int tens(String s, boolean needOne) {
    int shi = s.indexOf('十');
    if (shi < 0) {
      return s.length() == 1 ? positive(digit(s.charAt(0))) : -1;
    }
    int t;
    if (shi == 0) {
      if (needOne) {
        return -1;
      }
      t = 1;
    } else if (shi == 1) {
      t = digit(s.charAt(0));
      if (t < 1 || (t == 1 && !needOne)) {
        // 一十四 is not written outside hundreds; 十四 is.
        return -1;
      }
    } else {
      return -1;
    }
    int after = s.length() - shi - 1;
    if (after == 0) {
      return t * 10;
    }
    if (after == 1) {
      int u = digit(s.charAt(shi + 1));
      return u >= 1 ? t * 10 + u : -1;
    }
    return -1;
  }

  private static int positive(int d) {
    return d >= 1 ? d : -1;
  }

  /** Parses a year written digit by digit (二〇二四, 二○二四, ２０２４, 2024); -1 if not four digits. */
  public static int parseYear(CharSequence s) {
    if (s.length() != 4) {
      return -1;
    }
    int v = 0;
    for (int i = 0; i < 4; i++) {
      char c = s.charAt(i);
      int d = Digits.value(c) >= 0 ? Digits.value(c) : digit(c);
      if (d < 0) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  /** Formats 1..999 in Chinese numerals: 一, 十, 十四, 二十, 一百零二. */
  public static String format(int n) {
    if (n < 1 || n > 999) {
      throw new IllegalArgumentException("numeral out of range: " + n);
    }
    StringBuilder b = new StringBuilder();
    int hundreds = n / 100;
    int tens = (n / 10) % 10;
    int ones = n % 10;
    if (hundreds > 0) {
      b.append(DIGITS.charAt(hundreds)).append('百');
      if (tens == 0 && ones > 0) {
        b.append('零');
      }
    }
    if (tens > 0) {
      if (tens > 1 || hundreds > 0) {
        b.append(DIGITS.charAt(tens));
      }
      b.append('十');
    }
    if (ones > 0) {
      b.append(DIGITS.charAt(ones));
    }
    return b.toString();
  }
}
