package org.replyletter.diagnostics;

import java.util.Locale;
import java.util.Optional;

/**
 * How serious a {@link Finding} is. A validation report is valid when
 * it has no {@link #ERROR}.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** The document is wrong or unusable as it is. */
  ERROR,
  /** The document is usable but falls short of a requirement or a convention. */
  WARNING,
  /** Worth knowing; nothing to fix. */
  INFO;

  /**
   * Returns the lower-case code used in JSON and on the command line.
   *
   * @return {@code error}, {@code warning} or {@code info}
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Finds the severity with the given {@linkplain #code() code}.
   *
   * @param code the code, e.g. {@code warning}; not null
   * @return the severity, or empty if unknown
   */
  public static Optional<Severity> fromCode(String code) {
    for (Severity s : values()) {
      if (s.code().equals(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
