package org.replyletter.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Locale;
import java.util.function.Predicate;
import org.replyletter.json.JsonInputException;
import org.replyletter.subsidy.SubsidyCalculator;
import org.replyletter.subsidy.SubsidyDecision;
import org.replyletter.subsidy.ScheduleDefinitionException;
import org.replyletter.subsidy.SubsidyJson;
import org.replyletter.subsidy.SubsidyRequest;
import org.replyletter.subsidy.SubsidySchedule;

/**
 * Coverage-guided fuzzing of the subsidy readers on raw bytes: a request is read and decided by the
 * bundled default schedule, a schedule is read and a calculator made of it; any input ends there or
 * in a {@link JsonInputException} with well-formed findings (reader codes and the schedule's
 * definition codes, messages in both languages), never another throwable. A normal build replays the
 * committed corpus ({@code SubsidyReaderFuzzTestInputs/}: the examples, the bundled schedules,
 * dates at both ends of the range, a history one over the array limit, overlapping versions); to
 * search for new failures run {@code JAZZER_FUZZ=1 mvn -pl core test -Dtest=SubsidyReaderFuzzTest},
 * and commit any crash input it writes there as a regression case.
 */
class SubsidyReaderFuzzTest {
  private static final SubsidyCalculator CALCULATOR = SubsidyCalculator.of(SubsidySchedule.jinjiang());

  /** The codes a subsidy reader may refuse with. */
  private static final Predicate<String> CODES =
      code -> HardeningSupport.READER_CODES.contains(code) || code.matches("SUB-DEF-00[1-9]");

  @FuzzTest(maxDuration = "60s")
  void readRequest_anyBytes_endInADecisionOrTheLibraryException(byte[] input) {
    SubsidyRequest request;
    try {
      request = SubsidyJson.defaults().readRequest(input, "fuzz");
    } catch (JsonInputException e) {
      HardeningSupport.assertRefusal(e, CODES);
      return;
    }
    assertEquals(request, SubsidyJson.defaults().readRequest(SubsidyJson.defaults().writeRequest(request), "rewritten"));
    SubsidyDecision decision = CALCULATOR.decide(request);
    assertEquals(decision.reasons(), CALCULATOR.decideWithoutExplanation(request).reasons());
    assertFalse(decision.explain(Locale.ENGLISH).isEmpty());
    assertFalse(decision.explain(Locale.SIMPLIFIED_CHINESE).isEmpty());
    SubsidyJson.defaults().writeDecision(decision, Locale.ENGLISH);
  }

  @FuzzTest(maxDuration = "60s")
  void readSchedule_anyBytes_endInAScheduleOrTheLibraryException(byte[] input) {
    SubsidySchedule schedule;
    try {
      schedule = SubsidyJson.defaults().readSchedule(input, "fuzz");
    } catch (JsonInputException e) {
      HardeningSupport.assertRefusal(e, CODES);
      return;
    } catch (ScheduleDefinitionException e) {
      assertFalse(e.findings().isEmpty());
      for (var f : e.findings()) {
        assertTrue(f.code().matches("SUB-DEF-00[125]") && f.line().isPresent(), f::toString);
        assertFalse(f.message(Locale.ENGLISH).startsWith("def."), f::toString);
      }
      return;
    }
    assertEquals(schedule, SubsidyJson.defaults().readSchedule(SubsidyJson.defaults().writeSchedule(schedule), "rewritten"));
    SubsidyCalculator.of(schedule);
  }
}
