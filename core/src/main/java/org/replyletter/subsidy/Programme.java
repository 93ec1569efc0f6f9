package org.replyletter.subsidy;

import java.util.Optional;

/**
 * The subsidy programme a {@link PriorSubsidy} was paid under.
 *
 * <p>Constants are immutable and thread-safe; the {@linkplain #id() identifier} is stable and used in JSON.
 *
 * @since 0.2.0
 */
public enum Programme {
  /** The training subsidy (职业培训补贴) this calculator decides: counted towards its limits. */
  TRAINING_SUBSIDY("training-subsidy", "职业培训补贴"),
  /** The unemployment-insurance skill-upgrade subsidy (技能提升补贴): not counted, but a certificate it paid is not paid again. */
  SKILL_UPGRADE_SUBSIDY("skill-upgrade-subsidy", "失业保险技能提升补贴");

  private final String id;
  private final String label;

  Programme(String id, String label) {
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
  public static Optional<Programme> fromId(String id) {
    for (Programme v : values()) {
      if (v.id.equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
