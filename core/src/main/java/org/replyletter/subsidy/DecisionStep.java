package org.replyletter.subsidy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.replyletter.internal.ValueStyle;
import org.replyletter.internal.Messages;

/**
 * One step of a decision's explanation: the version chosen, a parameter read (with value and
 * source), a condition checked (passed or failed, with a stable {@linkplain #code() reason code} such
 * as {@code SUB-ELIG-004}), a step of the calculation, or the result.
 *
 * <p>A step is language-neutral; {@link #message(Locale)} renders it in Chinese (the default) or
 * English from the subsidy message bundles. An argument that starts with {@code @} names a message
 * (a label such as {@code @kind.skill-level-certificate}) and is rendered in the same language.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class DecisionStep implements WithDecisionStep {
  DecisionStep() {}

  /**
   * Returns what the step records.
   *
   * @return the kind, never null
   */
  public abstract StepKind kind();

  /**
   * Returns the stable code: a reason code for a condition ({@code SUB-ELIG-*}, {@code SUB-LIM-*}),
   * {@code SUB-VER-*} for the version, {@code SUB-PAR-001} for a parameter, {@code SUB-AMT-*} for
   * the calculation, {@code SUB-DEC-*} for the result. Codes are never reused.
   *
   * @return the code, never null
   */
  public abstract String code();

  /**
   * Returns the outcome.
   *
   * @return passed or failed for a condition; noted otherwise
   */
  public abstract Outcome outcome();

  /**
   * Returns the key of the parameter read, e.g. {@code amount.level-1}.
   *
   * @return the key's identifier, present for parameter steps
   */
  public abstract Optional<String> parameter();

  /**
   * Returns the parameter's value as text, e.g. {@code 3000元}.
   *
   * @return the value, present for parameter steps
   */
  public abstract Optional<String> value();

  /**
   * Returns the parameter's source.
   *
   * @return the source, present for parameter steps
   */
  public abstract Optional<Source> source();

  /**
   * Returns the key of the message; the code unless set.
   *
   * @return the key, never null
   */
  @Value.Default
  public String messageKey() {
    return code();
  }

  /**
   * Returns the message arguments, as text; an argument starting with {@code @} names a label.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<String> arguments();

  /**
   * Tells whether this step is a condition that failed.
   *
   * @return true for a failed condition
   */
  public final boolean isFailure() {
    return outcome() == Outcome.FAILED;
  }

  /**
   * Renders the step in a language: English for English locales, Chinese otherwise.
   *
   * @param locale the locale; not null
   * @return the message, never null
   */
  public String message(Locale locale) {
    return Messages.format(locale, messageKey(), arguments());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DecisionStep}; not thread-safe. */
  public static final class Builder extends ImmutableDecisionStep.Builder {
    Builder() {}
  }
}
