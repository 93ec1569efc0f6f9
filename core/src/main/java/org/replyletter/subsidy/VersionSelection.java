package org.replyletter.subsidy;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.replyletter.SubsidyKind;
import org.replyletter.internal.ValueStyle;

/**
 * Which date of a claim chooses the version of a {@link SubsidySchedule} applied to it: for
 * certificates the {@linkplain VersionBasis#CERTIFICATE_ISSUE_DATE issue date} or the
 * {@linkplain VersionBasis#DECISION_DATE decision date}, for project training (就业技能培训, 创业培训)
 * the {@linkplain VersionBasis#TRAINING_COMPLETION_DATE completion date} or the decision date; with
 * the source of the choice and a note in Chinese and English. A schedule that declares none (form
 * 1.0) chooses by the decision date ({@link #byDecisionDate()}).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.2.0
 */
@Value.Immutable
@ValueStyle
public abstract class VersionSelection implements WithVersionSelection {
  VersionSelection() {}

  private static final VersionSelection BY_DECISION_DATE =
      builder().certificates(VersionBasis.DECISION_DATE).training(VersionBasis.DECISION_DATE).build();

  /**
   * Returns the basis for the three certificate kinds.
   *
   * @return {@link VersionBasis#CERTIFICATE_ISSUE_DATE} or {@link VersionBasis#DECISION_DATE}
   */
  public abstract VersionBasis certificates();

  /**
   * Returns the basis for the two project-training kinds.
   *
   * @return {@link VersionBasis#TRAINING_COMPLETION_DATE} or {@link VersionBasis#DECISION_DATE}
   */
  public abstract VersionBasis training();

  /**
   * Returns where the choice comes from.
   *
   * @return the source, or empty for the choice of form 1.0 (the decision date)
   */
  public abstract Optional<Source> source();

  /**
   * Returns a note in Chinese on the choice.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns the note in English.
   *
   * @return the note, present exactly when {@link #note()} is
   */
  public abstract Optional<String> noteEn();

  /**
   * Returns the basis for a claim kind.
   *
   * @param kind the kind; not null
   * @return the basis
   */
  public VersionBasis basisFor(SubsidyKind kind) {
    return kind.isTraining() ? training() : certificates();
  }

  /**
   * Returns the date that chooses the version for a request.
   *
   * @param request the request; not null
   * @return the claim's issue date, or the decision date, as {@link #basisFor} says
   */
  public LocalDate dateFor(SubsidyRequest request) {
    return basisFor(request.claim().kind()) == VersionBasis.DECISION_DATE
        ? request.decisionDate()
        : request.claim().issueDate();
  }

  /**
   * Returns the choice of schedule form 1.0: every claim by its decision date, without source.
   *
   * @return the selection
   */
  public static VersionSelection byDecisionDate() {
    return BY_DECISION_DATE;
  }

  @Value.Check
  void check() {
    if (certificates() == VersionBasis.TRAINING_COMPLETION_DATE) {
      throw new IllegalStateException("certificates are chosen by their issue date or the decision date");
    }
    if (training() == VersionBasis.CERTIFICATE_ISSUE_DATE) {
      throw new IllegalStateException("training is chosen by its completion date or the decision date");
    }
    if (note().isPresent() != noteEn().isPresent()) {
      throw new IllegalStateException("a note is given in both languages or in neither");
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

  /** Builds a {@link VersionSelection}; not thread-safe. */
  public static final class Builder extends ImmutableVersionSelection.Builder {
    Builder() {}
  }
}
