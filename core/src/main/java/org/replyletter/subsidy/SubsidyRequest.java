package org.replyletter.subsidy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.replyletter.internal.NeedsJacksonModule;
import org.replyletter.internal.ValueStyle;

/**
 * One claim to decide: who claims, what, their history of subsidies received, and the date of the
 * decision (which ends the claim window; the schedule's {@link VersionSelection} says whether it or
 * the claim's issue date chooses the version, unless the request names one).
 *
 * <p>Its JSON form is read and written by {@link SubsidyJson}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
@NeedsJacksonModule
public abstract class SubsidyRequest implements WithSubsidyRequest {
  SubsidyRequest() {}

  /**
   * Returns the caller's identifier of the request, echoed in the decision.
   *
   * @return the identifier, or empty
   */
  public abstract Optional<String> id();

  /**
   * Returns the jurisdiction whose rules apply, e.g. {@code 晋江市}; needed only when the schedule has
   * versions of several jurisdictions in force on the decision date.
   *
   * @return the jurisdiction, or empty
   */
  public abstract Optional<String> jurisdiction();

  /**
   * Returns the identifier of the schedule version the caseworker names, e.g. {@code
   * xiamen-2024-06-01}; when given it is applied instead of the one the schedule's
   * {@link VersionSelection} chooses, and the explanation says so.
   *
   * @return the version's identifier, or empty
   * @since 0.2.0
   */
  public abstract Optional<String> version();

  /**
   * Returns the date of the decision.
   *
   * @return the date, never null
   */
  public abstract LocalDate decisionDate();

  /**
   * Returns the applicant.
   *
   * @return the applicant, never null
   */
  public abstract Applicant applicant();

  /**
   * Returns the claim.
   *
   * @return the claim, never null
   */
  public abstract Claim claim();

  /**
   * Returns the subsidies the applicant has already received.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<PriorSubsidy> history();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SubsidyRequest}; not thread-safe. */
  public static final class Builder extends ImmutableSubsidyRequest.Builder {
    Builder() {}
  }
}
