package org.replyletter.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.replyletter.Money;

/** The laws every decision obeys, as QuickTheories properties over both bundled schedules (issue 5). */
class SubsidyLawsTest {
  private static final List<SubsidyCalculator> CALCULATORS =
      List.of(SubsidyCalculator.of(SubsidySchedule.jinjiang()), SubsidyCalculator.of(SubsidySchedule.xiamen()));

  private static ScheduleVersion versionOf(SubsidyCalculator c) {
    return c.schedule().versions().get(0);
  }

  /** The version in force on the date the schedule's selection names for {@code r}. */
  private static Optional<ScheduleVersion> versionFor(SubsidyCalculator c, SubsidyRequest r) {
    java.time.LocalDate date = c.schedule().versionSelection().dateFor(r);
    return c.schedule().versions().stream().filter(v -> v.isInForceOn(date)).findFirst();
  }

  @Test
  void amount_neverExceedsCap() {
    for (SubsidyCalculator calc : CALCULATORS) {
      Money cap = versionOf(calc).value(ParameterKey.CAP);
      qt().forAll(Requests.any()).checkAssert(r -> {
        SubsidyDecision d = calc.decide(r);
        assertTrue(d.amount().compareTo(cap) <= 0, () -> d.amount() + " > " + cap);
        assertEquals(d.eligible(), !d.amount().isZero());
      });
    }
  }

  @Test
  void amount_neverDecreasesAsLevelRises() {
    for (SubsidyCalculator calc : CALCULATORS) {
      // Slots 4..7 are the skill levels 五级..二级: each has a next level up.
      qt().forAll(Requests.eligible(4, 7))
          .checkAssert(r -> {
            SkillLevel level = r.claim().level().get();
            SkillLevel higher = SkillLevel.values()[level.ordinal() + 1];
            SubsidyRequest raised = r.withClaim(r.claim().withLevel(higher));
            Money low = calc.decide(r).amount();
            Money high = calc.decide(raised).amount();
            assertTrue(high.compareTo(low) >= 0, () -> level + " " + low + " > " + higher + " " + high);
          });
    }
  }

  @Test
  void uplifts_neverStack_theLargestAppliesAlone() {
    for (SubsidyCalculator calc : CALCULATORS) {
      qt().forAll(Requests.eligible()).checkAssert(r -> {
        ScheduleVersion v = versionFor(calc, r).orElseThrow();
        Claim c = r.claim();
        Money base = v.value(ParameterKey.amountOf(c.kind(), c.level()));
        BigDecimal largest = BigDecimal.ZERO;
        if (v.value(ParameterKey.UPLIFT_APPLIES_TO).contains(c.kind())) {
          if (!r.applicant().priorityGroups().isEmpty()) {
            largest = largest.max(v.value(ParameterKey.UPLIFT_PRIORITY_GROUPS));
          }
          if (c.shortageCategory() == ShortageCategory.COMPREHENSIVE_SERVICE) {
            largest = largest.max(v.value(ParameterKey.UPLIFT_COMPREHENSIVE_SERVICE));
          } else if (c.shortageCategory() == ShortageCategory.PRODUCTION_MANUFACTURING) {
            largest = largest.max(v.value(ParameterKey.UPLIFT_PRODUCTION_MANUFACTURING));
          }
        }
        Money expected =
            v.value(ParameterKey.ROUNDING).apply(base, BigDecimal.ONE.add(largest)).min(v.value(ParameterKey.CAP));
        SubsidyDecision d = calc.decide(r);
        assertTrue(d.eligible(), () -> d.explain(java.util.Locale.ENGLISH).toString());
        assertEquals(expected, d.amount());
        long uplifts = d.explanation().stream()
            .filter(s -> s.code().equals("SUB-AMT-004") || s.code().equals("SUB-AMT-005"))
            .count();
        assertTrue(uplifts <= 1);
      });
    }
  }

  @Test
  void deciding_doesNotDependOnTheCalculatorInstance() {
    for (SubsidyCalculator calc : CALCULATORS) {
      SubsidyCalculator other = SubsidyCalculator.of(calc.schedule());
      qt().withExamples(200).forAll(Requests.any()).checkAssert(r -> assertEquals(calc.decide(r), other.decide(r)));
    }
  }

  @Test
  void deciding_isDeterministic_andTheFastPathAgrees() {
    for (SubsidyCalculator calc : CALCULATORS) {
      qt().forAll(Requests.any()).checkAssert(r -> {
        SubsidyDecision first = calc.decide(r);
        assertEquals(first, calc.decide(r));
        SubsidyDecision fast = calc.decideWithoutExplanation(r);
        assertTrue(fast.explanation().isEmpty());
        assertEquals(first.withExplanation(List.of()), fast);
        assertFalse(first.explanation().isEmpty());
        assertEquals(
            first.reasons(),
            first.explanation().stream().filter(DecisionStep::isFailure).map(DecisionStep::code).toList());
        assertEquals(first.eligible(), first.payee().isPresent());
        assertEquals(versionFor(calc, r).map(ScheduleVersion::id), first.version());
      });
    }
  }
}
