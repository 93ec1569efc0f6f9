package org.replyletter.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyletter.ReplyLetter;
import org.replyletter.layout.DocumentLimits;
import org.replyletter.layout.testing.TextLetters;
import org.replyletter.text.ImportOptions;
import org.replyletter.text.ImportResult;
import org.replyletter.text.TextInputException;

/** Issue 20: HTML in; import(render_html(letter)) is the letter; a portal's page gives its article. */
class HtmlImporterTest {
  private final HtmlImporter importer = HtmlImporter.defaults();

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void seedAndFullSeed_roundTrip_withNothingUnplaced() {
    for (ReplyLetter letter : List.of(TextLetters.seed(), TextLetters.fullSeed())) {
      ImportResult r = importer.importBytes(utf8(HtmlRenderer.defaults().render(letter)), "seed.html");
      assertEquals(letter, r.letter());
      assertEquals(List.of(), r.report().unplacedLines());
    }
  }

  @Test
  void generatedLetters_roundTrip() {
    qt().withExamples(200)
        .forAll(TextLetters.letters())
        .checkAssert(
            letter -> {
              byte[] page = utf8(HtmlRenderer.defaults().render(letter));
              ImportResult r = importer.importBytes(page, null);
              assertEquals(letter, r.letter(), importer.text(page, null));
              assertEquals(List.of(), r.report().unplacedLines());
            });
  }

  static final String PORTAL =
      "<!DOCTYPE html><html><head><meta charset=\"gb18030\"><title>门户网站</title>"
          + "<script>var menu = '首页';</script><style>p{color:red}</style></head><body>"
          + "<div class=\"top-nav\"><a href=\"/\">首页</a> <a href=\"/zwgk\">政务公开</a></div>"
          + "<div id=\"breadcrumb\">当前位置：首页 &gt; 建议提案</div>"
          + "<div class=\"content\"><div class=\"TRS_Editor\">"
          + "<p style=\"text-align:center\"><b>关于市政协十四届三次会议第12号提案的答复函</b></p>"
          + "<p>李明委员：</p>"
          + "<p>　　您提出的《关于加强社区养老服务的建议》收悉，现将办理情况答复如下：</p>"
          + "<p>　　一、加强统筹</p><p>　　我们做了大量工作。<br>今后继续推进。</p>"
          + "<script>document.write('注入的文字')</script>"
          + "<table border=1><tr><td>建议</td><td>已完成事项</td><td>已开展事项（开展中）</td><td>无法落实事项及原因</td></tr>"
          + "<tr><td>建议一<br>加强统筹。</td><td><p>建成站点。</p></td><td></td><td>建设新院。<br>原因：用地不足。</td></tr></table>"
          + "<p>抄送：市政协提案委。</p></div></div>"
          + "<div class=\"footer\">版权所有：某市人民政府 网站标识码</div>"
          + "<form><input value=\"搜索\"></form></body></html>";

  @Test
  void portalPage_readsTheArticle_withoutNavigationScriptsOrFooter() {
    byte[] page = PORTAL.getBytes(Charset.forName("GB18030"));
    String text = importer.text(page, "portal.html");
    assertEquals(
        "关于市政协十四届三次会议第12号提案的答复函\n李明委员：\n"
            + "您提出的《关于加强社区养老服务的建议》收悉，现将办理情况答复如下：\n一、加强统筹\n我们做了大量工作。\n今后继续推进。\n"
            + "建议一\n加强统筹。\n已完成事项\n建成站点。\n已开展事项（开展中）\n无法落实事项\n建设新院。\n原因\n用地不足。\n"
            + "抄送：市政协提案委。\n",
        text);
    ImportResult r = importer.importBytes(page, "portal.html");
    assertEquals(List.of(), r.report().unplacedLines());
    assertEquals("用地不足。",
        r.letter().checklist().orElseThrow().suggestions().get(0).disposition().notImplementable().get(0).reason().orElseThrow());
    assertEquals("加强统筹", r.letter().sections().get(0).heading().orElseThrow());
  }

  @Test
  void articleElement_isPreferred_andItsOwnHeaderKept() {
    String page = "<body><nav>导航</nav><header>网站头</header><article><header><p>答复类型：A</p></header>"
        + "<h1>标题</h1></article><footer>页脚</footer></body>";
    assertEquals("答复类型：A\n标题\n", importer.text(utf8(page), null));
  }

  @Test
  void hostileText_roundTrips_asText() {
    String hostile = HtmlRendererTest.HOSTILE;
    ReplyLetter l = TextLetters.seed().withOpening(hostile);
    String text = importer.text(utf8(HtmlRenderer.defaults().render(l)), null);
    assertTrue(text.contains("\n" + hostile + "\n"), text);
  }

  @Test
  void deepNesting_costsNeitherStackNorTime_andKeepsTheText() {
    StringBuilder b = new StringBuilder("<body>");
    for (int i = 0; i < 200_000; i++) {
      b.append("<div><span>");
    }
    b.append("深处的文字");
    String text = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> importer.text(utf8(b.toString()), null));
    assertEquals("深处的文字\n", text);
  }

  @Test
  void externalEntities_areNeverResolved() {
    String page = "<!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><p>&x;甲</p>";
    String text = importer.text(utf8(page), null);
    assertFalse(text.contains("root:"), text);
    assertTrue(text.contains("甲"), text);
  }

  @Test
  void hugePage_isRefusedBeforeParsing() {
    HtmlImporter small = HtmlImporter.of(ImportOptions.defaults(), DocumentLimits.of(1000, 1000, 10, 64));
    TextInputException e =
        assertThrows(TextInputException.class, () -> small.importBytes(new byte[1001], "big.html"));
    assertEquals(TextInputException.Reason.LIMIT_EXCEEDED, e.reason());
    assertTrue(e.getMessage().startsWith("big.html: "), e.getMessage());
  }

  @Test
  void textOverTheImportersLimit_isRefused_namingThePage() {
    HtmlImporter small = HtmlImporter.of(ImportOptions.builder().maxLines(3).build(), DocumentLimits.defaults());
    TextInputException e =
        assertThrows(TextInputException.class,
            () -> small.importBytes(utf8(HtmlRenderer.defaults().render(TextLetters.seed())), "seed.html"));
    assertEquals(TextInputException.Reason.LIMIT_EXCEEDED, e.reason());
    assertTrue(e.getMessage().startsWith("seed.html:4:1: the document's text:"), e.getMessage());
  }

  @Test
  void file_isReadLikeBytes(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("letter.html");
    Files.writeString(f, HtmlRenderer.defaults().render(TextLetters.seed()));
    assertEquals(TextLetters.seed(), importer.importFile(f).letter());
    assertEquals(TextInputException.Reason.IO_FAILURE,
        assertThrows(TextInputException.class, () -> importer.importFile(dir.resolve("none.html"))).reason());
  }
}
