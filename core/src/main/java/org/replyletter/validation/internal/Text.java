package org.replyletter.validation.internal;

/** Text helpers for messages. */
final class Text {
  private Text() {}

  /** Longest excerpt quoted in a message, in code points. */
  static final int EXCERPT = 24;

  /** The text, stripped, cut to {@link #EXCERPT} code points with an ellipsis. */
  static String excerpt(String text) {
    String s = text.strip();
    if (s.codePointCount(0, s.length()) <= EXCERPT) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, EXCERPT)) + "…";
  }
}
