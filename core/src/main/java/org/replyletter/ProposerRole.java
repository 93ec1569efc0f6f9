package org.replyletter;

import java.util.Optional;

/**
 * The standing of a proposer, as the letter addresses them.
 *
 * @since 0.1.0
 */
public enum ProposerRole {
  /** A CPPCC member (委员). */
  MEMBER("member", "委员"),
  /** A people's congress deputy (代表). */
  DEPUTY("deputy", "代表");

  private final String id;
  private final String label;

  ProposerRole(String id, String label) {
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
  public static Optional<ProposerRole> fromId(String id) {
    for (ProposerRole v : values()) {
      if (v.id.equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
