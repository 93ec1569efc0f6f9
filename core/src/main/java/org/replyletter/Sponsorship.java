package org.replyletter;

import java.util.Optional;

/**
 * Whether a proposer led a joint proposal or co-signed it.
 *
 * @since 0.1.0
 */
public enum Sponsorship {
  /** The lead proposer (领衔). */
  LEAD("lead", "领衔"),
  /** A co-signer (联名、附议). */
  CO_SIGNER("co-signer", "联名");

  private final String id;
  private final String label;

  Sponsorship(String id, String label) {
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
  public static Optional<Sponsorship> fromId(String id) {
    for (Sponsorship v : values()) {
      if (v.id.equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
