package org.replyletter.subsidy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.replyletter.Money;
import org.replyletter.subsidy.internal.CompiledVersion;
import org.replyletter.subsidy.internal.SubsidyCode;

/**
 * Decides training-subsidy claims by a {@link SubsidySchedule}.
 *
 * <p>For each {@link SubsidyRequest} the calculator chooses the one version in force on the decision
 * date (in the request's jurisdiction, when given), checks every eligibility condition and every
 * history limit, and (when all pass) computes the amount: the base amount of the kind or level, raised
 * by the applicable uplift (the largest alone, unless the version says they add up), rounded once by
 * the version's rounding rule, then capped. Every condition is checked, so a refusal lists all its
 * reasons.
 *
 * <p>{@link #decide(SubsidyRequest)} returns the decision with its explanation;
 * {@link #decideWithoutExplanation(SubsidyRequest)} returns the same decision without it, for bulk
 * work. Amounts and explanation steps that depend only on the version are computed when the
 * calculator is created, so deciding does no arithmetic and no parsing.
 *
 * <p>Instances are immutable and thread-safe: share one across threads.
 *
 * @since 0.1.0
 */
public final class SubsidyCalculator {
  /** No version in force on the decision date (in the requested jurisdiction). */
  public static final String NO_VERSION = SubsidyCode.NO_VERSION.code();
  /** Versions of several jurisdictions in force and the request names none of them. */
  public static final String AMBIGUOUS = SubsidyCode.AMBIGUOUS.code();

  private final SubsidySchedule schedule;
  private final CompiledVersion[] versions;

  private SubsidyCalculator(SubsidySchedule schedule) {
    this.schedule = schedule;
    this.versions = new CompiledVersion[schedule.versions().size()];
    for (int i = 0; i < versions.length; i++) {
      versions[i] = new CompiledVersion(schedule.versions().get(i));
    }
  }

  /**
   * Obtains a calculator for a schedule.
   *
   * @param schedule the schedule; not null
   * @return the calculator
   */
  public static SubsidyCalculator of(SubsidySchedule schedule) {
    return new SubsidyCalculator(Objects.requireNonNull(schedule, "schedule"));
  }

  /**
   * Returns the schedule.
   *
   * @return the schedule, never null
   */
  public SubsidySchedule schedule() {
    return schedule;
  }

  /**
   * Decides a claim and explains the decision.
   *
   * @param request the request; not null
   * @return the decision, with its explanation
   */
  public SubsidyDecision decide(SubsidyRequest request) {
    return decide(request, true);
  }

  /**
   * Decides a claim without building the explanation: the same eligibility, amount, payee, version
   * and reasons as {@link #decide(SubsidyRequest)}, with an empty explanation.
   *
   * @param request the request; not null
   * @return the decision, without explanation
   */
  public SubsidyDecision decideWithoutExplanation(SubsidyRequest request) {
    return decide(request, false);
  }

  /**
   * Decides many claims, in order.
   *
   * @param requests the requests; not null, no null element
   * @param explain whether to build each explanation
   * @return the decisions, one per request in the same order; a new modifiable list
   */
  public List<SubsidyDecision> decideAll(Collection<SubsidyRequest> requests, boolean explain) {
    List<SubsidyDecision> out = new ArrayList<>(requests.size());
    for (SubsidyRequest r : requests) {
      out.add(decide(r, explain));
    }
    return out;
  }

  private SubsidyDecision decide(SubsidyRequest r, boolean explain) {
    Objects.requireNonNull(r, "request");
    CompiledVersion chosen = null;
    boolean ambiguous = false;
    for (CompiledVersion v : versions) {
      ScheduleVersion sv = v.version();
      if ((r.jurisdiction().isEmpty() || r.jurisdiction().get().equals(sv.jurisdiction()))
          && sv.isInForceOn(r.decisionDate())) {
        if (chosen != null) {
          ambiguous = true;
        }
        chosen = v;
      }
    }
    SubsidyDecision.Builder d = SubsidyDecision.builder();
    r.id().ifPresent(d::requestId);
    List<DecisionStep> steps = explain ? new ArrayList<>(48) : null;
    if (chosen == null || ambiguous) {
      String code = ambiguous ? AMBIGUOUS : NO_VERSION;
      if (explain) {
        steps.add(DecisionStep.builder()
            .kind(StepKind.VERSION)
            .code(code)
            .outcome(Outcome.FAILED)
            .addArguments(r.decisionDate().toString(), r.jurisdiction().orElse("@any"), schedule.name())
            .build());
        steps.add(refusal(List.of(code)));
        d.explanation(steps);
      }
      return d.eligible(false).amount(Money.ZERO).addReason(code).build();
    }
    ScheduleVersion sv = chosen.version();
    d.version(sv.id()).jurisdiction(sv.jurisdiction()).rounding(chosen.rounding());
    if (explain) {
      steps.add(DecisionStep.builder()
          .kind(StepKind.VERSION)
          .code(SubsidyCode.VERSION_APPLIES.code())
          .outcome(Outcome.NOTED)
          .addArguments(
              sv.id(),
              sv.jurisdiction(),
              sv.effectiveFrom().toString(),
              sv.effectiveTo().map(Object::toString).orElse("@open"),
              r.decisionDate().toString(),
              r.jurisdiction().isPresent() ? "@chosen.requested" : "@chosen.only")
          .build());
    }
    List<String> reasons = chosen.check(r, steps);
    if (reasons != null) {
      if (explain) {
        steps.add(refusal(reasons));
        d.explanation(steps);
      }
      return d.eligible(false).amount(Money.ZERO).reasons(reasons).build();
    }
    Money amount = chosen.amount(r.applicant(), r.claim());
    Payee payee = chosen.payee(r.claim().kind());
    if (explain) {
      steps.addAll(chosen.calculation(r.applicant(), r.claim()));
      d.explanation(steps);
    }
    return d.eligible(true).amount(amount).payee(payee).build();
  }

  private static DecisionStep refusal(List<String> reasons) {
    return DecisionStep.builder()
        .kind(StepKind.RESULT)
        .outcome(Outcome.NOTED)
        .code(SubsidyCode.NOT_ELIGIBLE.code())
        .addArguments(Integer.toString(reasons.size()), String.join(", ", reasons))
        .build();
  }
}
