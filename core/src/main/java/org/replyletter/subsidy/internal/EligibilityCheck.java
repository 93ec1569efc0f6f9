package org.replyletter.subsidy.internal;

import static org.replyletter.subsidy.internal.Steps.condition;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.replyletter.SubsidyKind;
import org.replyletter.internal.Messages;
import org.replyletter.subsidy.Applicant;
import org.replyletter.subsidy.CatalogueCoverage;
import org.replyletter.subsidy.Claim;
import org.replyletter.subsidy.CountGroup;
import org.replyletter.subsidy.DecisionStep;
import org.replyletter.subsidy.HistoryCounting;
import org.replyletter.subsidy.Outcome;
import org.replyletter.subsidy.ParameterKey;
import org.replyletter.subsidy.PriorSubsidy;
import org.replyletter.subsidy.Programme;
import org.replyletter.subsidy.ScheduleVersion;
import org.replyletter.subsidy.ShortageCatalogue;
import org.replyletter.subsidy.ShortageCategory;
import org.replyletter.subsidy.ShortageEntry;
import org.replyletter.subsidy.SkillLevel;
import org.replyletter.subsidy.StepKind;
import org.replyletter.subsidy.SubsidyRequest;
import org.replyletter.subsidy.UnconfirmedShortage;

/**
 * The eligibility conditions and history limits of one version, checked in a fixed order, one method
 * each. Each check adds the parameters it reads and its condition to the explanation (when one is
 * built) and records failed reasons and warnings in the {@link Tally}. Steps that do not depend on the
 * request (a parameter read, a condition passed) are built once. Occupations are compared as
 * {@link Occupations} says. Immutable and thread-safe.
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
  private final List<SubsidyKind> upliftKinds;
  private final UnconfirmedShortage unconfirmed;
  private final Optional<ShortageCatalogue> catalogue;
  private final HistoryCounting counting;
  private final DecisionStep catalogueStep;
  private final DecisionStep countingStep;
  private final Map<SubsidyCode, DecisionStep> passed = new EnumMap<>(SubsidyCode.class);
  private final int comprehensiveRate;
  private final int manufacturingRate;

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
    upliftKinds = v.value(ParameterKey.UPLIFT_APPLIES_TO);
    unconfirmed = v.value(ParameterKey.SHORTAGE_UNCONFIRMED);
    catalogue = v.shortageCatalogue();
    comprehensiveRate = v.value(ParameterKey.UPLIFT_COMPREHENSIVE_SERVICE).signum();
    manufacturingRate = v.value(ParameterKey.UPLIFT_PRODUCTION_MANUFACTURING).signum();
    counting = v.historyCounting();
    catalogueStep = VersionSteps.catalogue(catalogue);
    countingStep = VersionSteps.counting(counting);
    for (SubsidyCode code : List.of(SubsidyCode.REGISTRATION, SubsidyCode.PUBLIC_SECTOR, SubsidyCode.STUDENT,
        SubsidyCode.PENSION, SubsidyCode.PROVIDER, SubsidyCode.BORN, SubsidyCode.SAME_LEVEL, SubsidyCode.DOWNGRADE,
        SubsidyCode.FUTURE, SubsidyCode.SECOND_PAYMENT)) {
      passed.put(code, Steps.passed(code));
    }
    passed.put(SubsidyCode.AGE, condition(SubsidyCode.AGE, true, "notPast"));
  }

  /**
   * Checks every condition, recording failures, warnings and the shortage class in {@code tally};
   * when {@code steps} is not null, adds each parameter read and each condition to it.
   */
  void check(SubsidyRequest r, List<DecisionStep> steps, Tally tally) {
    registration(r, steps, tally);
    publicSector(r, steps, tally);
    student(r, steps, tally);
    pension(r, steps, tally);
    born(r, steps, tally, passed.get(SubsidyCode.BORN));
    age(r, steps, tally);
    provider(r, steps, tally);
    shortage(r, steps, tally);
    total(r, steps, tally);
    sameLevel(r, steps, tally);
    downgrade(r, steps, tally);
    future(r, steps, tally, passed.get(SubsidyCode.FUTURE));
    window(r, steps, tally);
    secondPayment(r, steps, tally);
  }

  /**
   * The conditions that read no parameter, checked when no version applies so that a refusal still
   * lists every reason it can: the birth date and the issue date against the decision date.
   */
  static void checkWithoutVersion(SubsidyRequest r, List<DecisionStep> steps, Tally tally) {
    born(r, steps, tally, Steps.passed(SubsidyCode.BORN));
    future(r, steps, tally, Steps.passed(SubsidyCode.FUTURE));
  }

  private void registration(SubsidyRequest r, List<DecisionStep> steps, Tally tally) {
    ifFlagged(tally, steps, ParameterKey.ELIGIBILITY_REGISTRATION_REQUIRED, registrationRequired,
        SubsidyCode.REGISTRATION, !r.applicant().registrations().isEmpty());
  }

  private void publicSector(SubsidyRequest r, List<DecisionStep> steps, Tally tally) {
    ifFlagged(tally, steps, ParameterKey.ELIGIBILITY_EXCLUDE_PUBLIC_SECTOR_STAFF, excludeStaff,
        SubsidyCode.PUBLIC_SECTOR, !r.applicant().publicSectorStaff());
  }

  private void student(SubsidyRequest r, List<DecisionStep> steps, Tally tally) {
    read(steps, ParameterKey.ELIGIBILITY_EXCLUDE_NON_GRADUATING_STUDENTS);
    if (!excludeStudents) {
      return;
    }
    Applicant a = r.applicant();
    LocalDate date = r.decisionDate();
    boolean ok = !a.student() || a.isGraduatingOn(date);
    if (ok) {
      record(tally, steps, SubsidyCode.STUDENT, true, null);
    } else if (a.graduationYear().isPresent()) {
      failed(tally, steps, SubsidyCode.STUDENT, null,
          Integer.toString(a.graduationYear().getAsInt()), Integer.toString(date.getYear()));
    } else {
      failed(tally, steps, SubsidyCode.STUDENT, "noYear", Integer.toString(date.getYear()));
    }
  }

  private void pension(SubsidyRequest r, List<DecisionStep> steps, Tally tally) {
    ifFlagged(tally, steps, ParameterKey.ELIGIBILITY_EXCLUDE_PENSIONERS, excludePensioners,
        SubsidyCode.PENSION, !r.applicant().receivesPension());
  }

  /**
   * A birth date, when given, is not after the decision date; reads no parameter. Without this check
   * the age would be negative and pass any age limit.
   */
  private static void born(SubsidyRequest r, List<DecisionStep> steps, Tally tally, DecisionStep passedStep) {
    if (r.applicant().birthDate().isEmpty()) {
      return;
    }
    LocalDate born = r.applicant().birthDate().get();
    if (!born.isAfter(r.decisionDate())) {
      add(steps, passedStep);
    } else {
      failed(tally, steps, SubsidyCode.BORN, null, born.toString(), r.decisionDate().toString());
    }
  }

  /**
   * Past the retirement age: within the age limit; its condition says which way the limit counts.
   * An age that cannot be computed (a birth date after the decision date) is not within any limit.
   */
  private void age(SubsidyRequest r, List<DecisionStep> steps, Tally tally) {
    read(steps, ParameterKey.ELIGIBILITY_AGE_LIMIT_PAST_RETIREMENT);
    read(steps, ParameterKey.ELIGIBILITY_AGE_LIMIT_INCLUSIVE);
    Applicant a = r.applicant();
    if (!a.pastRetirementAge()) {
      add(steps, passed.get(SubsidyCode.AGE));
      return;
    }
    if (a.birthDate().isPresent() && a.birthDate().get().isAfter(r.decisionDate())) {
      failed(tally, steps, SubsidyCode.AGE, "unknown", r.decisionDate().toString());
      return;
    }
    int age = a.ageOn(r.decisionDate());
    boolean ok = ageInclusive ? age <= ageLimit : age < ageLimit;
    add(steps, () -> condition(SubsidyCode.AGE, ok, ageInclusive ? "inclusive" : "exclusive",
        Integer.toString(age), Integer.toString(ageLimit)));
    if (!ok) {
      tally.fail(SubsidyCode.AGE);
    }
  }

  private void provider(SubsidyRequest r, List<DecisionStep> steps, Tally tally) {
    ifFlagged(tally, steps, ParameterKey.ELIGIBILITY_QUALIFIED_PROVIDER_REQUIRED, providerRequired,
        SubsidyCode.PROVIDER, r.claim().providerQualified());
  }

  /**
   * A claimed shortage class, for a kind that gets uplifts and a class whose uplift is not 0%, is confirmed by the catalogue (the same
   * occupation, by code or normalised name, in the same class); if it is not, the version's
   * {@code shortage.unconfirmed} decides: refuse, pay without the uplift, or accept with a warning.
   */
  private void shortage(SubsidyRequest r, List<DecisionStep> steps, Tally tally) {
    Claim c = r.claim();
    ShortageCategory claimed = c.shortageCategory();
    if (claimed == ShortageCategory.NONE || !upliftKinds.contains(c.kind()) || shortageRate(claimed) == 0) {
      tally.shortage = claimed;
      return;
    }
    add(steps, catalogueStep);
    ShortageEntry listed = null;
    if (catalogue.isPresent()) {
      for (ShortageEntry e : catalogue.get().entries()) {
        if (Occupations.same(c.occupation(), c.occupationCode(), Optional.of(e.occupation()), e.code())) {
          listed = e;
          break;
        }
      }
    }
    String occupation = c.occupation().orElse("") + c.occupationCode().map(code -> " " + code).orElse("");
    String category = "@shortage." + claimed.id();
    if (listed != null && listed.category() == claimed) {
      tally.shortage = claimed;
      add(steps, () -> condition(SubsidyCode.SHORTAGE, true, null, occupation, category));
      return;
    }
    // Why it is not confirmed: no catalogue, listed in another class, or not listed (complete or partial).
    String why;
    String[] args;
    if (catalogue.isEmpty()) {
      why = "noCatalogue";
      args = new String[] {occupation, category};
    } else if (listed != null) {
      why = "otherClass";
      args = new String[] {occupation, category, "@shortage." + listed.category().id()};
    } else {
      why = catalogue.get().coverage() == CatalogueCoverage.COMPLETE ? "notListed" : "notListedPartial";
      args = new String[] {occupation, category};
    }
    read(steps, ParameterKey.SHORTAGE_UNCONFIRMED);
    switch (unconfirmed) {
      case REFUSE -> {
        tally.shortage = claimed;
        failed(tally, steps, SubsidyCode.SHORTAGE, why, args);
      }
      case NO_UPLIFT -> {
        tally.shortage = ShortageCategory.NONE;
        warned(tally, steps, SubsidyCode.SHORTAGE, why + ".noUplift", args);
      }
      default -> {
        tally.shortage = claimed;
        warned(tally, steps, SubsidyCode.SHORTAGE, why + ".accept", args);
      }
    }
  }

  /** The sign of the uplift of a shortage class: 0 when the class raises nothing (then it is not checked). */
  private int shortageRate(ShortageCategory c) {
    return c == ShortageCategory.COMPREHENSIVE_SERVICE ? comprehensiveRate : manufacturingRate;
  }

  /**
   * For each counting group that holds the claim's kind: the training-subsidy entries of the group's
   * kinds dated within the window are fewer than the limit. Each history entry is listed, counted or
   * not and why.
   */
  private void total(SubsidyRequest r, List<DecisionStep> steps, Tally tally) {
    read(steps, ParameterKey.LIMIT_TOTAL);
    add(steps, countingStep);
    SubsidyKind kind = r.claim().kind();
    boolean failed = false;
    for (CountGroup g : counting.groups()) {
      if (!g.kinds().contains(kind)) {
        continue;
      }
      String group = steps == null ? null : groupLabel(g);  // a bundle lookup: only for the explanation
      int counted = 0;
      List<PriorSubsidy> history = r.history();
      for (int i = 0; i < history.size(); i++) {
        PriorSubsidy p = history.get(i);
        String why = p.programme() != Programme.TRAINING_SUBSIDY ? "programme"
            : !g.kinds().contains(p.kind()) ? "group"
            : !counting.inWindow(p.date()) ? "window"
            : null;
        if (why == null) {
          counted++;
        }
        if (steps != null) {
          steps.add(Steps.entry(why == null ? ".counted" : ".skipped." + why,
              Integer.toString(i + 1), p.date().toString(), "@kind." + p.kind().id(),
              p.occupation().map(o -> " " + o).orElse(""), levelArg(p.level()), group));
        }
      }
      boolean under = counted < total;
      failed |= !under;
      int n = counted;
      add(steps, () -> condition(SubsidyCode.TOTAL, under, null, group, Integer.toString(n), Integer.toString(total),
          VersionSteps.window(counting)));
    }
    if (failed) {
      tally.fail(SubsidyCode.TOTAL);
    }
  }

  private static String groupLabel(CountGroup g) {
    return Messages.bundle(java.util.Locale.ROOT).containsKey("count." + g.id()) ? "@count." + g.id() : g.id();
  }

  private void sameLevel(SubsidyRequest r, List<DecisionStep> steps, Tally tally) {
    read(steps, ParameterKey.LIMIT_SAME_OCCUPATION_LEVEL_ONCE);
    Claim c = r.claim();
    if (!sameOnce || c.occupation().isEmpty()) {
      return;
    }
    PriorSubsidy same = null;
    for (PriorSubsidy p : r.history()) {
      if (p.programme() == Programme.TRAINING_SUBSIDY && p.kind() == c.kind() && p.level().equals(c.level())
          && sameOccupation(c, p)) {
        same = p;
        break;
      }
    }
    record(tally, steps, SubsidyCode.SAME_LEVEL, same == null, same == null ? null : new String[] {
        c.occupation().get(), "@kind." + c.kind().id(), levelArg(c.level()), same.date().toString()});
  }

  private void downgrade(SubsidyRequest r, List<DecisionStep> steps, Tally tally) {
    read(steps, ParameterKey.LIMIT_NO_DOWNGRADE);
    Claim c = r.claim();
    if (!noDowngrade || c.kind() != SubsidyKind.SKILL_LEVEL_CERTIFICATE) {
      return;
    }
    PriorSubsidy higher = null;
    SkillLevel level = c.level().get();
    for (PriorSubsidy p : r.history()) {
      if (p.programme() == Programme.TRAINING_SUBSIDY && p.kind() == SubsidyKind.SKILL_LEVEL_CERTIFICATE
          && sameOccupation(c, p) && p.level().get().isHigherThan(level)) {
        higher = p;
        break;
      }
    }
    record(tally, steps, SubsidyCode.DOWNGRADE, higher == null, higher == null ? null : new String[] {
        c.occupation().get(), levelArg(c.level()), levelArg(higher.level()), higher.date().toString()});
  }

  private static boolean sameOccupation(Claim c, PriorSubsidy p) {
    return Occupations.same(c.occupation(), c.occupationCode(), p.occupation(), p.occupationCode());
  }

  /** Not issued after the decision date; reads no parameter. */
  private static void future(SubsidyRequest r, List<DecisionStep> steps, Tally tally, DecisionStep passedStep) {
    LocalDate issued = r.claim().issueDate();
    LocalDate date = r.decisionDate();
    if (!issued.isAfter(date)) {
      add(steps, passedStep);
    } else {
      failed(tally, steps, SubsidyCode.FUTURE, null, issued.toString(), date.toString());
    }
  }

  /** Decided within N months of the issue date, the last day included. */
  private void window(SubsidyRequest r, List<DecisionStep> steps, Tally tally) {
    read(steps, ParameterKey.LIMIT_CLAIM_WINDOW_MONTHS);
    LocalDate issued = r.claim().issueDate();
    LocalDate date = r.decisionDate();
    LocalDate last = lastDayToClaim(issued);
    boolean inWindow = !date.isAfter(last);
    add(steps, () -> inWindow
        ? condition(SubsidyCode.WINDOW, true, null, Integer.toString(windowMonths), last.toString(), date.toString())
        : condition(SubsidyCode.WINDOW, false, null, issued.toString(), Integer.toString(windowMonths), last.toString(),
            date.toString(), Long.toString(ChronoUnit.DAYS.between(last, date))));
    if (!inWindow) {
      tally.fail(SubsidyCode.WINDOW);
    }
  }

  /**
   * Not paid already by the 技能提升补贴: neither the claim says so nor the history holds a
   * skill-upgrade payment of the same kind, occupation and level.
   */
  private void secondPayment(SubsidyRequest r, List<DecisionStep> steps, Tally tally) {
    read(steps, ParameterKey.LIMIT_NO_SECOND_PAYMENT);
    if (!noSecondPayment) {
      return;
    }
    Claim c = r.claim();
    if (c.paidBySkillUpgradeSubsidy()) {
      failed(tally, steps, SubsidyCode.SECOND_PAYMENT, null);
      return;
    }
    for (PriorSubsidy p : r.history()) {
      if (p.programme() == Programme.SKILL_UPGRADE_SUBSIDY && p.kind() == c.kind() && p.level().equals(c.level())
          && sameOccupation(c, p)) {
        failed(tally, steps, SubsidyCode.SECOND_PAYMENT, "history", p.date().toString());
        return;
      }
    }
    add(steps, passed.get(SubsidyCode.SECOND_PAYMENT));
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
  private void ifFlagged(
      Tally tally, List<DecisionStep> steps, ParameterKey<Boolean> flag, boolean on, SubsidyCode code, boolean ok) {
    read(steps, flag);
    if (on) {
      record(tally, steps, code, ok, null);
    }
  }

  private void record(Tally tally, List<DecisionStep> steps, SubsidyCode code, boolean ok, String[] args) {
    if (ok) {
      add(steps, passed.get(code));
    } else {
      failed(tally, steps, code, null, args == null ? new String[0] : args);
    }
  }

  private static void failed(Tally tally, List<DecisionStep> steps, SubsidyCode code, String variant, String... args) {
    tally.fail(code);
    add(steps, () -> condition(code, false, variant, args));
  }

  private static void warned(Tally tally, List<DecisionStep> steps, SubsidyCode code, String variant, String... args) {
    tally.warn(code);
    add(steps, () -> DecisionStep.builder()
        .kind(StepKind.CONDITION)
        .code(code.code())
        .outcome(Outcome.WARNING)
        .messageKey(code.messageKey(".warning." + variant))
        .addArguments(args)
        .build());
  }

  private static void add(List<DecisionStep> steps, DecisionStep step) {
    if (steps != null) {
      steps.add(step);
    }
  }

  private static void add(List<DecisionStep> steps, java.util.function.Supplier<DecisionStep> step) {
    if (steps != null) {
      steps.add(step.get());
    }
  }
}
