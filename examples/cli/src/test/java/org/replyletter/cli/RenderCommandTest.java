package org.replyletter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reply-letter render}: official layout as text or Markdown; unreadable JSON exits 2. */
class RenderCommandTest {
  private static final Path JSON = Path.of("..", "letters", "jinjiang-2024-7.json");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ReplyLetterCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void text_seed_printsTheOfficialLayout_exits0() {
    assertEquals(0, run("render", JSON.toString()), err.toString());
    String text = out.toString();
    assertTrue(text.startsWith("晋残函〔2024〕7号\n答复类型：A\n\n关于晋江市政协十四届三次会议第3号提案的答复函\n"), text);
    assertTrue(text.endsWith("、税务局、慈善总会。\n"), text);
  }

  @Test
  void text_thenImport_givesTheSameJson(@TempDir Path dir) throws Exception {
    assertEquals(0, run("render", JSON.toString()));
    Path text = dir.resolve("rendered.txt");
    Files.writeString(text, out.toString());
    StringWriter json = new StringWriter();
    assertEquals(0, ReplyLetterCommand.run(new String[] {"import", text.toString()},
        new PrintWriter(json, true), new PrintWriter(new StringWriter(), true)));
    assertEquals(Files.readString(JSON), json.toString());
  }

  @Test
  void markdown_seed_hasHeadings() {
    assertEquals(0, run("render", "--format", "markdown", JSON.toString()), err.toString());
    assertTrue(out.toString().contains("\n# 关于晋江市政协十四届三次会议第3号提案的答复函\n"), out.toString());
    assertTrue(out.toString().contains("\n### 建议一 "), out.toString());
  }

  @Test
  void unreadableJson_exits2_withLocatedFindings(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\n  \"schemaVersion\": \"1.0\",\n  \"title\": 7\n}\n");
    assertEquals(2, run("render", bad.toString()));
    assertTrue(err.toString().contains(bad + ":3:"), err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void badFormat_isUsageError_exits2() {
    assertEquals(2, run("render", "--format", "pdf", JSON.toString()));
  }

  @Test
  void html_toStandardOutput_isThePage() {
    assertEquals(0, run("render", "--format", "html", JSON.toString()), err.toString());
    assertTrue(out.toString().startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"), out.toString());
    assertTrue(out.toString().contains("<h1 class=\"title space-2\">关于晋江市政协十四届三次会议第3号提案的答复函</h1>"), out.toString());
    assertEquals("", err.toString());
  }

  @Test
  void html_toFile_writesUtf8_andNothingToStandardOutput(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("letter.html");
    assertEquals(0, run("render", "--format", "html", "-o", page.toString(), JSON.toString()), err.toString());
    assertEquals("", out.toString());
    assertTrue(Files.readString(page).contains("<table class=\"checklist\""));
  }

  @Test
  void text_toFile_isWhatStandardOutputGets(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("letter.txt");
    assertEquals(0, run("render", "--output", file.toString(), JSON.toString()));
    String toFile = Files.readString(file);
    assertEquals(0, run("render", JSON.toString()));
    assertEquals(out.toString(), toFile);
  }

  @Test
  void docx_toFile_isAWordDocument(@TempDir Path dir) throws Exception {
    Path docx = dir.resolve("letter.docx");
    assertEquals(0, run("render", "--format", "docx", "-o", docx.toString(), JSON.toString()), err.toString());
    assertEquals("", out.toString());
    assertEquals("", err.toString(), "no logging noise");
    byte[] bytes = Files.readAllBytes(docx);
    assertEquals('P', bytes[0]);
    assertEquals('K', bytes[1]);
    try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx))) {
      assertEquals("关于晋江市政协十四届三次会议第3号提案的答复函", doc.getProperties().getCoreProperties().getTitle());
    }
  }

  @Test
  void docx_withoutOutputFile_isUsageError_andWritesNothing() {
    assertEquals(2, run("render", "--format", "docx", JSON.toString()));
    assertEquals("", out.toString());
    assertTrue(err.toString().contains("-o FILE"), err.toString());
  }

  @Test
  void unwritableOutput_exits2(@TempDir Path dir) {
    Path missing = dir.resolve("no-such-dir").resolve("letter.docx");
    assertEquals(2, run("render", "--format", "docx", "-o", missing.toString(), JSON.toString()));
    assertTrue(err.toString().contains("cannot write"), err.toString());
    assertEquals(2, run("render", "--format", "html", "-o", missing.toString(), JSON.toString()));
  }
}
