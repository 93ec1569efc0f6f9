package org.replyletter.subsidy.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.replyletter.Money;
import org.replyletter.subsidy.Applicant;
import org.replyletter.subsidy.Claim;
import org.replyletter.SubsidyKind;
import org.replyletter.subsidy.DecisionStep;
import org.replyletter.subsidy.Outcome;
import org.replyletter.subsidy.Parameter;
import org.replyletter.subsidy.ParameterKey;
import org.replyletter.subsidy.Payee;
import org.replyletter.subsidy.PriorSubsidy;
import org.replyletter.subsidy.RoundingRule;
import org.replyletter.subsidy.ScheduleVersion;
import org.replyletter.subsidy.ShortageCategory;
import org.replyletter.subsidy.SkillLevel;
import org.replyletter.subsidy.StepKind;
import org.replyletter.subsidy.SubsidyRequest;
import org.replyletter.subsidy.UpliftCombination;

/**
 * A {@link ScheduleVersion} prepared for deciding: parameters unpacked into fields, and everything
 * that depends only on the version and on (kind, level, priority group, shortage class) computed once
 * (amounts and their explanation steps), so that a decision does no arithmetic, no parsing and little
 * allocation. Immutable and thread-safe.
 */
public final class CompiledVersion {
  /** Reason codes; stable, never reused. */
  public static final String REGISTRATION = "SUB-ELIG-001";
  /** Public-sector staff excluded. */
  public static final String PUBLIC_SECTOR = "SUB-ELIG-002";
  /** Student not in the graduating year excluded. */
  public static final String STUDENT = "SUB-ELIG-003";
  /** Pension recipient excluded. */
  public static final String PENSION = "SUB-ELIG-004";
  /** Past retirement age and over the age limit. */
  public static final String AGE = "SUB-ELIG-005";
  /** Provider not qualified. */
  public static final String PROVIDER = "SUB-ELIG-006";
  /** Total number of subsidies reached. */
  public static final String TOTAL = "SUB-LIM-001";
  /** Same occupation at the same level already subsidised. */
  public static final String SAME_LEVEL = "SUB-LIM-002";
  /** A lower level after a higher one. */
  public static final String DOWNGRADE = "SUB-LIM-003";
  /** Claimed after the claim window. */
  public static final String WINDOW = "SUB-LIM-004";
  /** Already paid by the 技能提升补贴. */
  public static final String SECOND_PAYMENT = "SUB-LIM-005";
  /** Issued after the decision date. */
  public static final String FUTURE = "SUB-LIM-006";

  private static final int SLOTS = 9;

  private final ScheduleVersion version;
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
  private final Payee payeeTraining;
  private final Payee payeeCertificate;

  /** Final amounts by [slot][priority ? 1 : 0][shortage ordinal]. */
  private final Money[][][] amounts = new Money[SLOTS][2][3];
  /** Calculation steps by the same index. */
  private final List<?>[][][] calculation = new List<?>[SLOTS][2][3];

  private final Map<ParameterKey<?>, DecisionStep> parameterSteps = new IdentityHashMap<>();
  private final Map<String, DecisionStep> passed = new java.util.HashMap<>();
  private final DecisionStep windowPassed;

  /** Compiles a version. */
  public CompiledVersion(ScheduleVersion v) {
    this.version = v;
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
    payeeTraining = v.value(ParameterKey.PAYEE_TRAINING);
    payeeCertificate = v.value(ParameterKey.PAYEE_CERTIFICATE);
    for (ParameterKey<?> k : ParameterKey.values()) {
      parameterSteps.put(k, parameterStep(v, k));
    }
    for (String code : List.of(REGISTRATION, PUBLIC_SECTOR, STUDENT, PENSION, PROVIDER, TOTAL, SAME_LEVEL,
        DOWNGRADE, FUTURE, SECOND_PAYMENT)) {
      passed.put(code, condition(code, true));
    }
    passed.put(AGE, condition(AGE, true, "notPast"));
    windowPassed = condition(WINDOW, true, null, Integer.toString(windowMonths));
    for (int slot = 0; slot < SLOTS; slot++) {
      for (int p = 0; p < 2; p++) {
        for (ShortageCategory s : ShortageCategory.values()) {
          compute(slot, p == 1, s);
        }
      }
    }
  }

