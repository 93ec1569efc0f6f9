package org.replyletter.text.internal;

import org.replyletter.text.TextInputException;

/**
 * The limits of {@code ImportOptions} applied to a text before it is parsed: one pass, stopping at
 * the first limit crossed, in time linear in the part of the text read and without allocation.
 * Stateless; thread-safe.
 */
public final class InputLimits {
  private InputLimits() {}

  /**
   * Checks {@code text} against the limits; line ends are {@code \n}, {@code \r\n} and {@code \r}
   * as in the parser.
   *
   * @param text the text; not null
   * @param maxSize the most characters
   * @param maxLineLength the most characters on one line, line end excluded
   * @param maxLines the most lines, blank ones included
   * @param sourceName the input's name for the exception, or null
   * @throws TextInputException with reason {@code LIMIT_EXCEEDED}, located at the first character
   *     over a limit
   */
  public static void check(CharSequence text, int maxSize, int maxLineLength, int maxLines, String sourceName) {
    int n = text.length();
    int line = 1;
    int column = 1; // column of the next character
    int end = Math.min(n, maxSize);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (i + 1 < n) { // a final line end starts no new line
          line++;
          column = 1;
          if (line > maxLines) {
            throw exceeded(sourceName, line, 1, "more than " + maxLines + " lines", "maxLines");
          }
        }
      } else {
        if (column > maxLineLength) {
          throw exceeded(sourceName, line, column, "line longer than " + maxLineLength + " characters", "maxLineLength");
        }
        column++;
      }
    }
    if (n > maxSize) {
      throw exceeded(sourceName, line, column, n + " characters, more than " + maxSize, "maxInputSize");
    }
  }

  /**
   * The exception for bytes or a file over the size limit, refused before decoding (no line or
   * column).
   *
   * @param size the size found, as words (e.g. {@code "20000000 bytes"})
   * @param maxSize the limit in bytes
   * @param sourceName the input's name, or null
   * @return the exception, to throw
   */
  public static TextInputException tooManyBytes(String size, int maxSize, String sourceName) {
    return new TextInputException(
        TextInputException.Reason.LIMIT_EXCEEDED, sourceName, 0, 0,
        "input too large: " + size + ", limit " + maxSize + " bytes (ImportOptions.maxInputSize)", null);
  }

  private static TextInputException exceeded(String sourceName, int line, int column, String what, String option) {
    return new TextInputException(
        TextInputException.Reason.LIMIT_EXCEEDED, sourceName, line, column,
        "input over a limit: " + what + " (ImportOptions." + option + ")", null);
  }
}
