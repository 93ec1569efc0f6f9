package org.replyletter.subsidy;

import org.replyletter.StatedSubsidy;
import org.replyletter.SubsidyKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.replyletter.Money;
import org.replyletter.internal.ValueStyle;

/**
 * The rules of one jurisdiction in force over one period: every {@link ParameterKey parameter} with
 * its value and source. A change of policy is a new version with a later
 * {@linkplain #effectiveFrom() start}, never an edit of this one; the versions of one jurisdiction
 * in a {@link SubsidySchedule} never overlap.
 *
 * <p>A version is complete by construction: it holds a value of the right type for every key, so
 * deciding a claim never finds a parameter missing.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class ScheduleVersion implements WithScheduleVersion {
  ScheduleVersion() {}

  /**
   * Returns the identifier, unique in its schedule, e.g. {@code jinjiang-2024-07}.
   *
   * @return the identifier, not blank
   */
  public abstract String id();

  /**
   * Returns the jurisdiction the rules apply in, e.g. {@code 晋江市}.
   *
   * @return the jurisdiction, not blank
   */
  public abstract String jurisdiction();

  /**
   * Returns the first day the rules are in force.
   *
   * @return the date, never null
   */
  public abstract LocalDate effectiveFrom();

  /**
   * Returns the last day the rules are in force (inclusive), when the version has ended.
   *
   * @return the date, not before {@link #effectiveFrom()}; empty while in force
   */
  public abstract Optional<LocalDate> effectiveTo();

  /**
   * Returns a short description of the version and why it exists.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns every parameter by key; all keys of {@link ParameterKey#values()} are present.
   *
   * @return an unmodifiable map
   */
  public abstract Map<ParameterKey<?>, Parameter<?>> parameters();

  /**
   * Returns the shortage-occupation catalogue claimed shortage classes are confirmed against.
   *
   * @return the catalogue, or empty when the version has none (nothing is confirmed)
   * @since 0.2.0
   */
  public abstract Optional<ShortageCatalogue> shortageCatalogue();

  /**
   * Returns what of the history counts towards {@link ParameterKey#LIMIT_TOTAL}, as declared.
   *
   * @return the counting, or empty when the version declares none (see {@link #historyCounting()})
   * @since 0.2.0
   */
  public abstract Optional<HistoryCounting> counting();

  /**
   * Returns what of the history counts towards {@link ParameterKey#LIMIT_TOTAL}: the declared
   * {@link #counting()}, else every entry in one group without window, from the limit's source.
   *
   * @return the counting, never null
   * @since 0.2.0
   */
  public HistoryCounting historyCounting() {
    return counting().orElseGet(() -> HistoryCounting.allTogether(parameter(ParameterKey.LIMIT_TOTAL).source()));
  }

  /**
   * Returns one parameter.
   *
   * @param <T> the value type
   * @param key the key; not null
   * @return the parameter, never null
   */
  @SuppressWarnings("unchecked") // The check below guarantees each value has its key's type.
  public <T> Parameter<T> parameter(ParameterKey<T> key) {
    return (Parameter<T>) parameters().get(Objects.requireNonNull(key, "key"));
  }

  /**
   * Returns the value of one parameter.
   *
   * @param <T> the value type
   * @param key the key; not null
   * @return the value, never null
   */
  public <T> T value(ParameterKey<T> key) {
    return parameter(key).value();
  }

  /**
   * Tells whether the version is in force on a date.
   *
   * @param date the date; not null
   * @return true if {@code date} is in {@code [effectiveFrom, effectiveTo]}
   */
  public boolean isInForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom()) && (effectiveTo().isEmpty() || !date.isAfter(effectiveTo().get()));
  }

  /**
   * Tells whether this version's period overlaps another's.
   *
   * @param other the other version; not null
   * @return true if some day is in both periods
   */
  public boolean overlaps(ScheduleVersion other) {
    LocalDate thisEnd = effectiveTo().orElse(LocalDate.MAX);
    LocalDate otherEnd = other.effectiveTo().orElse(LocalDate.MAX);
    return !thisEnd.isBefore(other.effectiveFrom()) && !otherEnd.isBefore(effectiveFrom());
  }

  /**
   * Returns the parameters whose source is an assumption.
   *
   * @return the keys, in {@link ParameterKey#values()} order
   */
  public List<ParameterKey<?>> assumptions() {
    List<ParameterKey<?>> keys = new ArrayList<>();
    for (ParameterKey<?> k : ParameterKey.values()) {
      if (parameters().get(k).isAssumption()) {
        keys.add(k);
      }
    }
    return keys;
  }

  @Value.Check
  void check() {
    if (id().isBlank() || jurisdiction().isBlank()) {
      throw new IllegalStateException("version id and jurisdiction must not be blank");
    }
    if (effectiveTo().isPresent() && effectiveTo().get().isBefore(effectiveFrom())) {
      throw new IllegalStateException(
          "version " + id() + ": effectiveTo " + effectiveTo().get() + " is before effectiveFrom " + effectiveFrom());
    }
    for (ParameterKey<?> k : ParameterKey.values()) {
      Parameter<?> p = parameters().get(k);
      if (p == null) {
        throw new IllegalStateException("version " + id() + ": parameter " + k.id() + " is missing");
      }
      if (!k.accepts(p.value())) {
        throw new IllegalStateException("version " + id() + ": parameter " + k.id() + " has a value of the wrong type or range");
      }
    }
  }

  /**
   * Derives a version from the amounts a letter states, such as the fourth suggestion's
   * "就业技能培训1000元/人 … 紧缺工种最高不超过3900元/人". Each stated amount replaces the
   * corresponding parameter of {@code base} with source {@code letter}: a fixed amount sets its kinds'
   * amounts; a range sets the lowest and highest skill levels (the levels between keep the base's
   * values, which must lie in the range); a cap sets {@link ParameterKey#CAP}. Every other parameter
   * (uplifts, limits, eligibility) is the base's, with the base's source.
   *
   * @param id the new version's identifier; not blank
   * @param effectiveFrom the first day in force; not null
   * @param letter the letter as a source, with reliability {@link Reliability#LETTER}; not null
   * @param stated the stated amounts; not null, may be empty
   * @param base the version giving every parameter the letter does not state; not null
   * @return the new version, in {@code base}'s jurisdiction, open-ended
   * @throws IllegalArgumentException if {@code letter} is not a letter source, a stated subsidy is
   *     inconsistent (a cap with kinds, another without), or a range does not
   *     contain the base's inner levels
   */
  public static ScheduleVersion fromStatedSubsidies(
      String id, LocalDate effectiveFrom, Source letter, List<StatedSubsidy> stated, ScheduleVersion base) {
    Objects.requireNonNull(letter, "letter");
    if (letter.reliability() != Reliability.LETTER) {
      throw new IllegalArgumentException("the source of stated amounts must have reliability LETTER: " + letter.id());
    }
    Builder b = builder()
        .id(id)
        .jurisdiction(base.jurisdiction())
        .effectiveFrom(effectiveFrom)
        .description("由答复函所列标准导出；未列明的参数沿用 " + base.id())
        .putAllParameters(base.parameters());
    for (StatedSubsidy s : stated) {
      // The letter model accepts any stated subsidy (validation reports RL-STS-001/002); a schedule cannot.
      if (s.isCap() != s.kinds().isEmpty()) {
        throw new IllegalArgumentException("a cap names no kinds, any other stated subsidy at least one: " + s);
      }
      if (s.upTo().isPresent()
          && (s.isCap()
              || s.upTo().get().compareTo(s.amount()) < 0
              || !s.kinds().equals(List.of(SubsidyKind.SKILL_LEVEL_CERTIFICATE)))) {
        throw new IllegalArgumentException("a range is stated only for skill-level certificates, low to high: " + s);
      }
      Parameter<Money> low = Parameter.<Money>builder().value(s.amount()).source(letter).note(s.quote()).build();
      if (s.isCap()) {
        b.putParameter(ParameterKey.CAP, low);
        continue;
      }
      for (SubsidyKind kind : s.kinds()) {
        if (kind != SubsidyKind.SKILL_LEVEL_CERTIFICATE) {
          b.putParameter(ParameterKey.amountOf(kind, Optional.empty()), low);
        } else if (s.upTo().isEmpty()) {
          for (SkillLevel level : SkillLevel.values()) {
            b.putParameter(ParameterKey.amountOf(kind, Optional.of(level)), low);
          }
        } else {
          Money high = s.upTo().get();
          for (SkillLevel level : SkillLevel.values()) {
            Money inner = base.value(ParameterKey.amountOf(kind, Optional.of(level)));
            if (level != SkillLevel.LEVEL_5 && level != SkillLevel.LEVEL_1
                && (inner.compareTo(s.amount()) < 0 || inner.compareTo(high) > 0)) {
              throw new IllegalArgumentException(
                  "base amount " + inner + " of " + level.id() + " is outside the stated range " + s.amount() + "–" + high);
            }
          }
          b.putParameter(ParameterKey.AMOUNT_LEVEL_5, low);
          b.putParameter(
              ParameterKey.AMOUNT_LEVEL_1,
              Parameter.<Money>builder().value(high).source(letter).note(s.quote()).build());
        }
      }
    }
    return b.build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScheduleVersion}; not thread-safe. */
  public static final class Builder extends ImmutableScheduleVersion.Builder {
    Builder() {}
  }
}
