package org.replyletter.subsidy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.replyletter.Money;
import org.replyletter.internal.NeedsJacksonModule;
import org.replyletter.internal.ValueStyle;

/**
 * The decision on one {@link SubsidyRequest}: eligible or not, the exact amount, who is paid, the
 * schedule version and rounding rule used, the codes of the conditions that failed, and (unless the
 * fast path was asked for) the ordered explanation.
 *
 * <p>An ineligible decision has amount 0元 and no payee; its {@link #reasons()} are never empty. An
 * eligible one has no reasons.
 *
 * <p>Its JSON form is written by {@link SubsidyJson#writeDecision}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
@NeedsJacksonModule
public abstract class SubsidyDecision implements WithSubsidyDecision {
  SubsidyDecision() {}

  /**
   * Returns the identifier of the request decided.
   *
   * @return the request's {@link SubsidyRequest#id()}
   */
  public abstract Optional<String> requestId();

  /**
   * Tells whether the claim is eligible.
   *
   * @return true if every condition passed
   */
  public abstract boolean eligible();

  /**
   * Returns the amount granted, rounded by {@link #rounding()}.
   *
   * @return the amount in 元; 0元 when not eligible
   */
  public abstract Money amount();

  /**
   * Returns who is paid.
   *
   * @return the payee, present when eligible
   */
  public abstract Optional<Payee> payee();

  /**
   * Returns the identifier of the schedule version applied.
   *
   * @return the version, or empty when none is in force on the decision date
   */
  public abstract Optional<String> version();

  /**
   * Returns the jurisdiction of the version applied.
   *
   * @return the jurisdiction, or empty when no version applied
   */
  public abstract Optional<String> jurisdiction();

  /**
   * Returns the rounding rule of the version applied (the one rounding rule of the amount).
   *
   * @return the rule, or empty when no version applied
   */
  public abstract Optional<RoundingRule> rounding();

  /**
   * Returns which date of the claim chose the version.
   *
   * @return the basis, or empty when the request named the version or none applied
   * @since 0.2.0
   */
  public abstract Optional<VersionBasis> versionBasis();

  /**
   * Returns the date that chose the version (or found none in force).
   *
   * @return the date, or empty when the request named the version
   * @since 0.2.0
   */
  public abstract Optional<java.time.LocalDate> versionDate();

  /**
   * Returns the codes of the steps a caseworker must look at although the claim is not refused for
   * them (outcome {@link Outcome#WARNING}), in order, e.g. {@code SUB-OCC-001} for a shortage class
   * the catalogue does not confirm.
   *
   * @return an unmodifiable list, possibly empty
   * @since 0.2.0
   */
  public abstract List<String> warnings();

  /**
   * Returns the reason codes of the failed conditions, in the order checked.
   *
   * @return an unmodifiable list, empty exactly when eligible
   */
  public abstract List<String> reasons();

  /**
   * Returns the explanation, in order: version, then each condition after the parameters it read,
   * then the calculation and the result. Empty from the fast path.
   *
   * @return an unmodifiable list
   */
  public abstract List<DecisionStep> explanation();

  /**
   * Renders the explanation, one message per step.
   *
   * @param locale the language: English for English locales, Chinese otherwise; not null
   * @return the messages, in order
   */
  public List<String> explain(Locale locale) {
    List<String> lines = new ArrayList<>(explanation().size());
    for (DecisionStep s : explanation()) {
      lines.add(s.message(locale));
    }
    return lines;
  }

  @Value.Check
  void check() {
    if (eligible() != reasons().isEmpty()) {
      throw new IllegalStateException("a decision is eligible exactly when no condition failed");
    }
    if (!eligible() && (!amount().isZero() || payee().isPresent())) {
      throw new IllegalStateException("an ineligible decision pays nothing to no one");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SubsidyDecision}; not thread-safe. */
  public static final class Builder extends ImmutableSubsidyDecision.Builder {
    Builder() {}
  }
}
