package org.replyletter.text;

import org.immutables.value.Value;
import org.replyletter.internal.ValueStyle;

/**
 * An input line that was placed in the letter, and the part it was placed in. A line that was only
 * partly understood is also listed in {@link ImportReport#unplacedLines()} with the part that was
 * not placed.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class PlacedLine implements WithPlacedLine {
  PlacedLine() {}

  /**
   * Returns the 1-based line number in the input.
   *
   * @return the line number, 1 or more
   */
  public abstract int line();

  /**
   * Returns the part the line was placed in.
   *
   * @return the part, never null
   */
  public abstract LetterPart part();

  @Value.Check
  void check() {
    if (line() < 1) {
      throw new IllegalArgumentException("line must be 1 or more: " + line());
    }
  }

  /**
   * Obtains a placed line.
   *
   * @param line the 1-based line number, 1 or more
   * @param part the part; not null
   * @return the placed line
   */
  public static PlacedLine of(int line, LetterPart part) {
    return builder().line(line).part(part).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlacedLine}; not thread-safe. */
  public static final class Builder extends ImmutablePlacedLine.Builder {
    Builder() {}
  }
}
