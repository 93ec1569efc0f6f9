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
}
