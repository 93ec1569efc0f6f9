package org.replyletter.internal;

/**
 * The characters rule RL-TXT-001 reports: control characters (Unicode category Cc) other than tab
 * and line feed, and the bidirectional formatting characters U+202A–U+202E, U+2066–U+2069, U+200E,
 * U+200F and U+061C. Shared by the rule and the JSON reader, which notes them while it reads so that
 * validation can skip the rule when a document holds none.
 */
public final class InvisibleCharacters {
  private InvisibleCharacters() {}

  /** Whether {@code c} is reported. */
  public static boolean isReported(char c) {
    if (c == '\t' || c == '\n') {
      return false;
    }
    // Cc is exactly U+0000–U+001F and U+007F–U+009F; ranges are cheaper than Character.getType.
    return c < '\u0020'
        || (c >= '\u007F' && c <= '\u009F')
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u061C';
  }

  /**
   * Whether {@code c} is certainly not reported, by the cheapest test: printable ASCII, or above
   * U+2069 (most Chinese text). False does not mean reported; ask {@link #isReported}.
   */
  public static boolean isPlainlyVisible(char c) {
    return c > '\u2069' || (c >= ' ' && c < '\u007F');
  }

  /** Whether any character of {@code s} is reported. */
  public static boolean anyReported(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isPlainlyVisible(c) && isReported(c)) {
        return true;
      }
    }
    return false;
  }
}
