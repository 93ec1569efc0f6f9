package org.replyletter.text;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Thrown when text input cannot be read at all: the file cannot be read (I/O failure), its bytes
 * are not valid in the charset asked for (a decoding error, with the line and column of the first
 * bad byte), or it exceeds one of the {@linkplain ImportOptions limits} (with the line and column
 * where the limit is crossed, when known). Text that can be read never causes this exception, however little of a letter it
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
    MALFORMED_INPUT,
    /**
     * The input exceeds a limit of {@link ImportOptions}: {@linkplain ImportOptions#maxInputSize()
     * size} (located at the first character over the limit for a text; unlocated for bytes and
     * files, which are refused before decoding), {@linkplain ImportOptions#maxLineLength() line
     * length} (at the first character over the limit on that line) or
     * {@linkplain ImportOptions#maxLines() line count} (at column 1 of the first line over it).
     */
    LIMIT_EXCEEDED
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
   * @param line the 1-based line of a decoding error or exceeded limit, or 0 if none
   * @param column the 1-based column (in characters decoded so far on that line) of a decoding
   *     error or exceeded limit, or 0 if none
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
   * Returns the 1-based line of the first undecodable byte, or where a limit is crossed.
   *
   * @return the line, or empty for an I/O failure or an input refused by its size in bytes
   */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /**
   * Returns the 1-based column (characters decoded before it on its line, plus one) of the first
   * undecodable byte, or of the first character over a limit (1 when too many lines).
   *
   * @return the column, or empty for an I/O failure or an input refused by its size in bytes
   */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }
}
