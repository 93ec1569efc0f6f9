package org.replyletter.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.replyletter.ReplyLetter;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.text.ImportResult;
import org.replyletter.text.LetterImporter;
import org.replyletter.text.TextInputException;

/**
 * Coverage-guided fuzzing of the text importer: {@code importText} never throws for text within
 * the limits (fuzz inputs are far below the defaults), every non-blank line is placed or unplaced,
 * and the imported letter can be written as JSON and read back equal; {@code importBytes} ends in a
 * result or in a located {@link TextInputException} for bytes that are not UTF-8. A normal build
 * replays the committed corpus ({@code TextImporterFuzzTestInputs/}); to search for new failures
 * run {@code JAZZER_FUZZ=1 mvn -pl core test -Dtest=TextImporterFuzzTest}, and commit any crash
 * input it writes there as a regression case.
 */
class TextImporterFuzzTest {
  private static final LetterImporter IMPORTER = LetterImporter.defaults();

  @FuzzTest(maxDuration = "60s")
  void importText_anyText_nothingLost(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    ImportResult result = IMPORTER.importText(text);
    HardeningSupport.assertNothingLost(text, result);
    ReplyLetter letter = result.letter();
    ReplyLetterJson json = ReplyLetterJson.defaults();
    assertEquals(letter, json.read(json.write(letter), "imported"));

    try {
      ImportResult fromBytes = IMPORTER.importBytes(input, "fuzz");
      assertEquals(result, fromBytes, "importBytes of valid UTF-8 differs from importText");
    } catch (TextInputException e) {
      assertEquals(TextInputException.Reason.MALFORMED_INPUT, e.reason(), e::getMessage);
      assertTrue(e.line().orElse(0) >= 1 && e.column().orElse(0) >= 1, e::getMessage);
    }
  }
}
