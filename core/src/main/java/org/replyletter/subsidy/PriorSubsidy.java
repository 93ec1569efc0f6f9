package org.replyletter.subsidy;

import org.replyletter.SubsidyKind;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.replyletter.internal.ValueStyle;

/**
 * A subsidy the applicant has already received, as the history rules read it: under which programme,
 * of which kind, for which occupation at which level, and when. Which entries count towards which
 * limit is the version's {@link HistoryCounting}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class PriorSubsidy implements WithPriorSubsidy {
  PriorSubsidy() {}

  /**
   * Returns the kind of subsidy received.
   *
   * @return the kind, never null
   */
  public abstract SubsidyKind kind();

  /**
   * Returns the occupation.
   *
   * @return the occupation; present for certificates of an occupation
   */
  public abstract Optional<String> occupation();

  /**
   * Returns the national occupation code, compared instead of the name when the claim has one too.
   *
   * @return the code, or empty
   * @since 0.2.0
   */
  public abstract Optional<String> occupationCode();

  /**
   * Returns the programme the subsidy was paid under.
   *
   * @return the programme; {@link Programme#TRAINING_SUBSIDY} unless set
   * @since 0.2.0
   */
  @Value.Default
  public Programme programme() {
    return Programme.TRAINING_SUBSIDY;
  }

  /**
   * Returns the level of a skill-level certificate.
   *
   * @return the level, present exactly for {@link SubsidyKind#SKILL_LEVEL_CERTIFICATE}
   */
  public abstract Optional<SkillLevel> level();

  /**
   * Returns the day the subsidy was granted.
   *
   * @return the date, never null
   */
  public abstract LocalDate date();

  @Value.Check
  void check() {
    if (level().isPresent() != (kind() == SubsidyKind.SKILL_LEVEL_CERTIFICATE)) {
      throw new IllegalStateException("a level is given exactly for a skill-level certificate");
    }
    if (kind().requiresOccupation() && occupation().map(String::isBlank).orElse(true)) {
      throw new IllegalStateException("a " + kind().id() + " names its occupation");
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

  /** Builds a {@link PriorSubsidy}; not thread-safe. */
  public static final class Builder extends ImmutablePriorSubsidy.Builder {
    Builder() {}
  }
}
