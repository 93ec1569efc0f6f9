package org.replyletter.subsidy;

import java.util.Optional;

/**
 * How much of a published shortage-occupation catalogue a {@link ShortageCatalogue} holds.
 *
 * <p>Constants are immutable and thread-safe; the {@linkplain #id() identifier} is stable and used in JSON.
 *
 * @since 0.2.0
 */
public enum CatalogueCoverage {
  /** Every entry of the published catalogue: an occupation not listed is not a shortage occupation. */
  COMPLETE("complete", "完整"),
  /** Some entries, possibly none: an occupation not listed may still be on the published catalogue. */
  PARTIAL("partial", "部分");

  private final String id;
  private final String label;

  CatalogueCoverage(String id, String label) {
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
  public static Optional<CatalogueCoverage> fromId(String id) {
    for (CatalogueCoverage v : values()) {
      if (v.id.equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
