package org.replyletter;

import java.util.Objects;

/**
 * Thrown when text cannot be parsed into one of the library's value types, such as
 * {@link DocumentNumber#parse(CharSequence)} or {@link Money#parse(CharSequence)}.
 *
 * <p>Like {@code java.time.format.DateTimeParseException}, it says <em>where</em> the text went
 * wrong: {@link #getErrorIndex()} is the index of the first character that could not be read.
 *
 * @since 0.1.0
 */
public final class ValueParseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String parsedText;
  private final int errorIndex;

  /**
   * Creates an exception.
   *
   * @param message what is wrong, in English; not null
   * @param parsedText the text that was parsed; not null
   * @param errorIndex index into {@code parsedText} where the problem was found, 0 or more
   */
  public ValueParseException(String message, CharSequence parsedText, int errorIndex) {
    super(Objects.requireNonNull(message, "message"));
    this.parsedText = Objects.requireNonNull(parsedText, "parsedText").toString();
    this.errorIndex = errorIndex;
  }

  /**
   * Returns the text that could not be parsed.
   *
   * @return the text, never null
   */
  public String getParsedText() {
    return parsedText;
  }

  /**
   * Returns the index in {@link #getParsedText()} of the first character that could not be read.
   *
   * @return the index, 0 or more
   */
  public int getErrorIndex() {
    return errorIndex;
  }
}