  /** The version. */
  public ScheduleVersion version() {
    return version;
  }

  private static <T> DecisionStep parameterStep(ScheduleVersion v, ParameterKey<T> key) {
    Parameter<T> p = v.parameter(key);
    String value = key.format(p.value());
    String key0 = p.isAssumption() ? "SUB-PAR-001.assumption" : "SUB-PAR-001";
    return DecisionStep.builder()
        .kind(StepKind.PARAMETER)
        .code("SUB-PAR-001")
        .messageKey(p.note().isPresent() ? key0 + ".note" : key0)
        .outcome(Outcome.NOTED)
        .parameter(key.id())
        .value(value)
        .source(p.source())
        .addArguments(
            "@param." + key.id(),
            display(p.value(), value),
            p.source().document(),
            p.source().issuer(),
            "@reliability." + p.source().reliability().id(),
            p.note().orElse(""))
        .build();
  }

  /** How a value reads in a message: a label for flags and enums, else the value's text. */
  private static String display(Object value, String text) {
    if (value instanceof Boolean) {
      return (Boolean) value ? "@yes" : "@no";
    }
    if (value instanceof UpliftCombination) {
      return "@combination." + text;
    }
    if (value instanceof RoundingRule) {
      return "@rounding." + text;
    }
    if (value instanceof Payee) {
      return "@payee." + text;
    }
    return text;
  }

  /** A condition step; its message key is the code with {@code .passed} or {@code .failed}. */
  static DecisionStep condition(String code, boolean ok, String variant, String... args) {
    return DecisionStep.builder()
        .kind(StepKind.CONDITION)
        .code(code)
        .outcome(ok ? Outcome.PASSED : Outcome.FAILED)
        .messageKey(code + (ok ? ".passed" : ".failed") + (variant == null ? "" : "." + variant))
        .addArguments(args)
        .build();
  }

  static DecisionStep condition(String code, boolean ok) {
    return condition(code, ok, null);
  }

  private static DecisionStep calc(String code, String... args) {
    return DecisionStep.builder()
        .kind(StepKind.CALCULATION)
        .code(code)
        .outcome(Outcome.NOTED)
        .addArguments(args)
        .build();
  }

  private static int slot(SubsidyKind kind, Optional<SkillLevel> level) {
    return kind == SubsidyKind.SKILL_LEVEL_CERTIFICATE ? 3 + level.get().rank() : kind.ordinal();
  }

  private static SubsidyKind kindOf(int slot) {
    return slot >= 4 ? SubsidyKind.SKILL_LEVEL_CERTIFICATE : SubsidyKind.values()[slot];
  }

  private static Optional<SkillLevel> levelOf(int slot) {
    return slot >= 4 ? Optional.of(SkillLevel.values()[slot - 4]) : Optional.empty();
  }

