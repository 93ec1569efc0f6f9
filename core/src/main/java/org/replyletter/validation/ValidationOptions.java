package org.replyletter.validation;

import org.replyletter.diagnostics.Severity;
import org.replyletter.diagnostics.Finding;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;
import org.replyletter.internal.ValueStyle;
import org.replyletter.json.ReadLimits;

/**
 * How a {@link LetterValidator} validates: the {@linkplain #profile() profile} (an issued letter or
 * its published web edition), rules switched off by code, severities changed by code, users' own
 * rules, the clock, the message locale and the limits on JSON input. Build with {@link #builder()},
 * e.g.
 *
 * <pre>{@code
 * ValidationOptions options = ValidationOptions.builder()
 *     .profile(ValidationProfile.PUBLISHED)           // a portal's web edition: no 文号 expected
 *     .addDisabledCode("RL-DIS-001")                  // we do not record disclosure
 *     .putSeverityOverride("RL-CON-001", Severity.ERROR) // a contact is mandatory for us
 *     .addRule(new MyOwnRule())
 *     .clock(Clock.fixed(Instant.parse("2024-07-01T00:00:00Z"), ZoneId.of("Asia/Shanghai")))
 *     .build();
 * }</pre>
 *
 * <p>Disabling or overriding a code that no rule reports is allowed (a code may come from a
 * {@link JsonTreeCheck} or a future rule) and has no effect. Two user rules reporting the same code,
 * or a user rule reporting a built-in code, are refused when the validator is created.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class ValidationOptions implements WithValidationOptions {
  ValidationOptions() {}

  /** The zone of the default clock: letters are dated in China. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /**
   * Returns the profile, which sets each built-in code's severity ({@code core/RULES.md});
   * {@link ValidationProfile#ISSUED} unless set. {@link #disabledCodes()} and
   * {@link #severityOverrides()} apply on top of it.
   *
   * @return the profile, never null
   */
  @Value.Default
  public ValidationProfile profile() {
    return ValidationProfile.ISSUED;
  }

  /**
   * Returns the codes whose findings are dropped; a rule all of whose codes are here is not run.
   *
   * @return an unmodifiable set, possibly empty
   */
  public abstract Set<String> disabledCodes();

  /**
   * Returns the severities that replace a code's severity under the {@linkplain #profile() profile}.
   *
   * @return an unmodifiable map from code to severity, possibly empty
   */
  public abstract Map<String, Severity> severityOverrides();

  /**
   * Returns the users' rules, run after the built-in ones, in this order.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<LetterRule> rules();

  /**
   * Returns the clock whose date is "today" for date rules; the system clock in China's time zone
   * ({@code Asia/Shanghai}) unless set.
   *
   * @return the clock, never null
   */
  @Value.Default
  public Clock clock() {
    return Clock.system(CHINA);
  }

  /**
   * Returns the default locale of the reports' messages; Chinese (zh-CN) unless set. English for any
   * locale whose language is {@code en}, Chinese otherwise.
   *
   * @return the locale, never null
   */
  @Value.Default
  public Locale locale() {
    return Finding.ZH_CN;
  }

  /**
   * Tells whether validation of raw JSON runs the {@link JsonTreeCheck}s found by
   * {@link java.util.ServiceLoader} (such as the JSON Schema check of the
   * {@code reply-letter-json-schema} module); true unless set.
   *
   * @return true to run them
   */
  @Value.Default
  public boolean jsonTreeChecks() {
    return true;
  }

  /**
   * Returns the limits on raw JSON input (size, nesting depth, string, number and array length), as
   * for {@link org.replyletter.json.ReplyLetterJson}; an exceeded limit is a located
   * {@code RL-JSON-009} finding. {@link ReadLimits#defaults()} unless set.
   *
   * @return the limits, never null
   */
  @Value.Default
  public ReadLimits readLimits() {
    return ReadLimits.defaults();
  }

  @Value.Check
  void check() {
    Set<String> seen = new HashSet<>();
    for (LetterRule r : rules()) {
      Set<String> codes = r.codes();
      if (codes == null || codes.isEmpty()) {
        throw new IllegalArgumentException("rule " + r.getClass().getName() + " declares no code");
      }
      for (String c : codes) {
        if (!seen.add(c)) {
          throw new IllegalArgumentException("two rules declare the code " + c);
        }
      }
    }
  }

  /**
   * Returns the default options: every rule on, default severities, system clock, Chinese messages.
   *
   * @return the options
   */
  public static ValidationOptions defaults() {
    return builder().build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ValidationOptions}; not thread-safe. */
  public static final class Builder extends ImmutableValidationOptions.Builder {
    Builder() {}
  }
}
