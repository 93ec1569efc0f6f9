package org.replyletter.text;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Thrown when text input cannot be read at all: the file cannot be read (I/O failure), or its bytes
 * are not valid in the charset asked for (a decoding error, with the line and column of the first
 * bad byte). Text that can be read never causes this exception, however little of a letter it
 * contains: that is reported in the {@link ImportReport}.
 *
 * @since 0.1.0
 */
public final class TextInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the input could not be read. */
  public enum Reason {
    /** The file or stream could not be read. */
    IO_FAILURE,
    /** The bytes are not valid in the charset asked for. */
    MALFORMED_INPUT
  }

  private final Reason reason;
  private final String sourceName;
  private final int line;
  private final int column;

  /**
   * Creates an exception.
   *
   * @param reason the reason; not null
   * @param sourceName the file name or other name of the input, or null if unknown
   * @param line the 1-based line of a decoding error, or 0 if none
   * @param column the 1-based column (in characters decoded so far on that line) of a decoding
   *     error, or 0 if none
   * @param message the detail message; not null
   * @param cause the underlying exception, or null
   */
  public TextInputException(
      Reason reason, String sourceName, int line, int column, String message, Throwable cause) {
    super(
        (sourceName == null ? "<input>" : sourceName)
            + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "")
            + ": "
            + message,
        cause);
    this.reason = java.util.Objects.requireNonNull(reason, "reason");
    this.sourceName = sourceName;
    this.line = Math.max(0, line);
    this.column = Math.max(0, column);
  }

  /**
   * Returns why the input could not be read.
   *
   * @return the reason, never null
   */
  public Reason reason() {
    return reason;
  }

  /**
   * Returns the name of the input, such as its file name.
   *
   * @return the name, or empty if the input was unnamed
   */
  public Optional<String> sourceName() {
    return Optional.ofNullable(sourceName);
  }

  /**
   * Returns the 1-based line of the first undecodable byte.
   *
   * @return the line, or empty for an I/O failure
   */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /**
   * Returns the 1-based column (characters decoded before it on its line, plus one) of the first
   * undecodable byte.
   *
   * @return the column, or empty for an I/O failure
   */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }
}
