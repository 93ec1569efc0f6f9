package org.replyletter.text.internal;

import java.util.ArrayList;
import java.util.List;

/** A non-blank input line: its 1-based number and its text without surrounding whitespace. */
final class TextLine {
  final int number;
  final String text;

  TextLine(int number, String text) {
    this.number = number;
    this.text = text;
  }

  /** True for whitespace of any width, including U+3000, U+00A0 and a stray byte-order mark. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  static String strip(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && isSpace(s.charAt(a))) {
      a++;
    }
    while (b > a && isSpace(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }

  /** Removes every whitespace character; used on short structural lines only. */
  static String removeSpaces(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (!isSpace(s.charAt(i))) {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }

  /** Splits at \n, \r\n and \r; keeps the non-blank lines, numbered from 1. */
  static List<TextLine> split(String text) {
    List<TextLine> out = new ArrayList<>();
    int number = 1;
    int start = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      boolean end = i == n;
      char c = end ? '\n' : text.charAt(i);
      if (c == '\n' || c == '\r') {
        String t = strip(text.substring(start, i));
        if (!t.isEmpty()) {
          out.add(new TextLine(number, t));
        }
        number++;
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    return out;
  }

  int length() {
    return text.codePointCount(0, text.length());
  }
}
