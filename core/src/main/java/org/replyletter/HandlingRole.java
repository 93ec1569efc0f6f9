package org.replyletter;

import java.util.Optional;

/**
 * The replying organ's part in handling a proposal assigned to several units (主办/会办/协办), as
 * printed on the letter, e.g. {@code 主办单位：…} or {@code （会办）}.
 *
 * @since 0.1.0 (JSON form 1.1)
 */
public enum HandlingRole {
  /** The lead unit (主办单位), which answers the proposer. */
  LEAD("lead", "主办"),
  /** A jointly handling unit (会办单位), which answers its part. */
  JOINT("joint", "会办"),
  /** An assisting unit (协办单位), which gives its opinion to the lead unit. */
  ASSISTING("assisting", "协办");

  private final String id;
  private final String label;

  HandlingRole(String id, String label) {
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
   * Returns the Chinese label as printed in letters.
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
  public static Optional<HandlingRole> fromId(String id) {
    for (HandlingRole v : values()) {
      if (v.id.equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
