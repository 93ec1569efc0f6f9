package org.replyletter.subsidy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.replyletter.internal.ValueStyle;

/**
 * The shortage occupations (急需紧缺职业（工种）目录) a {@link ScheduleVersion} confirms claimed shortage
 * classes against: dated, sourced, and saying whether it holds the whole published catalogue or only
 * part of it (possibly nothing). Occupations are matched by code when both sides give one, else by
 * name after normalisation (white space, full and half width, NFKC).
 *
 * <p>A version without a catalogue confirms nothing; what happens to a claimed class that is not
 * confirmed is the version's {@link ParameterKey#SHORTAGE_UNCONFIRMED}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.2.0
 */
@Value.Immutable
@ValueStyle
public abstract class ShortageCatalogue implements WithShortageCatalogue {
  ShortageCatalogue() {}

  /**
   * Returns the document that publishes the catalogue.
   *
   * @return the source, never null
   */
  public abstract Source source();

  /**
   * Returns the date the catalogue was published.
   *
   * @return the date, never null
   */
  public abstract LocalDate published();

  /**
   * Returns how much of the published catalogue {@link #entries()} holds.
   *
   * @return the coverage, never null
   */
  public abstract CatalogueCoverage coverage();

  /**
   * Returns the occupations held, in the catalogue's order.
   *
   * @return an unmodifiable list, possibly empty (then the coverage is partial)
   */
  public abstract List<ShortageEntry> entries();

  /**
   * Returns a note in Chinese, e.g. why entries are missing.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns the note in English.
   *
   * @return the note, present exactly when {@link #note()} is
   */
  public abstract Optional<String> noteEn();

  @Value.Check
  void check() {
    if (entries().isEmpty() && coverage() == CatalogueCoverage.COMPLETE) {
      throw new IllegalStateException("an empty catalogue is partial");
    }
    if (note().isPresent() != noteEn().isPresent()) {
      throw new IllegalStateException("a note is given in both languages or in neither");
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

  /** Builds a {@link ShortageCatalogue}; not thread-safe. */
  public static final class Builder extends ImmutableShortageCatalogue.Builder {
    Builder() {}
  }
}
