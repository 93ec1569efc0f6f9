package org.replyletter.subsidy;

import java.util.Optional;

/**
 * What a step of a decision's explanation records.
 *
 * <p>Constants are immutable and thread-safe; the {@linkplain #id() identifier} is stable and used in JSON.
 *
 * @since 0.1.0
 */
public enum StepKind {
  /** The schedule version chosen, and why. */
  VERSION("version", "版本"),
  /** A parameter read, with its value and source. */
  PARAMETER("parameter", "参数"),
  /** A condition checked, passed or failed. */
  CONDITION("condition", "条件"),
  /** A step of the amount's calculation. */
  CALCULATION("calculation", "计算"),
  /** The decision itself. */
  RESULT("result", "结论");
  private final String id;
  private final String label;

  StepKind(String id, String label) {
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
  public static Optional<StepKind> fromId(String id) {
    for (StepKind v : values()) {
      if (v.id.equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
