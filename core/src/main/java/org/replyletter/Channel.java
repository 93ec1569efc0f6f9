package org.replyletter;

import java.util.Optional;

/**
 * The channel a proposal came through, which fixes who proposes and how the letter addresses them.
 *
 * @since 0.1.0
 */
public enum Channel {
  /** A proposal (提案) of a CPPCC committee (政协), proposed by members (委员). */
  CPPCC_PROPOSAL("cppcc-proposal", "提案"),
  /** A suggestion (建议) of a people's congress (人大), proposed by deputies (代表). */
  NPC_SUGGESTION("npc-suggestion", "建议");

  private final String id;
  private final String label;

  Channel(String id, String label) {
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
  public static Optional<Channel> fromId(String id) {
    for (Channel v : values()) {
      if (v.id.equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
