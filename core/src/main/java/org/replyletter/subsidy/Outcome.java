package org.replyletter.subsidy;

import java.util.Optional;

/**
 * The outcome of one step of an explanation.
 *
 * <p>Constants are immutable and thread-safe; the {@linkplain #id() identifier} is stable and used in JSON.
 *
 * @since 0.1.0
 */
public enum Outcome {
  /** A condition that holds. */
  PASSED("passed", "通过"),
  /** A condition that does not hold: the claim is not eligible. */
  FAILED("failed", "未通过"),
  /** A step that records a fact or a value. */
  NOTED("noted", "记录"),
  /**
   * A condition a caseworker must look at, which does not refuse the claim: its code is one of the
   * decision's {@linkplain SubsidyDecision#warnings() warnings}.
   *
   * @since 0.2.0
   */
  WARNING("warning", "提醒");
  private final String id;
  private final String label;

  Outcome(String id, String label) {
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
  public static Optional<Outcome> fromId(String id) {
    for (Outcome v : values()) {
      if (v.id.equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
