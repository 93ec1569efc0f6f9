package org.replyletter.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyletter.ReplyLetter;

/** The code of the README section "Importing and rendering text" works as the README says. */
class ReadmeTextExampleTest {

  @Test
  void importThenRender_asInTheReadme() {
    ImportResult result = LetterImporter.defaults().importFile(SeedLetterImportTest.SEED_TEXT);
    ReplyLetter letter = result.letter();
    ImportReport report = result.report();
    assertEquals(List.of(), report.unplacedLines());
    assertEquals(4223, report.charactersPlaced());
    assertEquals(51, report.nonBlankLines());

    LetterImporter gb18030 =
        LetterImporter.of(ImportOptions.builder().charset(Charset.forName("GB18030")).build());
    assertEquals("GB18030", gb18030.options().charset().name());

    String text = LetterRenderer.of(RenderFormat.TEXT).render(letter);
    String markdown = LetterRenderer.of(RenderFormat.MARKDOWN).render(letter);
    assertEquals(letter, LetterImporter.defaults().importText(text).letter());
    assertTrue(markdown.startsWith("**晋残函〔2024〕7号**"));
  }
}