  private void compute(int slot, boolean priority, ShortageCategory shortage) {
    SubsidyKind kind = kindOf(slot);
    Optional<SkillLevel> level = levelOf(slot);
    ParameterKey<Money> baseKey = ParameterKey.amountOf(kind, level);
    Money base = version.value(baseKey);
    List<DecisionStep> steps = new ArrayList<>();
    steps.add(parameterSteps.get(baseKey));
    steps.add(calc("SUB-AMT-001", "@kind." + kind.id(), level.map(l -> "@level." + l.id()).orElse("@level.none"), base.format()));

    steps.add(parameterSteps.get(ParameterKey.UPLIFT_APPLIES_TO));
    BigDecimal rate = BigDecimal.ZERO;
    if (!version.value(ParameterKey.UPLIFT_APPLIES_TO).contains(kind)) {
      steps.add(calc("SUB-AMT-002", "@kind." + kind.id()));
    } else {
      List<String> names = new ArrayList<>();
      List<BigDecimal> rates = new ArrayList<>();
      if (priority) {
        steps.add(parameterSteps.get(ParameterKey.UPLIFT_PRIORITY_GROUPS));
        candidate(names, rates, "@uplift.priority-groups", version.value(ParameterKey.UPLIFT_PRIORITY_GROUPS));
      }
      if (shortage == ShortageCategory.COMPREHENSIVE_SERVICE) {
        steps.add(parameterSteps.get(ParameterKey.UPLIFT_COMPREHENSIVE_SERVICE));
        candidate(names, rates, "@uplift.comprehensive-service", version.value(ParameterKey.UPLIFT_COMPREHENSIVE_SERVICE));
      } else if (shortage == ShortageCategory.PRODUCTION_MANUFACTURING) {
        steps.add(parameterSteps.get(ParameterKey.UPLIFT_PRODUCTION_MANUFACTURING));
        candidate(
            names, rates, "@uplift.production-manufacturing", version.value(ParameterKey.UPLIFT_PRODUCTION_MANUFACTURING));
      }
      if (names.isEmpty()) {
        steps.add(calc("SUB-AMT-003"));
      } else if (names.size() == 1) {
        rate = rates.get(0);
        steps.add(calc("SUB-AMT-004", names.get(0), ParameterKey.formatRate(rate)));
      } else {
        steps.add(parameterSteps.get(ParameterKey.UPLIFT_COMBINATION));
        if (version.value(ParameterKey.UPLIFT_COMBINATION) == UpliftCombination.LARGEST_ONLY) {
          int best = 0;
          for (int i = 1; i < rates.size(); i++) {
            if (rates.get(i).compareTo(rates.get(best)) > 0) {
              best = i;
            }
          }
          rate = rates.get(best);
          steps.add(calc("SUB-AMT-005", String.valueOf(names.size()), names.get(best), ParameterKey.formatRate(rate)));
        } else {
          for (BigDecimal r : rates) {
            rate = rate.add(r);
          }
          steps.add(calc("SUB-AMT-006", String.valueOf(names.size()), ParameterKey.formatRate(rate)));
        }
      }
    }
    RoundingRule rounding = version.value(ParameterKey.ROUNDING);
    BigDecimal factor = BigDecimal.ONE.add(rate);
    Money uplifted = rounding.apply(base, factor);
    steps.add(parameterSteps.get(ParameterKey.ROUNDING));
    steps.add(calc(
        "SUB-AMT-007",
        base.format(),
        factor.stripTrailingZeros().toPlainString(),
        base.yuan().multiply(factor).stripTrailingZeros().toPlainString() + "元",
        "@rounding." + rounding.id(),
        uplifted.format()));
    Money cap = version.value(ParameterKey.CAP);
    steps.add(parameterSteps.get(ParameterKey.CAP));
    Money amount = uplifted.min(cap);
    if (uplifted.compareTo(cap) > 0) {
      steps.add(calc("SUB-AMT-008", uplifted.format(), cap.format()));
    } else {
      steps.add(calc("SUB-AMT-009", uplifted.format(), cap.format()));
    }
    ParameterKey<Payee> payeeKey = kind.isTraining() ? ParameterKey.PAYEE_TRAINING : ParameterKey.PAYEE_CERTIFICATE;
    steps.add(parameterSteps.get(payeeKey));
    steps.add(calc("SUB-AMT-010", "@payee." + version.value(payeeKey).id()));
    steps.add(DecisionStep.builder()
        .kind(StepKind.RESULT)
        .code("SUB-DEC-001")
        .outcome(Outcome.NOTED)
        .addArguments(amount.format(), "@payee." + version.value(payeeKey).id())
        .build());
    int p = priority ? 1 : 0;
    amounts[slot][p][shortage.ordinal()] = amount;
    calculation[slot][p][shortage.ordinal()] = Collections.unmodifiableList(steps);
  }

