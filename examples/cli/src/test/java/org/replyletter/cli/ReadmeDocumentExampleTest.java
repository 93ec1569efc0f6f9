package org.replyletter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyletter.ReplyLetter;
import org.replyletter.docx.DocxImporter;
import org.replyletter.docx.DocxRenderer;
import org.replyletter.html.HtmlImporter;
import org.replyletter.html.HtmlRenderer;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.text.ImportResult;

/** The code of README's "Word and HTML" section compiles and does what README says. */
class ReadmeDocumentExampleTest {
  @Test
  void wordAndHtml_renderAndImport(@TempDir Path dir) throws Exception {
    ReplyLetter letter = ReplyLetterJson.defaults().read(Path.of("..", "letters", "jinjiang-2024-7.json"));
    byte[] docx = DocxRenderer.defaults().render(letter);        // a .docx file's bytes
    String html = HtmlRenderer.defaults().render(letter);        // one self-contained page, lang="zh-CN"
    Files.writeString(dir.resolve("reply.html"), html, StandardCharsets.UTF_8);

    ImportResult fromWord = DocxImporter.defaults().importBytes(docx, "reply.docx");
    ImportResult fromPage = HtmlImporter.defaults().importFile(dir.resolve("reply.html"));
    String text = DocxImporter.defaults().text(docx, "reply.docx");

    assertEquals(letter, fromWord.letter());
    assertEquals(letter, fromPage.letter());
    assertTrue(html.contains("<html lang=\"zh-CN\">"));
    assertTrue(text.startsWith("答复类型：A\n晋残函〔2024〕7号\n"), text);
  }
}
