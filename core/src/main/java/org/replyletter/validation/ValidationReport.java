package org.replyletter.validation;

import org.replyletter.diagnostics.Severity;
import org.replyletter.diagnostics.Finding;
import org.replyletter.diagnostics.MessageSource;
import java.io.StringWriter;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.replyletter.internal.Messages;
import org.replyletter.internal.NeedsJacksonModule;
import org.replyletter.validation.internal.FindingOrder;
import org.replyletter.validation.internal.ReportJson;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Everything validation found in one document: every {@link Finding}, in a fixed order, and whether
 * the document is {@linkplain #isValid() valid} (has no error).
 *
 * <h2>Order</h2>
 *
 * Findings are sorted deterministically: those with a text location first, by line and column; then
 * by JSON Pointer, segment by segment (array indexes numerically, so {@code /sections/2} comes before
 * {@code /sections/10}); then by code, message key and arguments. The same document always gives the
 * same report.
 *
 * <h2>JSON form</h2>
 *
 * {@link #toJson(Locale)} writes one object with members in this fixed order:
 *
 * <pre>{@code
 * {"source": "letter.json",          // the source name, or null
 *  "valid": false,                   // no finding has severity error
 *  "counts": {"error": 1, "warning": 2, "info": 0},
 *  "findings": [
 *    {"code": "RL-SEC-001", "severity": "warning", "path": "/sections/3/ordinal",
 *     "line": 42, "column": 5,       // null when unknown (a letter validated as a model)
 *     "messageKey": "RL-SEC-001", "arguments": ["四", "拓宽渠道…"],
 *     "message": "…"}]}
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@NeedsJacksonModule
public final class ValidationReport {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  /** The deterministic order of findings described in the class comment. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> f.line().isPresent() ? 0 : 1)
          .thenComparingInt(f -> f.line().orElse(0))
          .thenComparingInt(f -> f.column().orElse(0))
          .thenComparing(Finding::path, FindingOrder::comparePointers)
          .thenComparing(Finding::code)
          .thenComparing(Finding::messageKey)
          .thenComparing(f -> String.join("\u0000", f.arguments()))
          .thenComparing(Finding::severity);

  private final String sourceName;
  private final List<Finding> findings;
  private final Locale locale;
  private final Map<Severity, Integer> counts;
  private final List<? extends MessageSource> messageSources;

  private ValidationReport(
      String sourceName, List<Finding> findings, Locale locale, List<? extends MessageSource> messageSources) {
    this.sourceName = sourceName;
    this.messageSources = messageSources;
    this.findings = findings;
    this.locale = locale;
    Map<Severity, Integer> c = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      c.put(s, 0);
    }
    for (Finding f : findings) {
      c.merge(f.severity(), 1, Integer::sum);
    }
    this.counts = c;
  }

  /**
   * Obtains a report; the findings are sorted in the {@linkplain #ORDER fixed order}.
   *
   * @param sourceName the name of the document, such as a file name; null if unnamed
   * @param findings the findings; not null, no null elements
   * @param locale the default locale of messages; not null
   * @return the report
   * @throws NullPointerException if {@code findings}, an element or {@code locale} is null
   */
  public static ValidationReport of(String sourceName, Collection<Finding> findings, Locale locale) {
    return of(sourceName, findings, locale, List.of());
  }

  /** As {@link #of(String, Collection, Locale)}, with user rules that render their own messages. */
  static ValidationReport of(
      String sourceName, Collection<Finding> findings, Locale locale, List<? extends MessageSource> messageSources) {
    return of(sourceName, findings, locale, messageSources, Integer.MAX_VALUE);
  }

  /**
   * As {@link #of(String, Collection, Locale)}, listing at most {@code maxFindings} findings: the
   * first in the fixed order, then one {@code RL-JSON-012} that counts the rest (and any the reader
   * already counted), at the first of them, with the highest severity among them. Exceeded limits
   * ({@code RL-JSON-009}) are always listed, as the reader lists them.
   */
  static ValidationReport of(
      String sourceName,
      Collection<Finding> findings,
      Locale locale,
      List<? extends MessageSource> messageSources,
      int maxFindings) {
    return new ValidationReport(
        sourceName,
        FindingOrder.sortedAndCapped(findings, maxFindings),
        Objects.requireNonNull(locale, "locale"),
        messageSources);
  }

  /**
   * Returns the name of the validated document.
   *
   * @return the name, or empty if the document was unnamed (e.g. a letter built in code)
   */
  public Optional<String> sourceName() {
    return Optional.ofNullable(sourceName);
  }

  /**
   * Returns every finding, in the fixed order.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the findings of one severity, in the fixed order.
   *
   * @param severity the severity; not null
   * @return an unmodifiable list, possibly empty
   */
  public List<Finding> findings(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return findings.stream().filter(f -> f.severity() == severity).collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /**
   * Tells whether the document has no error; warnings and infos do not make it invalid.
   *
   * @return true if no finding has severity {@link Severity#ERROR}
   */
  public boolean isValid() {
    return counts.get(Severity.ERROR) == 0;
  }

  /**
   * Returns how many findings have the given severity.
   *
   * @param severity the severity; not null
   * @return the count, 0 or more
   */
  public int count(Severity severity) {
    return counts.get(Objects.requireNonNull(severity, "severity"));
  }

  /**
   * Tells whether a finding has the given code; handy in tests and scripts.
   *
   * @param code the code; not null
   * @return true if some finding has it
   */
  public boolean has(String code) {
    Objects.requireNonNull(code, "code");
    return findings.stream().anyMatch(f -> f.code().equals(code));
  }

  /**
   * Returns the default locale of this report's messages (the validator's).
   *
   * @return the locale, never null
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Renders a finding's message: from the library's bundles, or, for a finding of a user's rule or
   * JSON check whose key they lack, from its {@link MessageSource#messagePattern(String, Locale)};
   * failing both, as the key and the arguments. Use this rather than {@link Finding#message(Locale)}
   * to show findings of users' rules and checks.
   *
   * @param finding a finding; not null
   * @param locale the locale; not null
   * @return the message, never null
   */
  public String message(Finding finding, Locale locale) {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(locale, "locale");
    if (!messageSources.isEmpty() && !Messages.bundle(locale).containsKey(finding.messageKey())) {
      for (MessageSource r : messageSources) {
        if (r.reports(finding.code())) {
          Optional<String> pattern = r.messagePattern(finding.messageKey(), locale);
          if (pattern != null && pattern.isPresent()) {
            return new MessageFormat(pattern.get(), locale).format(finding.arguments().toArray());
          }
        }
      }
    }
    return finding.message(locale);
  }

  /**
   * Writes the report in its JSON form (see the class comment), messages in the report's locale.
   *
   * @return compact JSON text, never null
   */
  public String toJson() {
    return toJson(locale);
  }

  /**
   * Writes the report in its JSON form (see the class comment), messages in the given locale.
   *
   * @param locale the locale of messages; not null
   * @return compact JSON text, never null
   */
  public String toJson(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), w)) {
      writeJson(g, locale);
    }
    return w.toString();
  }

  /**
   * Writes the report in its JSON form to a generator, as one object value; for embedding the report
   * in a larger document. The generator is not closed.
   *
   * @param g the generator, positioned where a value may be written; not null
   * @param locale the locale of messages; not null
   */
  public void writeJson(JsonGenerator g, Locale locale) {
    Objects.requireNonNull(g, "g");
    Objects.requireNonNull(locale, "locale");
    ReportJson.write(this, g, locale);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationReport
        && Objects.equals(((ValidationReport) o).sourceName, sourceName)
        && ((ValidationReport) o).findings.equals(findings)
        && ((ValidationReport) o).locale.equals(locale);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sourceName, findings, locale);
  }

  /**
   * Returns a short description: source, validity and counts.
   *
   * @return the description, never null
   */
  @Override
  public String toString() {
    return "ValidationReport{source=" + sourceName + ", valid=" + isValid() + ", errors=" + count(Severity.ERROR)
        + ", warnings=" + count(Severity.WARNING) + ", infos=" + count(Severity.INFO) + "}";
  }
}
