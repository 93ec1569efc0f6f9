package org.replyletter.subsidy;

import org.replyletter.SubsidyKind;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.replyletter.internal.ValueStyle;

/**
 * What is claimed: a training course completed or a certificate obtained, with the facts that decide
 * its amount and its limits.
 *
 * <p>A skill-level certificate has a {@linkplain #level() level}, no other kind has one; the two
 * certificates of an occupation (专项 and 等级) name the {@linkplain #occupation() occupation}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class Claim implements WithClaim {
  Claim() {}

  /**
   * Returns the kind of claim.
   *
   * @return the kind, never null
   */
  public abstract SubsidyKind kind();

  /**
   * Returns the occupation (职业（工种）), e.g. {@code 电工}.
   *
   * @return the occupation; present for certificates of an occupation, else optional
   */
  public abstract Optional<String> occupation();

  /**
   * Returns the national occupation code (国家职业分类代码, e.g. {@code 6-31-01-03}); when the other side
   * of a comparison (a history entry, a catalogue entry) has one too, codes are compared, not names.
   *
   * @return the code, or empty
   * @since 0.2.0
   */
  public abstract Optional<String> occupationCode();

  /**
   * Returns the level of a skill-level certificate.
   *
   * @return the level, present exactly for {@link SubsidyKind#SKILL_LEVEL_CERTIFICATE}
   */
  public abstract Optional<SkillLevel> level();

  /**
   * Returns the shortage class of the occupation.
   *
   * @return the class; {@link ShortageCategory#NONE} unless set
   */
  @Value.Default
  public ShortageCategory shortageCategory() {
    return ShortageCategory.NONE;
  }

  /**
   * Returns the day the certificate was issued or the training completed; the claim window runs
   * from it.
   *
   * @return the date, never null
   */
  public abstract LocalDate issueDate();

  /**
   * Tells whether the training institution or evaluation body is qualified (recognised by the
   * human-resources department).
   *
   * @return true if qualified
   */
  public abstract boolean providerQualified();

  /**
   * Tells whether this certificate was already paid by the unemployment-insurance 技能提升补贴.
   *
   * @return true if already paid
   */
  @Value.Default
  public boolean paidBySkillUpgradeSubsidy() {
    return false;
  }

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

  /** Builds a {@link Claim}; not thread-safe. */
  public static final class Builder extends ImmutableClaim.Builder {
    Builder() {}
  }
}
