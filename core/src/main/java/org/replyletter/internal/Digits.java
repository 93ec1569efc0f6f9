package org.replyletter.internal;

/** Digit helpers shared by the parsers: ASCII and full-width digits are both read. */
public final class Digits {
  private Digits() {}

  /** Returns the value of an ASCII or full-width (U+FF10..U+FF19) digit, or -1. */
  public static int value(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '\uFF10' && c <= '\uFF19') {
      return c - '\uFF10';
    }
    return -1;
  }

  /** True for a full-width digit U+FF10..U+FF19. */
  public static boolean isFullWidth(char c) {
    return c >= '\uFF10' && c <= '\uFF19';
  }

  /** Replaces full-width digits and the full-width full stop by their ASCII forms. */
  public static String toAscii(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isFullWidth(c)) {
        b.append((char) ('0' + (c - '\uFF10')));
      } else if (c == '\uFF0E') {
        b.append('.');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
