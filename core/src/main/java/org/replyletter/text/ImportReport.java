package org.replyletter.text;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.replyletter.internal.ValueStyle;

/**
 * What the importer did with each line of the input: which part of the letter each non-blank line
 * was placed in, which corrections were made, and which text could not be placed.
 *
 * <p>Nothing is lost: every non-blank input line is listed in {@link #placedLines()}, in
 * {@link #unplacedLines()}, or (when only part of it was understood) in both. The character counts
 * ({@link #charactersPlaced()}, {@link #charactersUnplaced()}) are Unicode code points of the
 * non-blank lines without their surrounding whitespace, and add up to the whole.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class ImportReport implements WithImportReport {
  ImportReport() {}

  /**
   * Returns the number of non-blank lines read.
   *
   * @return the count, 0 or more
   */
  public abstract int nonBlankLines();

  /**
   * Returns the lines placed in the letter, in input order, each with the part it was placed in; a
   * line that holds several parts (a document number with {@code 签发人：…}) is listed once per part.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<PlacedLine> placedLines();

  /**
   * Returns the corrections made, in input order.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<TextNormalisation> normalisations();

  /**
   * Returns the text that could not be placed, in input order.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<UnplacedLine> unplacedLines();

  /**
   * Returns how many characters (code points, surrounding whitespace excluded) were placed.
   *
   * @return the count, 0 or more
   */
  public abstract long charactersPlaced();

  /**
   * Returns how many characters (code points, surrounding whitespace excluded) were not placed.
   *
   * @return the count, 0 or more
   */
  public abstract long charactersUnplaced();

  /**
   * Returns the parts of the letter that were recognised, in the printed order of
   * {@link LetterPart}.
   *
   * @return an unmodifiable set, possibly empty
   */
  public final Set<LetterPart> recognisedParts() {
    EnumSet<LetterPart> parts = EnumSet.noneOf(LetterPart.class);
    for (PlacedLine p : placedLines()) {
      parts.add(p.part());
    }
    return java.util.Collections.unmodifiableSet(parts);
  }

  /**
   * Tells whether anything letter-like was recognised. Text in which no part of a letter is
   * recognised gives an empty letter and all of its lines are unplaced.
   *
   * @return true if at least one line was placed
   */
  public final boolean isRecognisable() {
    return !placedLines().isEmpty();
  }

  @Value.Check
  void check() {
    if (nonBlankLines() < 0 || charactersPlaced() < 0 || charactersUnplaced() < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ImportReport}; not thread-safe. */
  public static final class Builder extends ImmutableImportReport.Builder {
    Builder() {}
  }
}
