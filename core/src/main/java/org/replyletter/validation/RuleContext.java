package org.replyletter.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a {@link LetterRule} may know besides the letter: the clock of the validation run, so that
 * date rules are testable and reproducible.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RuleContext {
  private final Clock clock;

  private RuleContext(Clock clock) {
    this.clock = clock;
  }

  /**
   * Obtains a context.
   *
   * @param clock the clock whose date is "today"; not null
   * @return the context
   * @throws NullPointerException if {@code clock} is null
   */
  public static RuleContext of(Clock clock) {
    return new RuleContext(Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Returns the clock of this run.
   *
   * @return the clock, never null
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Returns today's date in the clock's time zone.
   *
   * @return the date, never null
   */
  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
