package org.replyletter.text;

import org.immutables.value.Value;
import org.replyletter.internal.ValueStyle;

/**
 * Input text that the importer could not place in the letter: a whole line, or the part of a line
 * left over after the rest was recognised. Kept verbatim (without surrounding whitespace) so that
 * nothing of the input is lost.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class UnplacedLine implements WithUnplacedLine {
  UnplacedLine() {}

  /**
   * Returns the 1-based line number in the input.
   *
   * @return the line number, 1 or more
   */
  public abstract int line();

  /**
   * Returns the text that was not placed.
   *
   * @return the text, never null or blank
   */
  public abstract String text();

  @Value.Check
  void check() {
    if (line() < 1) {
      throw new IllegalArgumentException("line must be 1 or more: " + line());
    }
    if (text().isBlank()) {
      throw new IllegalArgumentException("text must not be blank");
    }
  }

  /**
   * Obtains an unplaced line.
   *
   * @param line the 1-based line number, 1 or more
   * @param text the text; not null, not blank
   * @return the unplaced line
   */
  public static UnplacedLine of(int line, String text) {
    return builder().line(line).text(text).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link UnplacedLine}; not thread-safe. */
  public static final class Builder extends ImmutableUnplacedLine.Builder {
    Builder() {}
  }
}