  private static void candidate(List<String> names, List<BigDecimal> rates, String name, BigDecimal rate) {
    if (rate.signum() > 0) {
      names.add(name);
      rates.add(rate);
    }
  }

  /** The amount an eligible claim gets. */
  public Money amount(Applicant a, Claim c) {
    return amounts[slot(c.kind(), c.level())][a.priorityGroups().isEmpty() ? 0 : 1][c.shortageCategory().ordinal()];
  }

  /** The calculation steps of an eligible claim, ending with the result. */
  @SuppressWarnings("unchecked") // Filled with List<DecisionStep> only.
  public List<DecisionStep> calculation(Applicant a, Claim c) {
    return (List<DecisionStep>)
        calculation[slot(c.kind(), c.level())][a.priorityGroups().isEmpty() ? 0 : 1][c.shortageCategory().ordinal()];
  }

  /** Who is paid for a claim of {@code kind}. */
  public Payee payee(SubsidyKind kind) {
    return kind.isTraining() ? payeeTraining : payeeCertificate;
  }

  /** The rounding rule. */
  public RoundingRule rounding() {
    return version.value(ParameterKey.ROUNDING);
  }

  /**
   * Checks every condition. Adds the failed reason codes to {@code reasons} (created on the first
   * failure); when {@code steps} is not null, adds each parameter read and each condition to it.
   *
   * @return the reasons, null when every condition passed
   */
  public List<String> check(SubsidyRequest r, List<DecisionStep> steps) {
    Applicant a = r.applicant();
    Claim c = r.claim();
    LocalDate date = r.decisionDate();
    List<String> reasons = null;

    if (steps != null) {
      steps.add(parameterSteps.get(ParameterKey.ELIGIBILITY_REGISTRATION_REQUIRED));
    }
    if (registrationRequired) {
      reasons = record(reasons, steps, REGISTRATION, !a.registrations().isEmpty(), null);
    }
    if (steps != null) {
      steps.add(parameterSteps.get(ParameterKey.ELIGIBILITY_EXCLUDE_PUBLIC_SECTOR_STAFF));
    }
    if (excludeStaff) {
      reasons = record(reasons, steps, PUBLIC_SECTOR, !a.publicSectorStaff(), null);
    }
    if (steps != null) {
      steps.add(parameterSteps.get(ParameterKey.ELIGIBILITY_EXCLUDE_NON_GRADUATING_STUDENTS));
    }
    if (excludeStudents) {
      boolean ok = !a.student() || a.isGraduatingOn(date);
      reasons = record(reasons, steps, STUDENT, ok, ok ? null : new String[] {
          a.graduationYear().isPresent() ? Integer.toString(a.graduationYear().getAsInt()) : "?",
          Integer.toString(date.getYear())});
    }
    if (steps != null) {
      steps.add(parameterSteps.get(ParameterKey.ELIGIBILITY_EXCLUDE_PENSIONERS));
    }
    if (excludePensioners) {
      reasons = record(reasons, steps, PENSION, !a.receivesPension(), null);
    }
    if (steps != null) {
      steps.add(parameterSteps.get(ParameterKey.ELIGIBILITY_AGE_LIMIT_PAST_RETIREMENT));
      steps.add(parameterSteps.get(ParameterKey.ELIGIBILITY_AGE_LIMIT_INCLUSIVE));
    }
    if (a.pastRetirementAge()) {
      int age = a.ageOn(date);
      boolean ok = ageInclusive ? age <= ageLimit : age < ageLimit;
      if (!ok) {
        reasons = add(reasons, AGE);
      }
      if (steps != null) {
        steps.add(condition(AGE, ok, ageInclusive ? "inclusive" : "exclusive",
            Integer.toString(age), Integer.toString(ageLimit)));
      }
    } else if (steps != null) {
      steps.add(passed.get(AGE));
    }
    if (steps != null) {
      steps.add(parameterSteps.get(ParameterKey.ELIGIBILITY_QUALIFIED_PROVIDER_REQUIRED));
    }
    if (providerRequired) {
      reasons = record(reasons, steps, PROVIDER, c.providerQualified(), null);
    }

    List<PriorSubsidy> history = r.history();
    if (steps != null) {
      steps.add(parameterSteps.get(ParameterKey.LIMIT_TOTAL));
    }
    boolean underTotal = history.size() < total;
    reasons = record(reasons, steps, TOTAL, underTotal,
        underTotal ? null : new String[] {Integer.toString(history.size()), Integer.toString(total)});
    if (steps != null) {
      steps.add(parameterSteps.get(ParameterKey.LIMIT_SAME_OCCUPATION_LEVEL_ONCE));
    }
    if (sameOnce && c.occupation().isPresent()) {
      PriorSubsidy same = null;
      for (PriorSubsidy p : history) {
        if (p.kind() == c.kind() && p.occupation().equals(c.occupation()) && p.level().equals(c.level())) {
          same = p;
          break;
        }
      }
      reasons = record(reasons, steps, SAME_LEVEL, same == null, same == null ? null : new String[] {
          c.occupation().get(), "@kind." + c.kind().id(), levelArg(c.level()), same.date().toString()});
    }
    if (steps != null) {
      steps.add(parameterSteps.get(ParameterKey.LIMIT_NO_DOWNGRADE));
    }
    if (noDowngrade && c.kind() == SubsidyKind.SKILL_LEVEL_CERTIFICATE) {
      PriorSubsidy higher = null;
      SkillLevel level = c.level().get();
      for (PriorSubsidy p : history) {
        if (p.kind() == SubsidyKind.SKILL_LEVEL_CERTIFICATE && p.occupation().equals(c.occupation())
            && p.level().get().isHigherThan(level)) {
          higher = p;
          break;
        }
      }
      reasons = record(reasons, steps, DOWNGRADE, higher == null, higher == null ? null : new String[] {
          c.occupation().get(), levelArg(c.level()), levelArg(higher.level()), higher.date().toString()});
    }
    boolean notFuture = !c.issueDate().isAfter(date);
    reasons = record(reasons, steps, FUTURE, notFuture,
        notFuture ? null : new String[] {c.issueDate().toString(), date.toString()});
    if (steps != null) {
      steps.add(parameterSteps.get(ParameterKey.LIMIT_CLAIM_WINDOW_MONTHS));
    }
    LocalDate last = lastDayToClaim(c.issueDate());
    boolean inWindow = !date.isAfter(last);
    if (!inWindow) {
      reasons = add(reasons, WINDOW);
    }
    if (steps != null) {
      steps.add(inWindow ? windowPassed : condition(WINDOW, false, null,
          c.issueDate().toString(), Integer.toString(windowMonths), last.toString(), date.toString(),
          Long.toString(ChronoUnit.MONTHS.between(c.issueDate(), date))));
    }
    if (steps != null) {
      steps.add(parameterSteps.get(ParameterKey.LIMIT_NO_SECOND_PAYMENT));
    }
    if (noSecondPayment) {
      reasons = record(reasons, steps, SECOND_PAYMENT, !c.paidBySkillUpgradeSubsidy(), null);
    }
    return reasons;
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

  private List<String> record(List<String> reasons, List<DecisionStep> steps, String code, boolean ok, String[] args) {
    if (steps != null) {
      steps.add(ok ? passed.get(code) : condition(code, false, null, args == null ? new String[0] : args));
    }
    return ok ? reasons : add(reasons, code);
  }

  private static List<String> add(List<String> reasons, String code) {
    List<String> r = reasons == null ? new ArrayList<>(4) : reasons;
    r.add(code);
    return r;
  }
}
