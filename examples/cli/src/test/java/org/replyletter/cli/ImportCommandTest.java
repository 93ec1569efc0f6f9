package org.replyletter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyletter.json.ReplyLetterJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code reply-letter import}: letter JSON on stdout, report on stderr, exit codes 0/1/2. */
class ImportCommandTest {
  private static final Path LETTERS = Path.of("..", "letters");
  private static final Path TEXT = LETTERS.resolve("jinjiang-2024-7.txt");
  private static final Path JSON = LETTERS.resolve("jinjiang-2024-7.json");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ReplyLetterCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void seed_writesTheReferenceJson_exits0() throws Exception {
    assertEquals(0, run("import", TEXT.toString()), err.toString());
    assertEquals(Files.readString(JSON), out.toString());
    assertTrue(err.toString().contains("characters placed: "), err.toString());
    assertTrue(err.toString().contains("发文字号 (document-number)"), err.toString());
    assertFalse(err.toString().contains("unplaced: 市"), err.toString());
  }

  /**
   * Text whose letter's JSON would be over the reader's size limit (control characters are written
   * as six-byte escapes): no JSON is written, the report still is, exit 2.
   */
  @Test
  void letterWhoseJsonWouldBeOverTheLimit_notWritten_reportStillPrinted_exits2(@TempDir Path dir) throws Exception {
    String seed = Files.readString(TEXT);
    int at = seed.indexOf('\n', seed.indexOf("一、")) + 1;
    String paragraph = "\u0001".repeat(900_000) + "\n";
    Path big = dir.resolve("controls.txt");
    Files.writeString(big, seed.substring(0, at) + paragraph + seed.substring(at));
    assertEquals(2, run("import", big.toString()), err.toString());
    assertEquals("", out.toString());
    assertTrue(err.toString().contains("over the limit of 4194304 bytes"), err.toString());
    assertTrue(err.toString().contains("characters placed"), err.toString());
  }

  @Test
  void jsonReport_isJsonWithTheCounts() {
    assertEquals(0, run("import", "--format", "json", TEXT.toString()), err.toString());
    JsonNode report = JsonMapper.builder().build().readTree(err.toString());
    assertTrue(report.get("recognisable").booleanValue(), err.toString());
    assertEquals(0, report.get("charactersUnplaced").longValue());
    assertEquals(4223, report.get("charactersPlaced").longValue());
    assertEquals(51, report.get("placedLines").size());
    assertEquals("document-number", report.get("placedLines").get(0).get("part").stringValue());
  }

  @Test
  void gb18030File_withCharsetOption_importsTheSameLetter(@TempDir Path dir) throws Exception {
    Path gb = dir.resolve("seed-gb.txt");
    Files.write(gb, Files.readString(TEXT).getBytes(Charset.forName("GB18030")));
    assertEquals(0, run("import", "--charset", "GB18030", gb.toString()), err.toString());
    assertEquals(ReplyLetterJson.defaults().read(JSON), ReplyLetterJson.defaults().read(out.toString()));
  }

  @Test
  void gb18030File_readAsUtf8_exits2WithLocation(@TempDir Path dir) throws Exception {
    Path gb = dir.resolve("seed-gb.txt");
    Files.write(gb, Files.readString(TEXT).getBytes(Charset.forName("GB18030")));
    assertEquals(2, run("import", gb.toString()));
    assertTrue(err.toString().contains(gb + ":1:1: "), err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void prose_nothingRecognisable_exits1_withoutJson(@TempDir Path dir) throws Exception {
    Path prose = dir.resolve("prose.txt");
    Files.writeString(prose, "今天天气很好。\n我们去公园散步。\n");
    assertEquals(1, run("import", prose.toString()));
    assertEquals("", out.toString());
    assertTrue(err.toString().contains("line 2: unplaced: 我们去公园散步。"), err.toString());
  }

  @Test
  void missingFile_exits2() {
    assertEquals(2, run("import", "no-such-letter.txt"));
    assertTrue(err.toString().contains("no-such-letter.txt"), err.toString());
  }

  @Test
  void badOptions_areUsageErrors_exit2() {
    assertEquals(2, run("import", "--format", "xml", TEXT.toString()));
    assertEquals(2, run("import", "--charset", "NO-SUCH-CHARSET", TEXT.toString()));
    assertEquals(2, run("import"));
  }
}
