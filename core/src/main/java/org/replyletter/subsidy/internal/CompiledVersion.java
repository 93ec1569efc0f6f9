package org.replyletter.subsidy.internal;

import java.util.List;
import org.replyletter.Money;
import org.replyletter.SubsidyKind;
import org.replyletter.subsidy.Applicant;
import org.replyletter.subsidy.Claim;
import org.replyletter.subsidy.DecisionStep;
import org.replyletter.subsidy.ParameterKey;
import org.replyletter.subsidy.Payee;
import org.replyletter.subsidy.RoundingRule;
import org.replyletter.subsidy.ScheduleVersion;
import org.replyletter.subsidy.ShortageCategory;
import org.replyletter.subsidy.SubsidyRequest;
import org.replyletter.subsidy.VersionSelection;

/**
 * A {@link ScheduleVersion} prepared for deciding: the {@linkplain ParameterSteps steps of its
 * parameters}, its {@linkplain EligibilityCheck conditions} and its {@linkplain AmountTable amounts}
 * with their calculation, each built once, so that a decision does no arithmetic, no parsing and
 * little allocation. Immutable and thread-safe.
 */
public final class CompiledVersion {
  private final ScheduleVersion version;
  private final EligibilityCheck eligibility;
  private final AmountTable amounts;
  private final Payee payeeTraining;
  private final Payee payeeCertificate;
  private final RoundingRule rounding;

  /** Compiles a version. */
  public CompiledVersion(ScheduleVersion v) {
    this.version = v;
    ParameterSteps parameters = new ParameterSteps(v);
    this.eligibility = new EligibilityCheck(v, parameters);
    this.amounts = new AmountTable(v, parameters);
    this.payeeTraining = v.value(ParameterKey.PAYEE_TRAINING);
    this.payeeCertificate = v.value(ParameterKey.PAYEE_CERTIFICATE);
    this.rounding = v.value(ParameterKey.ROUNDING);
  }

  /** The version. */
  public ScheduleVersion version() {
    return version;
  }

  /** The amount an eligible claim gets, with the shortage class the check confirmed. */
  public Money amount(Applicant a, Claim c, ShortageCategory shortage) {
    return amounts.amount(a, c, shortage);
  }

  /** The calculation steps of an eligible claim, ending with the result. */
  public List<DecisionStep> calculation(Applicant a, Claim c, ShortageCategory shortage) {
    return amounts.calculation(a, c, shortage);
  }

  /** Who is paid for a claim of {@code kind}. */
  public Payee payee(SubsidyKind kind) {
    return kind.isTraining() ? payeeTraining : payeeCertificate;
  }

  /** The rounding rule. */
  public RoundingRule rounding() {
    return rounding;
  }

  /**
   * Checks every condition, recording failed reasons, warnings and the confirmed shortage class in
   * {@code tally}; when {@code steps} is not null, adds each parameter read and each condition to it.
   */
  public void check(SubsidyRequest r, List<DecisionStep> steps, Tally tally) {
    eligibility.check(r, steps, tally);
  }

  /** The step saying which date of a claim of {@code kind} chooses its version, and on what authority. */
  public static DecisionStep selection(VersionSelection s, SubsidyKind kind) {
    return VersionSteps.selection(s, kind);
  }

  /** Checks the conditions that read no parameter, for a request no version applies to. */
  public static void checkWithoutVersion(SubsidyRequest r, List<DecisionStep> steps, Tally tally) {
    EligibilityCheck.checkWithoutVersion(r, steps, tally);
  }
}
