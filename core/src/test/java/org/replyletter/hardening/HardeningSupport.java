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
import org.replyletter.diagnostics.Finding;

/** Shared checks: every input ends in a letter or in the library's one exception, well formed. */
final class HardeningSupport {
  private HardeningSupport() {}

  static final Set<String> READER_CODES =
      Set.of(
          "RL-JSON-001", "RL-JSON-002", "RL-JSON-003", "RL-JSON-004", "RL-JSON-005", "RL-JSON-006",
          "RL-JSON-007", "RL-JSON-008", "RL-JSON-009", "RL-JSON-010", "RL-JSON-011", "RL-JSON-012");

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
      assertRefusal(e, READER_CODES::contains);
      return null;
    }
    ReplyLetter again = json.read(json.write(letter), "rewritten");
    if (!again.equals(letter)) {
      throw new AssertionError("write/read changed a letter read from: " + new String(input, java.nio.charset.StandardCharsets.UTF_8));
    }
    return letter;
  }

  /**
   * Checks a reader's refusal: at least one finding, each with a code {@code knownCode} accepts,
   * messages in both languages and line/column of at least 1 when located.
   */
  static void assertRefusal(JsonInputException e, java.util.function.Predicate<String> knownCode) {
    assertFalse(e.findings().isEmpty());
    for (Finding f : e.findings()) {
      assertTrue(knownCode.test(f.code()), () -> "unexpected code " + f);
      assertNotEquals(f.messageKey(), f.message(Locale.ENGLISH).split(" ")[0], () -> "no English message: " + f);
      assertNotEquals(f.messageKey(), f.message().split(" ")[0], () -> "no Chinese message: " + f);
      f.line().ifPresent(l -> assertTrue(l >= 1, () -> "line < 1: " + f));
      f.column().ifPresent(c -> assertTrue(c >= 1, () -> "column < 1: " + f));
    }
  }

  /**
   * Checks one finding of a validation report: a known code (reader or catalogue, never
   * RL-VAL-001, which means a rule threw), messages in both languages, line/column at least 1.
   */
  static void assertWellFormed(Finding f) {
    assertTrue(
        READER_CODES.contains(f.code()) || org.replyletter.validation.LetterValidator.catalogue().containsKey(f.code()),
        () -> "unknown code " + f);
    assertNotEquals("RL-VAL-001", f.code(), () -> "a rule threw: " + f.message(Locale.ENGLISH));
    assertNotEquals(f.messageKey(), f.message(Locale.ENGLISH).split(" ")[0], () -> "no English message: " + f);
    assertNotEquals(f.messageKey(), f.message(Locale.SIMPLIFIED_CHINESE).split(" ")[0], () -> "no Chinese message: " + f);
    f.line().ifPresent(l -> assertTrue(l >= 1, () -> "line < 1: " + f));
    f.column().ifPresent(c -> assertTrue(c >= 1, () -> "column < 1: " + f));
  }

  /**
   * The importer's "nothing is lost" invariant: every non-blank line of {@code text} (stripped of
   * white space as the importer does; a leading BOM removed) is placed or listed unplaced, unplaced
   * text comes from its line, and the character counts add up.
   */
  static void assertNothingLost(String text, org.replyletter.text.ImportResult result) {
    org.replyletter.text.ImportReport r = result.report();
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    java.util.Map<Integer, String> nonBlank = new java.util.HashMap<>();
    long chars = 0;
    for (int i = 0; i < lines.length; i++) {
      String t = strip(i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i]);
      if (!t.isEmpty()) {
        nonBlank.put(i + 1, t);
        chars += t.codePointCount(0, t.length());
      }
    }
    java.util.TreeSet<Integer> accounted = new java.util.TreeSet<>();
    r.placedLines().forEach(p -> accounted.add(p.line()));
    r.unplacedLines().forEach(u -> accounted.add(u.line()));
    org.junit.jupiter.api.Assertions.assertEquals(
        new java.util.TreeSet<>(nonBlank.keySet()), accounted, "lines neither placed nor unplaced");
    org.junit.jupiter.api.Assertions.assertEquals(nonBlank.size(), r.nonBlankLines(), "non-blank lines");
    org.junit.jupiter.api.Assertions.assertEquals(
        chars, r.charactersPlaced() + r.charactersUnplaced(), "character counts");
    for (org.replyletter.text.UnplacedLine u : r.unplacedLines()) {
      assertTrue(nonBlank.get(u.line()).contains(u.text()), () -> "unplaced text not from its line: " + u);
    }
  }

  private static String strip(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && isSpace(s.charAt(a))) {
      a++;
    }
    while (b > a && isSpace(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }
}
