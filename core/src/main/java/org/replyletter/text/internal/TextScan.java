package org.replyletter.text.internal;

import java.util.ArrayList;
import java.util.List;
import org.replyletter.internal.Digits;
import org.replyletter.text.TextNormalisation.Kind;

/** Small string helpers shared by the zone readers: hand-written scanning, no regular expressions. */
final class TextScan {
  private TextScan() {}

  static int firstOf(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  static int firstDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Digits.value(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  static boolean containsDigit(String s) {
    return firstDigit(s) >= 0;
  }

  static boolean containsSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (TextLine.isSpace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Splits at any of {@code separators} outside brackets: 市政协（含各委，室）stays one piece. */
  static List<String> splitAny(String s, String separators) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int depth = 0;
    for (int i = 0; i <= s.length(); i++) {
      char c = i == s.length() ? 0 : s.charAt(i);
      if ("（(《【".indexOf(c) >= 0 && c != 0) {
        depth++;
      } else if ("）)》】".indexOf(c) >= 0 && c != 0 && depth > 0) {
        depth--;
      }
      if (i == s.length() || depth == 0 && separators.indexOf(c) >= 0) {
        String piece = TextLine.strip(s.substring(start, i));
        if (!piece.isEmpty()) {
          out.add(piece);
        }
        start = i + 1;
      }
    }
    return out;
  }

  /** The text inside one pair of round brackets around the whole of {@code s}, else {@code s}. */
  static String stripParens(String s) {
    if (s.length() >= 2) {
      char a = s.charAt(0);
      char b = s.charAt(s.length() - 1);
      if ((a == '（' || a == '(') && (b == '）' || b == ')')) {
        return s.substring(1, s.length() - 1);
      }
    }
    return s;
  }

  /** {@code s} without leading and trailing spaces and list separators. */
  static String trimSeparators(String s) {
    int a = 0;
    int b = s.length();
    String seps = "，,、；;。.";
    while (a < b && (TextLine.isSpace(s.charAt(a)) || seps.indexOf(s.charAt(a)) >= 0)) {
      a++;
    }
    while (b > a && (TextLine.isSpace(s.charAt(b - 1)) || seps.indexOf(s.charAt(b - 1)) >= 0)) {
      b--;
    }
    return s.substring(a, b);
  }

  /** The text between the first {@code open} and the next {@code close}; null if there is none. */
  static String between(String s, char open, char close) {
    int a = s.indexOf(open);
    if (a < 0) {
      return null;
    }
    int b = s.indexOf(close, a + 1);
    return b < 0 ? null : s.substring(a + 1, b);
  }

  static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /**
   * The text after {@code label} and a colon (full-width, or ASCII recorded as a normalisation), or
   * null if no colon follows the label.
   */
  static String afterLabel(Ledger ledger, TextLine ln, String text, String label) {
    String rest = TextLine.strip(text.substring(label.length()));
    if (rest.startsWith("：")) {
      return TextLine.strip(rest.substring(1));
    }
    if (rest.startsWith(":")) {
      String value = TextLine.strip(rest.substring(1));
      if (!value.isEmpty()) {
        ledger.normalised(ln.number, Kind.ASCII_PUNCTUATION, label + ":", label + "：");
      }
      return value;
    }
    return null;
  }
}
