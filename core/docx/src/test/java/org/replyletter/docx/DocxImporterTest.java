package org.replyletter.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.replyletter.ReplyLetter;
import org.replyletter.layout.DocumentLimits;
import org.replyletter.layout.testing.TextLetters;
import org.replyletter.text.ImportOptions;
import org.replyletter.text.ImportResult;
import org.replyletter.text.LetterImporter;
import org.replyletter.text.LetterRenderer;
import org.replyletter.text.RenderFormat;
import org.replyletter.text.TextInputException;

/** Issue 20: .docx in; import(render_docx(letter)) is the letter; hostile files get limits. */
class DocxImporterTest {
  private final DocxImporter importer = DocxImporter.defaults();

  @Test
  void seedAndFullSeed_roundTrip_withNothingUnplaced() {
    for (ReplyLetter letter : List.of(TextLetters.seed(), TextLetters.fullSeed())) {
      ImportResult r = importer.importBytes(DocxRenderer.defaults().render(letter), "seed.docx");
      assertEquals(letter, r.letter());
      assertEquals(List.of(), r.report().unplacedLines());
    }
  }

  @Test
  void seed_sameReportAsItsText_butForTheReadingOrder() {
    ReplyLetter seed = TextLetters.seed();
    ImportResult fromDocx = importer.importBytes(DocxRenderer.defaults().render(seed), null);
    ImportResult fromText = LetterImporter.defaults().importText(LetterRenderer.of(RenderFormat.TEXT).render(seed));
    assertEquals(fromText.letter(), fromDocx.letter());
    assertEquals(fromText.report().recognisedParts(), fromDocx.report().recognisedParts());
    assertEquals(fromText.report().charactersPlaced(), fromDocx.report().charactersPlaced());
    assertEquals(fromText.report().nonBlankLines(), fromDocx.report().nonBlankLines());
  }

  @Test
  void generatedLetters_roundTrip() {
    qt().withExamples(60)
        .forAll(TextLetters.letters())
        .checkAssert(
            letter -> {
              byte[] docx = DocxRenderer.defaults().render(letter);
              ImportResult r = importer.importBytes(docx, null);
              assertEquals(letter, r.letter(), importer.text(docx, null));
              assertEquals(List.of(), r.report().unplacedLines());
            });
  }

  @Test
  void file_isReadLikeBytes(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("letter.docx");
    Files.write(f, DocxRenderer.defaults().render(TextLetters.seed()));
    assertEquals(TextLetters.seed(), importer.importFile(f).letter());
    TextInputException e = assertThrows(TextInputException.class, () -> importer.importFile(dir.resolve("none.docx")));
    assertEquals(TextInputException.Reason.IO_FAILURE, e.reason());
  }

