/**
 * Validation of reply letters: one report with every finding, each with a stable code, a severity,
 * a JSON Pointer, a location in the source text and a message in Chinese or English.
 * <strong>API</strong>, with two <strong>SPI</strong>s.
 *
 * <ul>
 *   <li>{@link org.replyletter.validation.LetterValidator} is the entry point: built from
 *       {@link org.replyletter.validation.ValidationOptions}, it validates a
 *       {@link org.replyletter.ReplyLetter} or raw JSON (bytes, string, file, stream) and returns an
 *       immutable {@link org.replyletter.validation.ValidationReport}.
 *   <li>Reports are made of {@link org.replyletter.diagnostics.Finding}s, from
 *       {@code org.replyletter.diagnostics}, which reading and the subsidy calculator share.
 *   <li>SPI {@link org.replyletter.validation.LetterRule}: users' own rules, added through the
 *       options.
 *   <li>SPI {@link org.replyletter.validation.JsonTreeCheck}: checks of the raw JSON tree that other
 *       modules contribute (the JSON Schema check), found with {@link java.util.ServiceLoader}.
 * </ul>
 *
 * <p>The built-in rules live in a non-exported {@code internal} package; their catalogue (codes,
 * default severities, what, why, source) is {@code core/RULES.md}.
 */
package org.replyletter.validation;
