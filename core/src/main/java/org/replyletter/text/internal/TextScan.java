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

  /** True for a CJK unified ideograph (the characters of names and organs). */
  static boolean isHan(char c) {
    return c >= '\u4E00' && c <= '\u9FFF';
  }

  /**
   * A name printed with spaces for alignment, 刘  华 or 郭 艳: the name without them if every piece
   * is one character, else null (several names separated by spaces, 赵玮  张建凯).
   */
  static String joinSpacedName(String s) {
    String t = TextLine.strip(s);
    if (!containsSpace(t)) {
      return t;
    }
    StringBuilder b = new StringBuilder();
    int run = 0;
    for (int i = 0; i < t.length(); i++) {
      if (TextLine.isSpace(t.charAt(i))) {
        run = 0;
        continue;
      }
      if (++run > 1) {
        return null;
      }
      b.append(t.charAt(i));
    }
    return b.toString();
  }

  /**
   * Where {@code label} ends if it stands at {@code i} of {@code s}, allowing spaces between its
   * characters (联 系 人, 承   办   人); -1 if it does not.
   */
  static int matchSpaced(String s, int i, String label) {
    int j = i;
    for (int k = 0; k < label.length(); k++) {
      if (k > 0) {
        while (j < s.length() && TextLine.isSpace(s.charAt(j))) {
          j++;
        }
      }
      if (j >= s.length() || s.charAt(j) != label.charAt(k)) {
        return -1;
      }
      j++;
    }
    return j;
  }

  /** Index of the colon (： or :) that follows position {@code j} after spaces only, or -1. */
  static int colonAfter(String s, int j) {
    int k = j;
    while (k < s.length() && TextLine.isSpace(s.charAt(k))) {
      k++;
    }
    return k < s.length() && (s.charAt(k) == '：' || s.charAt(k) == ':') ? k : -1;
  }

  /** Index of the last whitespace character of {@code s}, or -1. */
  static int lastSpace(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      if (TextLine.isSpace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The pieces of {@code s} between runs of whitespace. */
  static List<String> splitSpaces(String s) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean space = i == s.length() || TextLine.isSpace(s.charAt(i));
      if (space && start >= 0) {
        out.add(s.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return out;
  }
}
