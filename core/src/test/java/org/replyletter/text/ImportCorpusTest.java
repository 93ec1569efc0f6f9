package org.replyletter.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.replyletter.ReplyLetter;
import org.replyletter.json.ReplyLetterJson;

/**
 * The corpus: letters written for the tests (CPPCC and NPC, with and without checklist, reply types
 * A/B/C/D/乙 and none, missing parts, odd punctuation, dates in Arabic and Chinese numerals with 〇
 * and ○, the contact-line forms, disclosure lines, 签发人 on the document-number line), each
 * {@code X.txt} with its expected import: the letter as {@code X.json} and the report's unplaced
 * lines and normalisations as {@code X.report.tsv}.
 */
class ImportCorpusTest {

  static List<Path> corpus() throws IOException, URISyntaxException {
    Path dir = Path.of(ImportCorpusTest.class.getResource("corpus").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  static Path sibling(Path txt, String suffix) {
    String name = txt.getFileName().toString();
    return txt.resolveSibling(name.substring(0, name.length() - 4) + suffix);
  }

  @TestFactory
  Stream<DynamicTest> everyLetter_importsAsExpected() throws Exception {
    List<Path> files = corpus();
    assertEquals(true, files.size() >= 9, "corpus: " + files);
    return files.stream()
        .map(
            txt ->
                DynamicTest.dynamicTest(
                    txt.getFileName().toString(),
                    () -> {
                      ImportResult r = LetterImporter.defaults().importFile(txt);
                      ReplyLetter expected = ReplyLetterJson.defaults().read(sibling(txt, ".json"));
                      assertEquals(expected, r.letter());
                      assertEquals(Files.readString(sibling(txt, ".report.tsv")), reportLines(r.report()));
                      ImportInvariants.assertNothingLost(Files.readString(txt), r);
                    }));
  }

  @TestFactory
  Stream<DynamicTest> everyLetter_renderedAndImported_isTheSameLetter() throws Exception {
    return corpus().stream()
        .map(
            txt ->
                DynamicTest.dynamicTest(
                    txt.getFileName().toString(),
                    () -> {
                      ReplyLetter letter = LetterImporter.defaults().importFile(txt).letter();
                      String text = LetterRenderer.of(RenderFormat.TEXT).render(letter);
                      ImportResult again = LetterImporter.defaults().importText(text);
                      assertEquals(letter, again.letter(), text);
                      assertEquals(List.of(), again.report().unplacedLines());
                    }));
  }

  static String reportLines(ImportReport report) {
    List<String> lines = new ArrayList<>();
    for (UnplacedLine u : report.unplacedLines()) {
      lines.add("unplaced\t" + u.line() + "\t" + u.text());
    }
    for (TextNormalisation n : report.normalisations()) {
      lines.add("normalised\t" + n.line() + "\t" + n.kind());
    }
    StringBuilder b = new StringBuilder();
    lines.forEach(l -> b.append(l).append('\n'));
    return b.toString();
  }
}
