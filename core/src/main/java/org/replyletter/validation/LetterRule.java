package org.replyletter.validation;

import org.replyletter.diagnostics.Finding;
import org.replyletter.diagnostics.MessageSource;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.replyletter.ReplyLetter;

/**
 * A completeness or consistency rule on a {@link ReplyLetter}. The built-in rules implement it, and
 * so can users' own rules, added with {@link ValidationOptions.Builder#addRule(LetterRule)}.
 * <strong>SPI.</strong>
 *
 * <p>A rule checks one concern and reports each problem once. When the part it checks is absent it
 * passes: absence is the business of a "required" rule, so that one problem gives one finding, not
 * a cascade.
 *
 * <p>Implementations must be immutable and thread-safe: one validator runs its rules concurrently on
 * different letters. A rule should not throw; if it does, the validator reports {@code RL-VAL-001}
 * naming the rule instead of failing the whole validation.
 *
 * @since 0.1.0
 */
public interface LetterRule extends MessageSource {

  /**
   * Returns every code this rule may report. The validator uses it to skip a rule all of whose codes
   * are switched off, and rejects options that register two rules reporting the same code. Codes
   * starting with {@code RL-} are the library's: a user's rule must use its own prefix, e.g.
   * {@code MY-001}.
   *
   * @return an unmodifiable, non-empty set of stable codes, e.g. {@code [RL-DOC-001]}; never null
   */
  Set<String> codes();

  /**
   * Checks a letter.
   *
   * @param letter the letter; not null
   * @param context the clock and other facts of this validation run; not null
   * @return the findings, each with one of {@link #codes()} and a JSON Pointer into the letter's JSON
   *     form; empty if the letter passes; never null
   */
  List<Finding> check(ReplyLetter letter, RuleContext context);

  /**
   * Returns the message pattern of one of this rule's message keys, so that its findings render in
   * reports like the library's own ({@link ValidationReport#message(Finding, Locale)}). The pattern is
   * a {@link java.text.MessageFormat} ({@code {0}} is the first argument; a literal apostrophe is
   * written twice). The default has none, and such findings render as their key and arguments.
   *
   * @param messageKey a message key of a finding this rule reported; not null
   * @param locale the wanted locale; not null
   * @return the pattern, or empty if the rule has none for this key
   * @since 0.1.0
   */
  @Override
  default Optional<String> messagePattern(String messageKey, Locale locale) {
    return Optional.empty();
  }

  /**
   * Tells whether {@code code} is one of this rule's {@link #codes()}: a report asks a rule to word
   * only its own findings.
   *
   * @param code a finding's code; not null
   * @return true if this rule reports that code
   */
  @Override
  default boolean reports(String code) {
    return codes().contains(code);
  }
}
