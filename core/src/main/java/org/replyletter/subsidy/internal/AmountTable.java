package org.replyletter.subsidy.internal;

import static org.replyletter.subsidy.internal.Steps.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
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
import org.replyletter.subsidy.SkillLevel;
import org.replyletter.subsidy.StepKind;
import org.replyletter.subsidy.UpliftCombination;

/**
 * The amount of an eligible claim and its calculation steps, for every (kind or level, priority
 * group or not, shortage class) of one version, computed once: base amount, uplift, rounding, cap
 * and payee. Looking one up does no arithmetic and no allocation. Immutable and thread-safe.
 */
final class AmountTable {
  /** Four kinds, then the five skill levels. */
  private static final int SLOTS = 9;

  private final ScheduleVersion version;
  private final ParameterSteps parameters;
  /** Final amounts by [slot][priority ? 1 : 0][shortage ordinal]. */
  private final Money[][][] amounts = new Money[SLOTS][2][ShortageCategory.values().length];
  /** Calculation steps by the same index. */
  private final List<?>[][][] calculation = new List<?>[SLOTS][2][ShortageCategory.values().length];

  AmountTable(ScheduleVersion version, ParameterSteps parameters) {
    this.version = version;
    this.parameters = parameters;
    for (int slot = 0; slot < SLOTS; slot++) {
      for (int p = 0; p < 2; p++) {
        for (ShortageCategory s : ShortageCategory.values()) {
          compute(slot, p == 1, s);
        }
      }
    }
  }

  /** The amount an eligible claim gets, with the shortage class as confirmed. */
  Money amount(Applicant a, Claim c, ShortageCategory shortage) {
    return amounts[slot(c.kind(), c.level())][priority(a)][shortage.ordinal()];
  }

  /** The calculation steps of an eligible claim, ending with the result; unmodifiable. */
  @SuppressWarnings("unchecked") // Filled with List<DecisionStep> only.
  List<DecisionStep> calculation(Applicant a, Claim c, ShortageCategory shortage) {
    return (List<DecisionStep>) calculation[slot(c.kind(), c.level())][priority(a)][shortage.ordinal()];
  }

  private static int priority(Applicant a) {
    return a.priorityGroups().isEmpty() ? 0 : 1;
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
    List<DecisionStep> steps = new ArrayList<>();
    Money base = base(kind, level, steps);
    BigDecimal rate = uplift(kind, priority, shortage, steps);
    Money uplifted = rounded(base, rate, steps);
    Money amount = capped(uplifted, steps);
    payee(kind, amount, steps);
    int p = priority ? 1 : 0;
    amounts[slot][p][shortage.ordinal()] = amount;
    calculation[slot][p][shortage.ordinal()] = Collections.unmodifiableList(steps);
  }

  private Money base(SubsidyKind kind, Optional<SkillLevel> level, List<DecisionStep> steps) {
    ParameterKey<Money> baseKey = ParameterKey.amountOf(kind, level);
    Money base = version.value(baseKey);
    steps.add(parameters.of(baseKey));
    steps.add(calc(
        SubsidyCode.BASE_AMOUNT,
        "@kind." + kind.id(),
        level.map(l -> "@level." + l.id()).orElse("@level.none"),
        base.format()));
    return base;
  }

