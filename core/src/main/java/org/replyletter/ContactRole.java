package org.replyletter;

import java.util.Optional;

/**
 * The role of a person named in the letter's contact lines.
 *
 * @since 0.1.0
 */
public enum ContactRole {
  /** The responsible leader of the handling unit (主管领导). */
  RESPONSIBLE_LEADER("responsible-leader", "主管领导"),
  /** The person who handled the proposal (承办人). */
  HANDLER("handler", "承办人"),
  /** A contact person (联系人), role not stated more precisely. */
  CONTACT("contact", "联系人");

  private final String id;
  private final String label;

  ContactRole(String id, String label) {
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
  public static Optional<ContactRole> fromId(String id) {
    for (ContactRole v : values()) {
      if (v.id.equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
