package org.replyletter.subsidy;

import java.util.Optional;

/**
 * How uplifts (上浮) combine when more than one applies to a claim.
 *
 * <p>Constants are immutable and thread-safe; the {@linkplain #id() identifier} is stable and used in JSON.
 *
 * @since 0.1.0
 */
public enum UpliftCombination {
  /** Only the largest applicable uplift applies (they never stack). */
  LARGEST_ONLY("largest-only", "取最高一项"),
  /** The applicable uplift rates are added. */
  SUM("sum", "累加");

  private final String id;
  private final String label;

  UpliftCombination(String id, String label) {
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
   * Finds the constant with the given {@linkplain #id() identifier}.
   *
   * @param id the identifier; not null
   * @return the constant, or empty if none has this identifier
   */
  public static Optional<UpliftCombination> fromId(String id) {
    for (UpliftCombination v : values()) {
      if (v.id.equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
