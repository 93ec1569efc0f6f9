package org.replyletter.subsidy;

import java.util.Optional;

/**
 * How a version decides a claimed shortage class (急需紧缺职业（工种）) that its {@link ShortageCatalogue}
 * does not confirm: the value of {@link ParameterKey#SHORTAGE_UNCONFIRMED}. Never silently: each outcome
 * is a step of the explanation, and the last two are warnings of the decision.
 *
 * <p>Constants are immutable and thread-safe; the {@linkplain #id() identifier} is stable and used in JSON.
 *
 * @since 0.2.0
 */
public enum UnconfirmedShortage {
  /** The claim is refused (reason {@code SUB-OCC-001}). */
  REFUSE("refuse", "不予受理"),
  /** The claim is decided without the shortage uplift, with warning {@code SUB-OCC-001}. */
  NO_UPLIFT("no-uplift", "按非紧缺工种发放"),
  /** The claimed class is applied, with warning {@code SUB-OCC-001}: a caseworker confirms it. */
  ACCEPT_WITH_WARNING("accept-with-warning", "按申报类别发放并提示");

  private final String id;
  private final String label;

  UnconfirmedShortage(String id, String label) {
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
   * Returns the Chinese label.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }

  /**
   * Finds the constant with the given {@linkplain #id() identifier}.
   *
   * @param id the identifier; not null
   * @return the constant, or empty if none has this identifier
   */
  public static Optional<UnconfirmedShortage> fromId(String id) {
    for (UnconfirmedShortage v : values()) {
      if (v.id.equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