  /** A department's own .docx: Word numbering for the headings, a five-column checklist, line breaks. */
  @Test
  void departmentsDocx_numberingTablesAndBreaks_areRead() throws IOException {
    byte[] bytes;
    try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFNumbering numbering = d.createNumbering();
      CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
      abs.setAbstractNumId(BigInteger.ONE);
      CTLvl lvl = abs.addNewLvl();
      lvl.setIlvl(BigInteger.ZERO);
      lvl.addNewStart().setVal(BigInteger.ONE);
      lvl.addNewNumFmt().setVal(STNumberFormat.CHINESE_COUNTING);
      lvl.addNewLvlText().setVal("%1、");
      BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs)));
      d.createParagraph().createRun().setText("关于市政协十四届三次会议第12号提案的答复函");
      d.createParagraph().createRun().setText("李明委员：");
      d.createParagraph().createRun().setText("您提出的《关于加强社区养老服务的建议》收悉，现将办理情况答复如下：");
      for (String h : List.of("加强统筹", "加大投入")) {
        XWPFParagraph p = d.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.ZERO);
        p.createRun().setText(h);
        XWPFParagraph body = d.createParagraph();
        body.createRun().setText("我们做了大量工作。");
        body.createRun().addBreak();
        body.createRun().setText("今后继续推进。");
      }
      d.createParagraph().createRun().setText("附件：办理清单");
      d.createParagraph().createRun().setText("附件");
      d.createParagraph().createRun().setText("办理清单");
      XWPFTable t = d.createTable(2, 5);
      String[] head = {"建议", "已完成事项", "已开展事项", "无法落实事项", "原因"};
      String[] row = {"建议一", "建成站点。", "", "建设新院。", "用地不足。"};
      for (int c = 0; c < 5; c++) {
        t.getRow(0).getCell(c).setText(head[c]);
        t.getRow(1).getCell(c).setText(row[c]);
      }
      d.createParagraph().createRun().setText("抄送：市政协提案委。");
      d.write(out);
      bytes = out.toByteArray();
    }
    String text = importer.text(bytes, "dept.docx");
    assertTrue(text.contains("\n一、加强统筹\n我们做了大量工作。\n今后继续推进。\n二、加大投入\n"), text);
    assertTrue(text.contains("\n附件：办理清单\n办理清单\n建议一\n已完成事项\n建成站点。\n已开展事项（开展中）\n"
        + "无法落实事项\n建设新院。\n原因\n用地不足。\n抄送"), text);
    ImportResult r = importer.importBytes(bytes, "dept.docx");
    assertEquals(List.of(), r.report().unplacedLines());
    ReplyLetter l = r.letter();
    assertEquals(2, l.sections().size());
    assertEquals("二", l.sections().get(1).ordinal().orElseThrow());
    assertEquals("加大投入", l.sections().get(1).heading().orElseThrow());
    assertEquals(List.of("我们做了大量工作。", "今后继续推进。"), l.sections().get(0).paragraphs());
    var item = l.checklist().orElseThrow().suggestions().get(0).disposition().notImplementable().get(0);
    assertEquals("建设新院。", item.item());
    assertEquals("用地不足。", item.reason().orElseThrow());
  }

  private static byte[] zip(String[] names, byte[]... contents) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (int i = 0; i < names.length; i++) {
        z.putNextEntry(new ZipEntry(names[i]));
        z.write(contents[i]);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static TextInputException refused(DocxImporter importer, byte[] bytes, TextInputException.Reason reason) {
    TextInputException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> assertThrows(TextInputException.class, () -> importer.importBytes(bytes, "x.docx")));
    assertEquals(reason, e.reason(), e.getMessage());
    assertTrue(e.getMessage().startsWith("x.docx:"), e.getMessage());
    return e;
  }

  @Test
  void zipBomb_stopsAtTheUnpackedLimit() throws IOException {
    // 80 MiB of one repeated byte packs to about 80 KB; the default limit is 64 MiB unpacked.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] block = new byte[1 << 20];
      Arrays.fill(block, (byte) ' ');
      for (int i = 0; i < 80; i++) {
        z.write(block);
      }
      z.closeEntry();
    }
    assertTrue(out.size() < 1 << 20);
    TextInputException e = refused(importer, out.toByteArray(), TextInputException.Reason.LIMIT_EXCEEDED);
    assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
  }

  @Test
  void tooManyParts_tooLargeFile_areLimits() throws IOException {
    String[] names = new String[30];
    byte[][] contents = new byte[30][];
    for (int i = 0; i < 30; i++) {
      names[i] = "word/media/p" + i + ".bin";
      contents[i] = new byte[] {1};
    }
    DocxImporter small = DocxImporter.of(ImportOptions.defaults(), DocumentLimits.of(1 << 20, 1 << 20, 20, 64));
    assertTrue(refused(small, zip(names, contents), TextInputException.Reason.LIMIT_EXCEEDED).getMessage().contains("parts"));
    byte[] seed = DocxRenderer.defaults().render(TextLetters.seed());
    DocxImporter tiny = DocxImporter.of(ImportOptions.defaults(), DocumentLimits.of(1000, 1 << 20, 20, 64));
    refused(tiny, seed, TextInputException.Reason.LIMIT_EXCEEDED);
  }

  @Test
  void deeplyNestedXml_isALimit_notAStackOverflow() throws IOException {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>");
    for (int i = 0; i < 100_000; i++) {
      xml.append("<a>");
    }
    for (int i = 0; i < 100_000; i++) {
      xml.append("</a>");
    }
    byte[] bytes = zip(new String[] {"word/document.xml"}, xml.toString().getBytes(StandardCharsets.UTF_8));
    assertTrue(refused(importer, bytes, TextInputException.Reason.LIMIT_EXCEEDED).getMessage().contains("deeper than 256"));
  }

  @Test
  void doctypeAndEntities_areRefused() throws IOException {
    String laughs = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY x SYSTEM \"file:///etc/passwd\">]><d>&c;&x;</d>";
    byte[] bytes = zip(new String[] {"word/document.xml"}, laughs.getBytes(StandardCharsets.UTF_8));
    assertTrue(refused(importer, bytes, TextInputException.Reason.MALFORMED_INPUT).getMessage().contains("document type"));
  }

  @Test
  void notADocx_isMalformed() throws IOException {
    refused(importer, "晋残函〔2024〕7号\n".getBytes(StandardCharsets.UTF_8), TextInputException.Reason.MALFORMED_INPUT);
    refused(importer, zip(new String[] {"a.txt"}, new byte[] {1}), TextInputException.Reason.MALFORMED_INPUT);
    refused(importer, zip(new String[] {"word/document.xml"}, "<a><b></a>".getBytes(StandardCharsets.UTF_8)),
        TextInputException.Reason.MALFORMED_INPUT);
    byte[] seed = DocxRenderer.defaults().render(TextLetters.seed());
    refused(importer, Arrays.copyOf(seed, seed.length / 2), TextInputException.Reason.MALFORMED_INPUT);
    refused(importer, zip(new String[] {"word/document.xml"}, "<a/>".getBytes(StandardCharsets.UTF_8)),
        TextInputException.Reason.MALFORMED_INPUT);
  }

  @Test
  void textOverTheImportersLimit_isRefused_namingTheDocument() {
    DocxImporter small = DocxImporter.of(ImportOptions.builder().maxInputSize(100).build(), DocumentLimits.defaults());
    TextInputException e = refused(small, DocxRenderer.defaults().render(TextLetters.seed()), TextInputException.Reason.LIMIT_EXCEEDED);
    assertTrue(e.getMessage().contains("the document's text"), e.getMessage());
  }
}
