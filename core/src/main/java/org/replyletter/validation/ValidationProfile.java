package org.replyletter.validation;

import java.util.Optional;

/**
 * What kind of letter is validated, which decides what a complete letter needs. Each built-in code
 * has a severity per profile ({@code core/RULES.md}, {@link LetterValidator#catalogue(ValidationProfile)});
 * {@link ValidationOptions#severityOverrides()} and {@link ValidationOptions#disabledCodes()} apply
 * on top of the profile's severities.
 *
 * @since 0.1.0
 */
public enum ValidationProfile {
  /**
   * The official document as issued (the letter in the handling system, before or when it is sent):
   * it must carry its 版头 and 版记 — document number (文号), signer, disclosure, contacts — besides
   * date and issuing organ. The default.
   */
  ISSUED("issued"),
  /**
   * The web edition a government portal publishes, which typically leaves out the 版头 and 版记
   * (document number, signer, reply type, disclosure line, contacts, attached checklist): their
   * absence is reported as {@code info}, true of the text and no defect of it. Everything the text
   * does say is checked as under {@link #ISSUED}.
   */
  PUBLISHED("published");

  private final String id;

  ValidationProfile(String id) {
    this.id = id;
  }

  /**
   * Returns the stable identifier, as the command line takes it ({@code --profile published}).
   *
   * @return the identifier, never null
   */
  public String id() {
    return id;
  }

  /**
   * Finds the profile with the given {@linkplain #id() identifier}.
   *
   * @param id the identifier; not null
   * @return the profile, or empty if none has this identifier
   */
  public static Optional<ValidationProfile> fromId(String id) {
    for (ValidationProfile p : values()) {
      if (p.id.equals(id)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
