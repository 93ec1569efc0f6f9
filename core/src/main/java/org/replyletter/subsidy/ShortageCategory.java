package org.replyletter.subsidy;

import java.util.Optional;

/**
 * Whether an occupation is on the list of urgently needed occupations (急需紧缺职业（工种）目录), and in which class; the class decides the uplift.
 *
 * <p>Constants are immutable and thread-safe; the {@linkplain #id() identifier} is stable and used in JSON.
 *
 * @since 0.1.0
 */
public enum ShortageCategory {
  /** Not a shortage occupation. */
  NONE("none", "非紧缺工种"),
  /** A shortage occupation of the comprehensive-service class (综合服务类). */
  COMPREHENSIVE_SERVICE("comprehensive-service", "综合服务类"),
  /** A shortage occupation of the production-and-manufacturing class (生产制造类). */
  PRODUCTION_MANUFACTURING("production-manufacturing", "生产制造类");

  private final String id;
  private final String label;

  ShortageCategory(String id, String label) {
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
  public static Optional<ShortageCategory> fromId(String id) {
    for (ShortageCategory v : values()) {
      if (v.id.equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
