package org.replyletter.subsidy.internal;

import static org.replyletter.subsidy.internal.Steps.condition;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.replyletter.SubsidyKind;
import org.replyletter.subsidy.Applicant;
import org.replyletter.subsidy.Claim;
import org.replyletter.subsidy.DecisionStep;
import org.replyletter.subsidy.ParameterKey;
import org.replyletter.subsidy.PriorSubsidy;
import org.replyletter.subsidy.ScheduleVersion;
import org.replyletter.subsidy.SkillLevel;
import org.replyletter.subsidy.SubsidyRequest;

/**
 * The eligibility conditions and history limits of one version, checked in a fixed order, one method
 * each. Each check adds the parameters it reads and its condition to the explanation (when one is
 * built) and returns the failed reason codes so far. Steps that do not depend on the request (a
 * parameter read, a condition passed) are built once. Immutable and thread-safe.
 */
final class EligibilityCheck {
  private final ParameterSteps parameters;
  private final boolean registrationRequired;
  private final boolean providerRequired;
  private final boolean excludeStaff;
  private final boolean excludeStudents;
  private final boolean excludePensioners;
  private final int ageLimit;
  private final boolean ageInclusive;
  private final int total;
  private final boolean sameOnce;
  private final boolean noDowngrade;
  private final int windowMonths;
  private final boolean noSecondPayment;
  private final Map<SubsidyCode, DecisionStep> passed = new EnumMap<>(SubsidyCode.class);

  EligibilityCheck(ScheduleVersion v, ParameterSteps parameters) {
    this.parameters = parameters;
    registrationRequired = v.value(ParameterKey.ELIGIBILITY_REGISTRATION_REQUIRED);
    providerRequired = v.value(ParameterKey.ELIGIBILITY_QUALIFIED_PROVIDER_REQUIRED);
    excludeStaff = v.value(ParameterKey.ELIGIBILITY_EXCLUDE_PUBLIC_SECTOR_STAFF);
    excludeStudents = v.value(ParameterKey.ELIGIBILITY_EXCLUDE_NON_GRADUATING_STUDENTS);
    excludePensioners = v.value(ParameterKey.ELIGIBILITY_EXCLUDE_PENSIONERS);
    ageLimit = v.value(ParameterKey.ELIGIBILITY_AGE_LIMIT_PAST_RETIREMENT);
    ageInclusive = v.value(ParameterKey.ELIGIBILITY_AGE_LIMIT_INCLUSIVE);
    total = v.value(ParameterKey.LIMIT_TOTAL);
    sameOnce = v.value(ParameterKey.LIMIT_SAME_OCCUPATION_LEVEL_ONCE);
    noDowngrade = v.value(ParameterKey.LIMIT_NO_DOWNGRADE);
    windowMonths = v.value(ParameterKey.LIMIT_CLAIM_WINDOW_MONTHS);
    noSecondPayment = v.value(ParameterKey.LIMIT_NO_SECOND_PAYMENT);
    for (SubsidyCode code : List.of(SubsidyCode.REGISTRATION, SubsidyCode.PUBLIC_SECTOR, SubsidyCode.STUDENT,
        SubsidyCode.PENSION, SubsidyCode.PROVIDER, SubsidyCode.BORN, SubsidyCode.TOTAL, SubsidyCode.SAME_LEVEL, SubsidyCode.DOWNGRADE,
        SubsidyCode.FUTURE, SubsidyCode.SECOND_PAYMENT)) {
      passed.put(code, Steps.passed(code));
    }
    passed.put(SubsidyCode.AGE, condition(SubsidyCode.AGE, true, "notPast"));
    passed.put(SubsidyCode.WINDOW, condition(SubsidyCode.WINDOW, true, null, Integer.toString(windowMonths)));
  }

  /**
   * Checks every condition. Adds the failed reason codes to the list returned (created on the first
   * failure); when {@code steps} is not null, adds each parameter read and each condition to it.
   *
   * @return the reasons, null when every condition passed
   */
  List<String> check(SubsidyRequest r, List<DecisionStep> steps) {
    List<String> reasons = registration(r, steps, null);
    reasons = publicSector(r, steps, reasons);
    reasons = student(r, steps, reasons);
    reasons = pension(r, steps, reasons);
    reasons = born(r, steps, reasons);
    reasons = age(r, steps, reasons);
    reasons = provider(r, steps, reasons);
    reasons = total(r, steps, reasons);
    reasons = sameLevel(r, steps, reasons);
    reasons = downgrade(r, steps, reasons);
    reasons = future(r, steps, reasons);
    reasons = window(r, steps, reasons);
    return secondPayment(r, steps, reasons);
  }

