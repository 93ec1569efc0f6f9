package org.replyletter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reply-letter import} of .docx and HTML: chosen by content or --input-format; exit codes as for text. */
class DocumentImportCommandTest {
  private static final Path LETTERS = Path.of("..", "letters");
  private static final Path TEXT = LETTERS.resolve("jinjiang-2024-7.txt");
  private static final Path JSON = LETTERS.resolve("jinjiang-2024-7.json");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ReplyLetterCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path rendered(Path dir, String format, String name) {
    Path f = dir.resolve(name);
    StringWriter quiet = new StringWriter();
    assertEquals(0, ReplyLetterCommand.run(new String[] {"render", "--format", format, "-o", f.toString(), JSON.toString()},
        new PrintWriter(quiet, true), new PrintWriter(quiet, true)), quiet.toString());
    return f;
  }

  @Test
  void renderedDocx_importsToTheSameJson_toldByContent(@TempDir Path dir) throws Exception {
    Path docx = rendered(dir, "docx", "letter.bin");
    assertEquals(0, run("import", docx.toString()), err.toString());
    assertEquals(Files.readString(JSON), out.toString());
    assertTrue(err.toString().contains("import report: " + docx), err.toString());
  }

  @Test
  void renderedHtml_importsToTheSameJson_toldByContent(@TempDir Path dir) throws Exception {
    Path html = rendered(dir, "html", "letter.txt");
    assertEquals(0, run("import", "--format", "json", html.toString()), err.toString());
    assertEquals(Files.readString(JSON), out.toString());
    assertTrue(err.toString().contains("\"unplacedLines\" : [ ]"), err.toString());
  }

  @Test
  void inputFormat_overridesTheContent(@TempDir Path dir) throws Exception {
    // An HTML page read as text keeps its markup: nothing of it is a letter's part but the lines.
    Path html = rendered(dir, "html", "letter.html");
    assertEquals(0, run("import", "--input-format", "html", html.toString()), err.toString());
    assertEquals(Files.readString(JSON), out.toString());
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    assertEquals(2, run("import", "--input-format", "docx", TEXT.toString()));
    assertTrue(err.toString().contains("not a Word document"), err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void text_isStillText() throws Exception {
    assertEquals(0, run("import", "--input-format", "text", TEXT.toString()), err.toString());
    assertEquals(Files.readString(JSON), out.toString());
  }

  @Test
  void hostileDocx_exits2_withAClearMessage(@TempDir Path dir) throws Exception {
    Path bomb = dir.resolve("bomb.docx");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(bytes)) {
      z.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
      byte[] block = new byte[1 << 20];
      for (int i = 0; i < 70; i++) {
        z.write(block);
      }
      z.closeEntry();
    }
    Files.write(bomb, bytes.toByteArray());
    assertEquals(2, run("import", bomb.toString()));
    assertTrue(err.toString().startsWith("reply-letter import: " + bomb + ": unpacks to more than"), err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void badInputFormat_isUsageError() {
    assertEquals(2, run("import", "--input-format", "pdf", TEXT.toString()));
  }

  @Test
  void detection_byFirstBytes(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("a");
    Files.write(html, "\uFEFF  <!DOCTYPE HTML><p>x".getBytes(StandardCharsets.UTF_8));
    assertEquals("html", InputFormats.detect(html));
    Files.writeString(html, "晋残函〔2024〕7号\n");
    assertEquals("text", InputFormats.detect(html));
    Files.write(html, new byte[] {'P', 'K', 3, 4, 0});
    assertEquals("docx", InputFormats.detect(html));
    assertEquals("text", InputFormats.detect(dir.resolve("missing")));
  }
}
