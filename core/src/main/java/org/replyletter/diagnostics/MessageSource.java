package org.replyletter.diagnostics;

import java.util.Locale;
import java.util.Optional;

/**
 * Messages for findings whose codes are not the library's: a user's rule or JSON check brings the
 * Chinese and English wording of what it reports, so that its findings render in reports like the
 * library's own. <strong>SPI</strong>, implemented by {@code LetterRule} and {@code JsonTreeCheck}.
 *
 * @since 0.1.0
 */
public interface MessageSource {

  /**
   * Returns the message pattern of one of this source's message keys. The pattern is a
   * {@link java.text.MessageFormat} ({@code {0}} is the first argument; a literal apostrophe is
   * written twice). The default has none, and such findings render as their key and arguments.
   *
   * @param messageKey a message key of a finding this source reported; not null
   * @param locale the wanted locale; not null
   * @return the pattern, or empty if there is none for this key
   */
  default Optional<String> messagePattern(String messageKey, Locale locale) {
    return Optional.empty();
  }

  /**
   * Tells whether findings of {@code code} are this source's to word; a report asks only such
   * sources. The default answers yes for every code.
   *
   * @param code a finding's code; not null
   * @return true if this source reports that code
   */
  default boolean reports(String code) {
    return true;
  }
}
