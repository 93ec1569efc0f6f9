package org.replyletter.subsidy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.replyletter.Money;

/**
 * The one rounding rule of a schedule version: how an uplifted amount becomes a payable amount.
 *
 * <p>Constants are immutable and thread-safe; the {@linkplain #id() identifier} is stable and used in JSON.
 *
 * @since 0.1.0
 */
public enum RoundingRule {
  /** Round half up to whole yuan. */
  HALF_UP_TO_YUAN("half-up-to-yuan", "四舍五入到元"),
  /** Round half up to the fen (0.01元). */
  HALF_UP_TO_FEN("half-up-to-fen", "四舍五入到分");

  private final String id;
  private final String label;

  RoundingRule(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /**
   * Returns the stable identifier used in JSON.
   *
   * @return the identifier, never null
   */
  public String id() {
    return id;
  }

  /**
   * Returns the Chinese label, as policies write it.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }

  /**
   * Applies the rule: multiplies {@code amount} by {@code factor} exactly, then rounds once.
   *
   * @param amount the amount; not null
   * @param factor the factor, 0 or more; not null
   * @return the rounded product, in 元
   */
  public Money apply(Money amount, BigDecimal factor) {
    BigDecimal exact = amount.yuan().multiply(factor);
    return Money.ofYuan(exact.setScale(this == HALF_UP_TO_YUAN ? 0 : 2, RoundingMode.HALF_UP));
  }

  /**
   * Finds the constant with the given {@linkplain #id() identifier}.
   *
   * @param id the identifier; not null
   * @return the constant, or empty if none has this identifier
   */
  public static Optional<RoundingRule> fromId(String id) {
    for (RoundingRule v : values()) {
      if (v.id.equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
