package org.replyletter.jsonschema;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.replyletter.json.JsonInputException;
import org.replyletter.diagnostics.Finding;

/**
 * Coverage-guided fuzzing of schema validation on raw bytes, for every published schema: it ends in
 * findings with a known {@code RL-SCHEMA-*} code (never RL-SCHEMA-008, a check that failed),
 * messages in both languages and, when located, line and column of at least 1; or in a {@link
 * JsonInputException} whose findings are the reader's codes, equally well formed. Nothing else is
 * thrown. A normal build replays the committed corpus ({@code SchemaFuzzTestInputs/}); to search for
 * new failures run {@code JAZZER_FUZZ=1 mvn -pl json-schema test -Dtest=SchemaFuzzTest}, and commit
 * any crash input it writes there as a regression case.
 */
class SchemaFuzzTest {
  private static final Set<String> SCHEMA_CODES =
      Set.of(
          "RL-SCHEMA-001", "RL-SCHEMA-002", "RL-SCHEMA-003", "RL-SCHEMA-004", "RL-SCHEMA-005", "RL-SCHEMA-006",
          "RL-SCHEMA-007", "RL-SCHEMA-009");
  private static final Set<String> READER_CODES = Set.of("RL-JSON-001", "RL-JSON-002", "RL-JSON-007", "RL-JSON-009");

  @FuzzTest(maxDuration = "60s")
  void validate_anyBytes_wellFormedFindingsOrTheReadersException(byte[] input) {
    for (String name : ReplyLetterSchema.names()) {
      List<Finding> findings;
      try {
        findings = ReplyLetterSchema.named(name).validate(input);
      } catch (JsonInputException e) {
        assertFalse(e.findings().isEmpty());
        e.findings().forEach(f -> assertWellFormed(f, READER_CODES));
        return; // the same bytes are unreadable for every schema
      }
      findings.forEach(f -> assertWellFormed(f, SCHEMA_CODES));
    }
  }

  private static void assertWellFormed(Finding f, Set<String> codes) {
    assertTrue(codes.contains(f.code()), () -> "unexpected code " + f);
    // An unknown key renders as the key itself: a message that starts with it has no text.
    assertNotEquals(f.messageKey(), f.message(Locale.ENGLISH).split(" ")[0], () -> "no English message: " + f);
    assertNotEquals(f.messageKey(), f.message().split(" ")[0], () -> "no Chinese message: " + f);
    f.line().ifPresent(l -> assertTrue(l >= 1, () -> "line < 1: " + f));
    f.column().ifPresent(c -> assertTrue(c >= 1, () -> "column < 1: " + f));
  }
}
