package org.replyletter.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyletter.text.ImportOptions;
import org.replyletter.text.ImportResult;
import org.replyletter.text.LetterImporter;
import org.replyletter.text.TextInputException;
import org.replyletter.text.TextInputException.Reason;

/** The text importer's limits: documented defaults, configurable, located refusal, never OOM or hang. */
class TextImportLimitsTest {
  private static final LetterImporter SMALL =
      LetterImporter.of(ImportOptions.builder().maxInputSize(100).maxLineLength(10).maxLines(5).build());

  @Test
  void defaults_areTheDocumentedOnes() {
    ImportOptions d = ImportOptions.defaults();
    assertEquals(1024 * 1024, d.maxInputSize());
    assertEquals(1024 * 1024, d.maxLineLength());
    assertEquals(100_000, d.maxLines());
  }

  @Test
  void limitsBelowOne_areRefused() {
    assertThrows(IllegalArgumentException.class, () -> ImportOptions.builder().maxInputSize(0).build());
    assertThrows(IllegalArgumentException.class, () -> ImportOptions.builder().maxLineLength(0).build());
    assertThrows(IllegalArgumentException.class, () -> ImportOptions.builder().maxLines(-1).build());
  }

  @Test
  void seedLetter_isWellWithinTheDefaults() throws IOException {
    ImportResult r = LetterImporter.defaults().importFile(Path.of("..", "examples", "letters", "jinjiang-2024-7.txt"));
    assertTrue(r.report().isRecognisable());
  }

  @Test
  void atEachLimit_accepted() {
    // 5 lines, the longest exactly 10 characters, a final line end, 59 characters in all.
    String text = "0123456789\n一二三四五六七八九十\nabc\n\ndef\n";
    ImportResult r = SMALL.importText(text);
    HardeningSupport.assertNothingLost(text, r);
    assertEquals(4, r.report().nonBlankLines());
    SMALL.importText("x".repeat(10) + "\r\n" + "y".repeat(10) + "\r" + "z".repeat(10));
  }

  @Test
  void lineTooLong_locatedAtFirstCharacterOverTheLimit() {
    TextInputException e = refused(() -> SMALL.importText("ok\r\nabcdefghijKLMN\n"));
    assertEquals(OptionalInt.of(2), e.line());
    assertEquals(OptionalInt.of(11), e.column());
    assertTrue(e.getMessage().contains("maxLineLength"), e.getMessage());
  }

  @Test
  void tooManyLines_locatedAtTheFirstLineOverTheLimit() {
    TextInputException e = refused(() -> SMALL.importText("1\n2\r\n\r4\n5\n6\n"));
    assertEquals(OptionalInt.of(6), e.line());
    assertEquals(OptionalInt.of(1), e.column());
    assertTrue(e.getMessage().contains("maxLines"), e.getMessage());
  }

  @Test
  void textTooLarge_locatedAtTheFirstCharacterOverTheLimit() {
    LetterImporter importer = LetterImporter.of(ImportOptions.builder().maxInputSize(20).build());
    TextInputException e = refused(() -> importer.importText("0123456789\n0123456789"));
    assertEquals(OptionalInt.of(2), e.line());
    assertEquals(OptionalInt.of(10), e.column());
    assertTrue(e.getMessage().contains("maxInputSize"), e.getMessage());
  }

  @Test
  void bytesTooLarge_refusedBeforeDecoding() {
    byte[] bytes = new byte[101];
    bytes[100] = (byte) 0xFF; // would be a decoding error, but the size is checked first
    TextInputException e = refused(() -> SMALL.importBytes(bytes, "big.txt"));
    assertFalse(e.line().isPresent());
    assertEquals("big.txt", e.sourceName().orElseThrow());
    assertTrue(e.getMessage().contains("101 bytes"), e.getMessage());
  }

  @Test
  void fileTooLarge_refusedAndReadOnlyUpToTheLimit(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("big.txt");
    Files.write(file, "答复类型：A\n".repeat(40).getBytes(StandardCharsets.UTF_8));
    TextInputException e = refused(() -> SMALL.importFile(file));
    assertTrue(e.getMessage().contains("more than 100 bytes"), e.getMessage());
    assertEquals(file.toString(), e.sourceName().orElseThrow());
  }

  @Test
  void endlessFile_endsAtTheLimit() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(zero), "no /dev/zero here");
    TextInputException e =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refused(() -> SMALL.importFile(zero)));
    assertEquals(Reason.LIMIT_EXCEEDED, e.reason());
  }

  @Test
  void hugeInputs_withDefaults_refusedQuicklyWithoutOutOfMemory() {
    LetterImporter importer = LetterImporter.defaults();
    String longLine = "很长".repeat(2_100_000); // 4 200 000 characters on one line
    TextInputException e =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refused(() -> importer.importText(longLine)));
    assertEquals(OptionalInt.of(1024 * 1024 + 1), e.column());

    String manyLines = "一\n".repeat(100_001);
    e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refused(() -> importer.importText(manyLines)));
    assertEquals(OptionalInt.of(100_001), e.line());

    byte[] seventeenMiB = new byte[17 * 1024 * 1024];
    java.util.Arrays.fill(seventeenMiB, (byte) '\n');
    e = assertTimeoutPreemptively(
        Duration.ofSeconds(10), () -> refused(() -> importer.importBytes(seventeenMiB, null)));
    assertTrue(e.getMessage().contains("1048576"), e.getMessage());
  }

  @Test
  void justBelowTheDefaultLimits_importsInLinearTime() {
    // 99 999 lines of a paragraph each: no limit crossed, and every line accounted for.
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 99_999; i++) {
      b.append("开展宣传活动。\n"); // 8 characters a line: 800 000 in all, under the 1 MiB limit
    }
    String text = b.toString();
    ImportResult r = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> LetterImporter.defaults().importText(text));
    HardeningSupport.assertNothingLost(text, r);
  }

  private static TextInputException refused(org.junit.jupiter.api.function.Executable call) {
    TextInputException e = assertThrows(TextInputException.class, call);
    assertEquals(Reason.LIMIT_EXCEEDED, e.reason(), e.getMessage());
    return e;
  }
}
