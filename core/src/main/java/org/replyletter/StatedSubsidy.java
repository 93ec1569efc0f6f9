package org.replyletter;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.replyletter.internal.NeedsJacksonModule;
import org.replyletter.internal.ValueStyle;
import org.replyletter.internal.JsonValues;

/**
 * A training subsidy as a letter states it, attached to the {@link Disposition} where the letter
 * commits to it: a fixed amount for some kinds ({@code 对取得培训结业证书、专项能力证书的，按500元/人给予补贴}),
 * a range by skill level ({@code 700-3000元/人}), or a cap ({@code 最高可按3900元/人}). The subsidy
 * calculator derives a schedule version from them
 * ({@code org.replyletter.subsidy.ScheduleVersion.fromStatedSubsidies}).
 *
 * <p>Whether a stated subsidy makes sense (a cap names no kinds, anything else at least one; a range
 * only for skill-level certificates, low to high) is checked by validation ({@code RL-STS-001},
 * {@code RL-STS-002}) and by the derivation, not here, so that any letter can be read as written.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
@NeedsJacksonModule
public abstract class StatedSubsidy implements WithStatedSubsidy {
  StatedSubsidy() {}

  /**
   * Returns the kinds of subsidy the amount is for; empty for a cap, which applies to all.
   *
   * @return an unmodifiable list, empty only for a cap
   */
  public abstract List<SubsidyKind> kinds();

  /**
   * Returns the amount: the fixed amount, the low end of a range, or the cap.
   *
   * @return the amount, never null
   */
  public abstract Money amount();

  /**
   * Returns the high end of a range.
   *
   * @return the high end, not below {@link #amount()}; empty for a fixed amount or a cap
   */
  public abstract Optional<Money> upTo();

  /**
   * Tells whether this is the cap on every subsidy.
   *
   * @return true for a cap
   */
  @Value.Default
  public boolean isCap() {
    return false;
  }

  /**
   * Returns the words of the letter, for the explanation.
   *
   * @return the quote, or empty
   */
  public abstract Optional<@NotBlank String> quote();

  /**
   * Returns the members of this object's JSON form that this version of the library does not know;
   * see {@link ReplyLetter#unknownMembers()}.
   *
   * @return an unmodifiable map of member name to a JSON value's text, usually empty
   */
  public abstract Map<String, String> unknownMembers();

  @Value.Check
  void check() {
    JsonValues.requireValues(unknownMembers());
  }


  /**
   * Obtains a fixed amount for one or more kinds.
   *
   * @param amount the amount; not null
   * @param kinds the kinds, at least one; not null
   * @return the stated amount
   */
  public static StatedSubsidy fixed(Money amount, SubsidyKind... kinds) {
    return builder().amount(amount).addKinds(kinds).build();
  }

  /**
   * Obtains a range of skill-level certificate amounts, from 五级 to 一级.
   *
   * @param low the amount for 五级; not null
   * @param high the amount for 一级, not below {@code low}; not null
   * @return the stated amount
   */
  public static StatedSubsidy levelRange(Money low, Money high) {
    return builder().amount(low).upTo(high).addKinds(SubsidyKind.SKILL_LEVEL_CERTIFICATE).build();
  }

  /**
   * Obtains a cap on every subsidy.
   *
   * @param cap the cap; not null
   * @return the stated amount
   */
  public static StatedSubsidy cap(Money cap) {
    return builder().amount(cap).isCap(true).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StatedSubsidy}; not thread-safe. */
  public static final class Builder extends ImmutableStatedSubsidy.Builder {
    Builder() {}
  }
}