  private List<String> registration(SubsidyRequest r, List<DecisionStep> steps, List<String> reasons) {
    return ifFlagged(reasons, steps, ParameterKey.ELIGIBILITY_REGISTRATION_REQUIRED, registrationRequired,
        SubsidyCode.REGISTRATION, !r.applicant().registrations().isEmpty());
  }

  private List<String> publicSector(SubsidyRequest r, List<DecisionStep> steps, List<String> reasons) {
    return ifFlagged(reasons, steps, ParameterKey.ELIGIBILITY_EXCLUDE_PUBLIC_SECTOR_STAFF, excludeStaff,
        SubsidyCode.PUBLIC_SECTOR, !r.applicant().publicSectorStaff());
  }

  private List<String> student(SubsidyRequest r, List<DecisionStep> steps, List<String> reasons) {
    read(steps, ParameterKey.ELIGIBILITY_EXCLUDE_NON_GRADUATING_STUDENTS);
    if (!excludeStudents) {
      return reasons;
    }
    Applicant a = r.applicant();
    LocalDate date = r.decisionDate();
    boolean ok = !a.student() || a.isGraduatingOn(date);
    return record(reasons, steps, SubsidyCode.STUDENT, ok, ok ? null : new String[] {
        a.graduationYear().isPresent() ? Integer.toString(a.graduationYear().getAsInt()) : "?",
        Integer.toString(date.getYear())});
  }

  private List<String> pension(SubsidyRequest r, List<DecisionStep> steps, List<String> reasons) {
    return ifFlagged(reasons, steps, ParameterKey.ELIGIBILITY_EXCLUDE_PENSIONERS, excludePensioners,
        SubsidyCode.PENSION, !r.applicant().receivesPension());
  }

  /**
   * A birth date, when given, is not after the decision date; reads no parameter. Without it the
   * age would be negative and pass any age limit.
   */
  private List<String> born(SubsidyRequest r, List<DecisionStep> steps, List<String> reasons) {
    if (r.applicant().birthDate().isEmpty()) {
      return reasons;
    }
    LocalDate born = r.applicant().birthDate().get();
    boolean ok = !born.isAfter(r.decisionDate());
    return record(reasons, steps, SubsidyCode.BORN, ok,
        ok ? null : new String[] {born.toString(), r.decisionDate().toString()});
  }

  /**
   * Past the retirement age: within the age limit; its condition says which way the limit counts.
   * An age that cannot be computed (a birth date after the decision date, refused by {@link #born})
   * is not compared with the limit.
   */
  private List<String> age(SubsidyRequest r, List<DecisionStep> steps, List<String> reasons) {
    read(steps, ParameterKey.ELIGIBILITY_AGE_LIMIT_PAST_RETIREMENT);
    read(steps, ParameterKey.ELIGIBILITY_AGE_LIMIT_INCLUSIVE);
    Applicant a = r.applicant();
    if (a.pastRetirementAge() && a.birthDate().isPresent() && a.birthDate().get().isAfter(r.decisionDate())) {
      if (steps != null) {
        steps.add(condition(SubsidyCode.AGE, false, "unknown", r.decisionDate().toString()));
      }
      return add(reasons, SubsidyCode.AGE);
    }
    if (!a.pastRetirementAge()) {
      if (steps != null) {
        steps.add(passed.get(SubsidyCode.AGE));
      }
      return reasons;
    }
    int age = a.ageOn(r.decisionDate());
    boolean ok = ageInclusive ? age <= ageLimit : age < ageLimit;
    if (steps != null) {
      steps.add(condition(SubsidyCode.AGE, ok, ageInclusive ? "inclusive" : "exclusive",
          Integer.toString(age), Integer.toString(ageLimit)));
    }
    return ok ? reasons : add(reasons, SubsidyCode.AGE);
  }

  private List<String> provider(SubsidyRequest r, List<DecisionStep> steps, List<String> reasons) {
    return ifFlagged(reasons, steps, ParameterKey.ELIGIBILITY_QUALIFIED_PROVIDER_REQUIRED, providerRequired,
        SubsidyCode.PROVIDER, r.claim().providerQualified());
  }

  private List<String> total(SubsidyRequest r, List<DecisionStep> steps, List<String> reasons) {
    read(steps, ParameterKey.LIMIT_TOTAL);
    int received = r.history().size();
    boolean under = received < total;
    return record(reasons, steps, SubsidyCode.TOTAL, under,
        under ? null : new String[] {Integer.toString(received), Integer.toString(total)});
  }

