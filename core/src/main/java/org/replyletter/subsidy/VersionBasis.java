package org.replyletter.subsidy;

import java.util.Optional;

/**
 * The date of a claim that chooses the schedule version applied to it: the day the certificate was
 * issued, the day the training was completed (both the claim's {@link Claim#issueDate()}), or the day
 * the claim is decided. A {@link VersionSelection} says which one a schedule uses for which claims.
 *
 * <p>Constants are immutable and thread-safe; the {@linkplain #id() identifier} is stable and used in JSON.
 *
 * @since 0.2.0
 */
public enum VersionBasis {
  /** The certificate's issue date: a certificate of June decided in July is under June's rules. */
  CERTIFICATE_ISSUE_DATE("certificate-issue-date", "证书颁发日期"),
  /** The day the training was completed. */
  TRAINING_COMPLETION_DATE("training-completion-date", "培训结业日期"),
  /** The day the claim is decided (the only basis of schedule form 1.0). */
  DECISION_DATE("decision-date", "决定日期");

  private final String id;
  private final String label;

  VersionBasis(String id, String label) {
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
  public static Optional<VersionBasis> fromId(String id) {
    for (VersionBasis v : values()) {
      if (v.id.equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
