package org.replyletter;

import java.util.Optional;

/**
 * The disclosure attribute (公开属性) of a letter, per 国办发〔2014〕46号.
 *
 * @since 0.1.0
 */
public enum Disclosure {
  /** Published proactively (主动公开). */
  PUBLIC("public", "主动公开"),
  /** Disclosed on request (依申请公开). */
  ON_REQUEST("on-request", "依申请公开"),
  /** Not disclosed (不予公开). */
  NOT_PUBLIC("not-public", "不予公开");

  private final String id;
  private final String label;

  Disclosure(String id, String label) {
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
  public static Optional<Disclosure> fromId(String id) {
    for (Disclosure v : values()) {
      if (v.id.equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