  /** The uplift rate: the candidates of the claim, combined as the version says. */
  private BigDecimal uplift(SubsidyKind kind, boolean priority, ShortageCategory shortage, List<DecisionStep> steps) {
    steps.add(parameters.of(ParameterKey.UPLIFT_APPLIES_TO));
    if (!version.value(ParameterKey.UPLIFT_APPLIES_TO).contains(kind)) {
      steps.add(calc(SubsidyCode.NO_UPLIFT_FOR_KIND, "@kind." + kind.id()));
      return BigDecimal.ZERO;
    }
    List<String> names = new ArrayList<>();
    List<BigDecimal> rates = new ArrayList<>();
    if (priority) {
      candidate(names, rates, steps, "@uplift.priority-groups", ParameterKey.UPLIFT_PRIORITY_GROUPS);
    }
    if (shortage == ShortageCategory.COMPREHENSIVE_SERVICE) {
      candidate(names, rates, steps, "@uplift.comprehensive-service", ParameterKey.UPLIFT_COMPREHENSIVE_SERVICE);
    } else if (shortage == ShortageCategory.PRODUCTION_MANUFACTURING) {
      candidate(names, rates, steps, "@uplift.production-manufacturing", ParameterKey.UPLIFT_PRODUCTION_MANUFACTURING);
    }
    if (names.isEmpty()) {
      steps.add(calc(SubsidyCode.NO_UPLIFT));
      return BigDecimal.ZERO;
    }
    if (names.size() == 1) {
      steps.add(calc(SubsidyCode.ONE_UPLIFT, names.get(0), ParameterKey.formatRate(rates.get(0))));
      return rates.get(0);
    }
    steps.add(parameters.of(ParameterKey.UPLIFT_COMBINATION));
    if (version.value(ParameterKey.UPLIFT_COMBINATION) == UpliftCombination.LARGEST_ONLY) {
      int best = 0;
      for (int i = 1; i < rates.size(); i++) {
        if (rates.get(i).compareTo(rates.get(best)) > 0) {
          best = i;
        }
      }
      BigDecimal rate = rates.get(best);
      steps.add(calc(
          SubsidyCode.LARGEST_UPLIFT, String.valueOf(names.size()), names.get(best), ParameterKey.formatRate(rate)));
      return rate;
    }
    BigDecimal rate = BigDecimal.ZERO;
    for (BigDecimal r : rates) {
      rate = rate.add(r);
    }
    steps.add(calc(SubsidyCode.ADDED_UPLIFTS, String.valueOf(names.size()), ParameterKey.formatRate(rate)));
    return rate;
  }

  /** Notes an uplift parameter the claim qualifies for; a positive rate is a candidate. */
  private void candidate(
      List<String> names, List<BigDecimal> rates, List<DecisionStep> steps, String name, ParameterKey<BigDecimal> key) {
    steps.add(parameters.of(key));
    BigDecimal rate = version.value(key);
    if (rate.signum() > 0) {
      names.add(name);
      rates.add(rate);
    }
  }

  private Money rounded(Money base, BigDecimal rate, List<DecisionStep> steps) {
    RoundingRule rounding = version.value(ParameterKey.ROUNDING);
    BigDecimal factor = BigDecimal.ONE.add(rate);
    Money uplifted = rounding.apply(base, factor);
    steps.add(parameters.of(ParameterKey.ROUNDING));
    steps.add(calc(
        SubsidyCode.ROUNDED,
        base.format(),
        factor.stripTrailingZeros().toPlainString(),
        base.yuan().multiply(factor).stripTrailingZeros().toPlainString() + "元",
        "@rounding." + rounding.id(),
        uplifted.format()));
    return uplifted;
  }

  private Money capped(Money uplifted, List<DecisionStep> steps) {
    Money cap = version.value(ParameterKey.CAP);
    steps.add(parameters.of(ParameterKey.CAP));
    SubsidyCode code = uplifted.compareTo(cap) > 0 ? SubsidyCode.CAPPED : SubsidyCode.WITHIN_CAP;
    steps.add(calc(code, uplifted.format(), cap.format()));
    return uplifted.min(cap);
  }

  private void payee(SubsidyKind kind, Money amount, List<DecisionStep> steps) {
    ParameterKey<Payee> payeeKey = kind.isTraining() ? ParameterKey.PAYEE_TRAINING : ParameterKey.PAYEE_CERTIFICATE;
    String payee = "@payee." + version.value(payeeKey).id();
    steps.add(parameters.of(payeeKey));
    steps.add(calc(SubsidyCode.PAYEE, payee));
    steps.add(Steps.noted(StepKind.RESULT, SubsidyCode.ELIGIBLE, amount.format(), payee));
  }
}