  private List<String> sameLevel(SubsidyRequest r, List<DecisionStep> steps, List<String> reasons) {
    read(steps, ParameterKey.LIMIT_SAME_OCCUPATION_LEVEL_ONCE);
    Claim c = r.claim();
    if (!sameOnce || c.occupation().isEmpty()) {
      return reasons;
    }
    PriorSubsidy same = null;
    for (PriorSubsidy p : r.history()) {
      if (p.kind() == c.kind() && p.occupation().equals(c.occupation()) && p.level().equals(c.level())) {
        same = p;
        break;
      }
    }
    return record(reasons, steps, SubsidyCode.SAME_LEVEL, same == null, same == null ? null : new String[] {
        c.occupation().get(), "@kind." + c.kind().id(), levelArg(c.level()), same.date().toString()});
  }

  private List<String> downgrade(SubsidyRequest r, List<DecisionStep> steps, List<String> reasons) {
    read(steps, ParameterKey.LIMIT_NO_DOWNGRADE);
    Claim c = r.claim();
    if (!noDowngrade || c.kind() != SubsidyKind.SKILL_LEVEL_CERTIFICATE) {
      return reasons;
    }
    PriorSubsidy higher = null;
    SkillLevel level = c.level().get();
    for (PriorSubsidy p : r.history()) {
      if (p.kind() == SubsidyKind.SKILL_LEVEL_CERTIFICATE && p.occupation().equals(c.occupation())
          && p.level().get().isHigherThan(level)) {
        higher = p;
        break;
      }
    }
    return record(reasons, steps, SubsidyCode.DOWNGRADE, higher == null, higher == null ? null : new String[] {
        c.occupation().get(), levelArg(c.level()), levelArg(higher.level()), higher.date().toString()});
  }

  /** Not issued after the decision date; reads no parameter. */
  private List<String> future(SubsidyRequest r, List<DecisionStep> steps, List<String> reasons) {
    LocalDate issued = r.claim().issueDate();
    LocalDate date = r.decisionDate();
    boolean notFuture = !issued.isAfter(date);
    return record(reasons, steps, SubsidyCode.FUTURE, notFuture,
        notFuture ? null : new String[] {issued.toString(), date.toString()});
  }

  private List<String> window(SubsidyRequest r, List<DecisionStep> steps, List<String> reasons) {
    read(steps, ParameterKey.LIMIT_CLAIM_WINDOW_MONTHS);
    LocalDate issued = r.claim().issueDate();
    LocalDate date = r.decisionDate();
    LocalDate last = lastDayToClaim(issued);
    boolean inWindow = !date.isAfter(last);
    if (steps != null) {
      steps.add(inWindow ? passed.get(SubsidyCode.WINDOW) : condition(SubsidyCode.WINDOW, false, null,
          issued.toString(), Integer.toString(windowMonths), last.toString(), date.toString(),
          Long.toString(ChronoUnit.MONTHS.between(issued, date))));
    }
    return inWindow ? reasons : add(reasons, SubsidyCode.WINDOW);
  }

  private List<String> secondPayment(SubsidyRequest r, List<DecisionStep> steps, List<String> reasons) {
    return ifFlagged(reasons, steps, ParameterKey.LIMIT_NO_SECOND_PAYMENT, noSecondPayment,
        SubsidyCode.SECOND_PAYMENT, !r.claim().paidBySkillUpgradeSubsidy());
  }

  /**
   * The last day to claim a certificate issued on {@code issued}. A deadline past the last day a
   * {@link LocalDate} holds (year 999 999 999), where {@code plusMonths} would throw, is that day: no
   * decision date is later, so the window is open.
   */
  private LocalDate lastDayToClaim(LocalDate issued) {
    return issued.isAfter(LocalDate.MAX.minusMonths(windowMonths)) ? LocalDate.MAX : issued.plusMonths(windowMonths);
  }

  private static String levelArg(Optional<SkillLevel> level) {
    return level.map(l -> "@level." + l.id()).orElse("@level.none");
  }

  /** Notes that a parameter was read, when an explanation is built. */
  private void read(List<DecisionStep> steps, ParameterKey<?> key) {
    if (steps != null) {
      steps.add(parameters.of(key));
    }
  }

  /**
   * A condition the version switches on or off with a flag: the flag is read, and when it is on the
   * condition is recorded, without arguments.
   */
  private List<String> ifFlagged(
      List<String> reasons, List<DecisionStep> steps, ParameterKey<Boolean> flag, boolean on, SubsidyCode code,
      boolean ok) {
    read(steps, flag);
    return on ? record(reasons, steps, code, ok, null) : reasons;
  }

  private List<String> record(
      List<String> reasons, List<DecisionStep> steps, SubsidyCode code, boolean ok, String[] args) {
    if (steps != null) {
      steps.add(ok ? passed.get(code) : condition(code, false, null, args == null ? new String[0] : args));
    }
    return ok ? reasons : add(reasons, code);
  }

  private static List<String> add(List<String> reasons, SubsidyCode code) {
    List<String> r = reasons == null ? new ArrayList<>(4) : reasons;
    r.add(code.code());
    return r;
  }
}
