package org.replyletter.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.replyletter.SubsidyKind;

/**
 * Every date a request accepts, from {@link LocalDate#MIN} to {@link LocalDate#MAX}, in each of its
 * date fields, gives a decision (explained, in both languages, and as JSON), never an exception: a
 * deadline past the last representable day never passes.
 */
class SubsidyDateRangeTest {
  private static final SubsidyCalculator CALCULATOR = SubsidyCalculator.of(SubsidySchedule.jinjiang());
  private static final SubsidyRequest BASE =
      SubsidyJson.defaults().readRequest(Path.of("..", "examples", "subsidy", "fourth-claim.json"));

  /** A date field of a request, set to a date. */
  enum DateField {
    DECISION_DATE((r, d) -> r.withDecisionDate(d)),
    BIRTH_DATE((r, d) -> r.withApplicant(r.applicant().withBirthDate(d).withPastRetirementAge(true))),
    ISSUE_DATE((r, d) -> r.withClaim(r.claim().withIssueDate(d))),
    HISTORY_DATE((r, d) -> r.withHistory(List.of(
        PriorSubsidy.builder().kind(SubsidyKind.SPECIAL_ABILITY_CERTIFICATE).occupation(r.claim().occupation().get())
            .date(d).build())));

    final BiFunction<SubsidyRequest, LocalDate, SubsidyRequest> set;

    DateField(BiFunction<SubsidyRequest, LocalDate, SubsidyRequest> set) {
      this.set = set;
    }
  }

  /** Any day of the range, with its ends and their neighbours often. */
  private static Gen<LocalDate> anyDate() {
    Gen<LocalDate> uniform =
        SourceDSL.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()).map(LocalDate::ofEpochDay);
    Gen<LocalDate> ends =
        Generate.pick(List.of(
            LocalDate.MIN, LocalDate.MIN.plusDays(1), LocalDate.MAX, LocalDate.MAX.minusDays(1),
            LocalDate.MAX.minusMonths(1), LocalDate.MAX.minusYears(1), LocalDate.of(-1, 12, 31), LocalDate.of(0, 1, 1)));
    return uniform.mix(ends, 30);
  }

  private static void assertDecided(SubsidyRequest r) {
    SubsidyDecision d = CALCULATOR.decide(r);
    SubsidyDecision bare = CALCULATOR.decideWithoutExplanation(r);
    assertEquals(d.eligible(), bare.eligible());
    assertEquals(d.reasons(), bare.reasons());
    assertFalse(d.explain(Locale.ENGLISH).isEmpty());
    assertFalse(d.explain(Locale.SIMPLIFIED_CHINESE).isEmpty());
    SubsidyJson.defaults().writeDecision(d, Locale.ENGLISH);
    assertEquals(r, SubsidyJson.defaults().readRequest(SubsidyJson.defaults().writeRequest(r), "dates.json"));
  }

  @ParameterizedTest
  @EnumSource(DateField.class)
  void anyDateInAnyField_givesADecision(DateField field) {
    qt().withExamples(200).forAll(anyDate()).checkAssert(d -> assertDecided(field.set.apply(BASE, d)));
  }

  @ParameterizedTest
  @EnumSource(DateField.class)
  void bothEndsInEveryField_giveADecision(DateField field) {
    for (LocalDate d : List.of(LocalDate.MIN, LocalDate.MAX)) {
      SubsidyRequest r = BASE;
      for (DateField f : DateField.values()) {
        r = f.set.apply(r, f == field ? d : d == LocalDate.MIN ? LocalDate.MAX : LocalDate.MIN);
      }
      assertDecided(r);
      assertDecided(field.set.apply(BASE, d));
    }
  }

  @Test
  void certificateOfTheLastYear_claimedThen_isInItsWindow() {
    LocalDate last = LocalDate.MAX;
    SubsidyRequest r = BASE.withDecisionDate(last).withClaim(BASE.claim().withIssueDate(last.minusDays(1)));
    assertFalse(CALCULATOR.decide(r).reasons().contains("SUB-LIM-004"));
    SubsidyRequest late = BASE.withDecisionDate(last).withClaim(BASE.claim().withIssueDate(last.minusYears(2)));
    assertTrue(CALCULATOR.decide(late).reasons().contains("SUB-LIM-004"));
  }
}
