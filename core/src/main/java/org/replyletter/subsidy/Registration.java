package org.replyletter.subsidy;

import java.util.Optional;

/**
 * A real-name registration (实名制登记) at a public employment service; an applicant needs at least one.
 *
 * <p>Constants are immutable and thread-safe; the {@linkplain #id() identifier} is stable and used in JSON.
 *
 * @since 0.1.0
 */
public enum Registration {
  /** Employment registration (就业登记). */
  EMPLOYMENT("employment", "就业登记"),
  /** Unemployment registration (失业登记). */
  UNEMPLOYMENT("unemployment", "失业登记"),
  /** Job-seeking registration (求职登记). */
  JOB_SEEKING("job-seeking", "求职登记"),
  /** Training registration (培训实名制登记). */
  TRAINING("training", "培训登记");

  private final String id;
  private final String label;

  Registration(String id, String label) {
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
  public static Optional<Registration> fromId(String id) {
    for (Registration v : values()) {
      if (v.id.equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
