package org.replyletter.hardening;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.replyletter.ReplyLetter;
import org.replyletter.json.JsonInputException;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.validation.Finding;

/** Shared checks: every input ends in a letter or in the library's one exception, well formed. */
final class HardeningSupport {
  private HardeningSupport() {}

  static final Set<String> READER_CODES =
      Set.of(
          "RL-JSON-001", "RL-JSON-002", "RL-JSON-003", "RL-JSON-004", "RL-JSON-005", "RL-JSON-006",
          "RL-JSON-007", "RL-JSON-008", "RL-JSON-009", "RL-JSON-010");

  /** The seed letter's JSON, from the examples folder beside core. */
  static byte[] seed() {
    try {
      return Files.readAllBytes(Path.of("..", "examples", "letters", "jinjiang-2024-7.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads {@code input} and checks the documented outcome: a letter that writes and reads back
   * equal, or a {@link JsonInputException} whose findings are all reader codes with messages in both
   * languages. Any other throwable propagates and fails the calling test.
   *
   * @return the letter, or null if the input was refused
   */
  static ReplyLetter readChecked(ReplyLetterJson json, byte[] input) {
    ReplyLetter letter;
    try {
      letter = json.read(input, "fuzz");
    } catch (JsonInputException e) {
      assertFalse(e.findings().isEmpty());
      for (Finding f : e.findings()) {
        assertTrue(READER_CODES.contains(f.code()), () -> "unexpected code " + f);
        assertNotEquals(f.messageKey(), f.message(Locale.ENGLISH).split(" ")[0], () -> "no English message: " + f);
        assertNotEquals(f.messageKey(), f.message().split(" ")[0], () -> "no Chinese message: " + f);
        f.line().ifPresent(l -> assertTrue(l >= 1, () -> "line < 1: " + f));
        f.column().ifPresent(c -> assertTrue(c >= 1, () -> "column < 1: " + f));
      }
      return null;
    }
    ReplyLetter again = json.read(json.write(letter), "rewritten");
    if (!again.equals(letter)) {
      throw new AssertionError("write/read changed a letter read from: " + new String(input, java.nio.charset.StandardCharsets.UTF_8));
    }
    return letter;
  }
}
