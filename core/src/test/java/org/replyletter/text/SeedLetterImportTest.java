package org.replyletter.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyletter.ReplyLetter;
import org.replyletter.json.ReplyLetterJson;

/**
 * Issue 6: the seed letter's text imports to the letter of {@code examples/letters/jinjiang-2024-7.json},
 * and rendering keeps every sentence of the seed.
 *
 * <p>Differences that plain text cannot carry: none for this letter. The reference JSON has no
 * {@code assignmentDate} (no letter prints it) and its classification scheme is the default
 * three-class one, which is what the importer gives a printed {@code A}.
 */
class SeedLetterImportTest {
  static final Path SEED_TEXT = locate("examples/letters/jinjiang-2024-7.txt");
  static final Path SEED_JSON = locate("examples/letters/jinjiang-2024-7.json");

  static Path locate(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path p = dir.resolve(relative);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    throw new IllegalStateException("cannot find " + relative);
  }

  private final ImportResult result = LetterImporter.defaults().importFile(SEED_TEXT);

  @Test
  void seedText_importsToReferenceJson_exactly() {
    ReplyLetter expected = ReplyLetterJson.defaults().read(SEED_JSON);
    assertEquals(expected, result.letter());
    // Byte-for-byte too: the JSON written from the import is the reference file.
    assertEquals(
        ReplyLetterJson.defaults().writeString(expected),
        ReplyLetterJson.defaults().writeString(result.letter()));
  }

  @Test
  void seedText_everyLinePlaced_noneUnplaced() throws Exception {
    ImportReport r = result.report();
    assertEquals(List.of(), r.unplacedLines());
    assertEquals(0, r.charactersUnplaced());
    List<Integer> nonBlank = new ArrayList<>();
    List<String> lines = Files.readAllLines(SEED_TEXT);
    long chars = 0;
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).strip();
      if (!t.isEmpty()) {
        nonBlank.add(i + 1);
        chars += t.codePointCount(0, t.length());
      }
    }
    List<Integer> placed = new ArrayList<>();
    r.placedLines().forEach(p -> placed.add(p.line()));
    assertEquals(nonBlank, placed);
    assertEquals(nonBlank.size(), r.nonBlankLines());
    assertEquals(chars, r.charactersPlaced());
  }

  @Test
  void seedText_reportNamesTheParts() {
    ImportReport r = result.report();
    assertEquals(
        EnumSet.of(
            LetterPart.DOCUMENT_NUMBER, LetterPart.CLASSIFICATION, LetterPart.TITLE,
            LetterPart.ADDRESSEES, LetterPart.OPENING, LetterPart.SECTION_HEADING,
            LetterPart.PARAGRAPH, LetterPart.ATTACHMENT, LetterPart.CHECKLIST_TITLE,
            LetterPart.CHECKLIST_OPENING, LetterPart.SUGGESTION, LetterPart.SUGGESTION_TITLE,
            LetterPart.DISPOSITION_LABEL, LetterPart.DISPOSITION_ENTRY,
            LetterPart.SUPPLEMENTARY_NOTE, LetterPart.CC),
        r.recognisedParts());
    assertEquals(PlacedLine.of(1, LetterPart.DOCUMENT_NUMBER), r.placedLines().get(0));
    assertEquals(PlacedLine.of(2, LetterPart.CLASSIFICATION), r.placedLines().get(1));
    assertEquals(PlacedLine.of(4, LetterPart.TITLE), r.placedLines().get(2));
    // The seed is in standard form: nothing had to be corrected.
    assertEquals(List.of(), r.normalisations());
  }

  @Test
  void renderedSeed_keepsEverySentenceOfTheSeed() throws Exception {
    String rendered = LetterRenderer.of(RenderFormat.TEXT).render(result.letter());
    String seed = Files.readString(SEED_TEXT);
    List<String> missing = new ArrayList<>();
    int sentences = 0;
    for (String line : seed.split("\n")) {
      for (String sentence : line.split("(?<=[。！？；])")) {
        String s = sentence.strip();
        if (!s.isEmpty()) {
          sentences++;
          if (!rendered.contains(s)) {
            missing.add(s);
          }
        }
      }
    }
    assertTrue(sentences > 80, "sentences: " + sentences);
    assertEquals(List.of(), missing);
  }

  @Test
  void renderedSeed_importsToTheSameLetter() {
    String rendered = LetterRenderer.of(RenderFormat.TEXT).render(result.letter());
    ImportResult again = LetterImporter.defaults().importText(rendered);
    assertEquals(result.letter(), again.letter());
    assertEquals(List.of(), again.report().unplacedLines());
  }
}
