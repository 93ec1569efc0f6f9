package org.replyletter.hardening;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.replyletter.diagnostics.Finding;
import org.replyletter.validation.LetterValidator;
import org.replyletter.validation.ValidationReport;

/**
 * Coverage-guided fuzzing of the validator on raw JSON bytes: it never throws, and every finding
 * has a known code (never RL-VAL-001, a rule that threw), a message in both languages and, when
 * located, line and column of at least 1. A normal build replays the committed corpus
 * ({@code ValidatorFuzzTestInputs/}); to search for new failures run
 * {@code JAZZER_FUZZ=1 mvn -pl core test -Dtest=ValidatorFuzzTest}, and commit any crash input it
 * writes there as a regression case.
 */
class ValidatorFuzzTest {
  private static final LetterValidator VALIDATOR = LetterValidator.defaults();

  @FuzzTest(maxDuration = "60s")
  void validate_anyBytes_wellFormedReport(byte[] input) {
    ValidationReport report = VALIDATOR.validate(input, "fuzz");
    assertNotNull(report);
    for (Finding f : report.findings()) {
      HardeningSupport.assertWellFormed(f);
    }
  }
}
