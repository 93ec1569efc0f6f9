package org.replyletter.subsidy;

import java.util.Optional;

/**
 * Who receives the subsidy.
 *
 * <p>Constants are immutable and thread-safe; the {@linkplain #id() identifier} is stable and used in JSON.
 *
 * @since 0.1.0
 */
public enum Payee {
  /** The applicant (certificate subsidies). */
  INDIVIDUAL("individual", "个人"),
  /** The training institution (project training). */
  INSTITUTION("institution", "培训机构");

  private final String id;
  private final String label;

  Payee(String id, String label) {
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
  public static Optional<Payee> fromId(String id) {
    for (Payee v : values()) {
      if (v.id.equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
