package org.replyletter.subsidy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.replyletter.Money;
import org.replyletter.subsidy.internal.CompiledVersion;
import org.replyletter.subsidy.internal.SubsidyCode;
import org.replyletter.subsidy.internal.Tally;

/**
 * Decides training-subsidy claims by a {@link SubsidySchedule}.
 *
 * <p>For each {@link SubsidyRequest} the calculator applies the version the request names, or else
 * the one version in force on the date the schedule's {@link VersionSelection} names (the
 * certificate's issue date, the training's completion date or the decision date), in the request's
 * jurisdiction when given; it checks every eligibility condition and every
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
    SubsidyDecision.Builder d = SubsidyDecision.builder();
    r.id().ifPresent(d::requestId);
    List<DecisionStep> steps = explain ? new ArrayList<>(64) : null;
    Tally tally = new Tally();
    CompiledVersion chosen = r.version().isPresent() ? named(r, steps, tally, d) : selected(r, steps, tally, d);
    if (chosen == null) {
      if (explain) {
        steps.add(DecisionStep.builder()
            .kind(StepKind.VERSION)
            .code(SubsidyCode.UNCHECKED.code())
            .outcome(Outcome.NOTED)
            .build());
      }
      CompiledVersion.checkWithoutVersion(r, steps, tally);
      return refused(d, steps, tally);
    }
    ScheduleVersion sv = chosen.version();
    d.version(sv.id()).jurisdiction(sv.jurisdiction()).rounding(chosen.rounding());
    chosen.check(r, steps, tally);
    d.warnings(tally.warnings);
    if (!tally.reasons.isEmpty()) {
      return refused(d, steps, tally);
    }
    Money amount = chosen.amount(r.applicant(), r.claim(), tally.shortage);
    Payee payee = chosen.payee(r.claim().kind());
    if (explain) {
      steps.addAll(chosen.calculation(r.applicant(), r.claim(), tally.shortage));
      d.explanation(steps);
    }
    return d.eligible(true).amount(amount).payee(payee).build();
  }

  /**
   * The version the schedule's selection chooses for the request: by the date its basis names, in the
   * request's jurisdiction when given. Null (with the failed reason recorded) when none or several
   * are in force on that date.
   */
  private CompiledVersion selected(SubsidyRequest r, List<DecisionStep> steps, Tally tally, SubsidyDecision.Builder d) {
    VersionSelection selection = schedule.versionSelection();
    VersionBasis basis = selection.basisFor(r.claim().kind());
    LocalDate date = selection.dateFor(r);
    d.versionBasis(basis).versionDate(date);
    if (steps != null) {
      steps.add(CompiledVersion.selection(selection, r.claim().kind()));
    }
    CompiledVersion chosen = null;
    boolean ambiguous = false;
    for (CompiledVersion v : versions) {
      ScheduleVersion sv = v.version();
      if ((r.jurisdiction().isEmpty() || r.jurisdiction().get().equals(sv.jurisdiction())) && sv.isInForceOn(date)) {
        ambiguous |= chosen != null;
        chosen = v;
      }
    }
    if (chosen == null || ambiguous) {
      SubsidyCode code = ambiguous ? SubsidyCode.AMBIGUOUS : SubsidyCode.NO_VERSION;
      tally.fail(code);
      if (steps != null) {
        steps.add(DecisionStep.builder()
            .kind(StepKind.VERSION)
            .code(code.code())
            .outcome(Outcome.FAILED)
            .addArguments("@basis." + basis.id(), date.toString(), r.jurisdiction().orElse("@any"), schedule.name(),
                versionList())
            .build());
      }
      return null;
    }
    if (steps != null) {
      ScheduleVersion sv = chosen.version();
      steps.add(DecisionStep.builder()
          .kind(StepKind.VERSION)
          .code(SubsidyCode.VERSION_APPLIES.code())
          .outcome(Outcome.NOTED)
          .addArguments(
              sv.id(),
              sv.jurisdiction(),
              sv.effectiveFrom().toString(),
              sv.effectiveTo().map(Object::toString).orElse("@open"),
              "@basis." + basis.id(),
              date.toString(),
              r.jurisdiction().isPresent() ? "@chosen.requested" : "@chosen.only")
          .build());
    }
    return chosen;
  }

  /**
   * The version the request names, in the request's jurisdiction when given; null (with the failed
   * reason recorded) when the schedule has no such version. A named version not in force on the
   * date the selection would use is applied with a warning.
   */
  private CompiledVersion named(SubsidyRequest r, List<DecisionStep> steps, Tally tally, SubsidyDecision.Builder d) {
    String id = r.version().get();
    CompiledVersion chosen = null;
    for (CompiledVersion v : versions) {
      if (v.version().id().equals(id)
          && (r.jurisdiction().isEmpty() || r.jurisdiction().get().equals(v.version().jurisdiction()))) {
        chosen = v;
      }
    }
    if (chosen == null) {
      tally.fail(SubsidyCode.NAMED_UNKNOWN);
      if (steps != null) {
        steps.add(DecisionStep.builder()
            .kind(StepKind.VERSION)
            .code(SubsidyCode.NAMED_UNKNOWN.code())
            .outcome(Outcome.FAILED)
            .addArguments(id, r.jurisdiction().orElse("@any"), schedule.name(), versionList())
            .build());
      }
      return null;
    }
    ScheduleVersion sv = chosen.version();
    VersionSelection selection = schedule.versionSelection();
    VersionBasis basis = selection.basisFor(r.claim().kind());
    LocalDate date = selection.dateFor(r);
    if (steps != null) {
      steps.add(DecisionStep.builder()
          .kind(StepKind.VERSION)
          .code(SubsidyCode.VERSION_APPLIES.code())
          .messageKey(SubsidyCode.VERSION_APPLIES.messageKey(".named"))
          .outcome(Outcome.NOTED)
          .addArguments(
              sv.id(), sv.jurisdiction(), sv.effectiveFrom().toString(),
              sv.effectiveTo().map(Object::toString).orElse("@open"))
          .build());
    }
    if (!sv.isInForceOn(date)) {
      tally.warn(SubsidyCode.NAMED_OUTSIDE);
      if (steps != null) {
        steps.add(DecisionStep.builder()
            .kind(StepKind.VERSION)
            .code(SubsidyCode.NAMED_OUTSIDE.code())
            .outcome(Outcome.WARNING)
            .addArguments(sv.id(), "@basis." + basis.id(), date.toString())
            .build());
      }
    }
    return chosen;
  }

  /** The schedule's versions for messages: {@code id (jurisdiction, from – to)}, joined by {@code ; }. */
  private String versionList() {
    List<String> list = new ArrayList<>();
    for (ScheduleVersion v : schedule.versions()) {
      list.add(v.id() + " (" + v.jurisdiction() + ", " + v.effectiveFrom() + " – "
          + v.effectiveTo().map(Object::toString).orElse("") + ")");
    }
    return String.join("; ", list);
  }

  private static SubsidyDecision refused(SubsidyDecision.Builder d, List<DecisionStep> steps, Tally tally) {
    d.warnings(tally.warnings);
    if (steps != null) {
      steps.add(refusal(tally.reasons));
      d.explanation(steps);
    }
    return d.eligible(false).amount(Money.ZERO).reasons(tally.reasons).build();
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
