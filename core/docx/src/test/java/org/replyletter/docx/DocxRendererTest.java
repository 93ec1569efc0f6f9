package org.replyletter.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.replyletter.ReplyLetter;
import org.replyletter.layout.ChecklistTable;
import org.replyletter.layout.testing.TextLetters;

/** Issue 20: the .docx read back with POI has the GB/T 9704 page, fonts, sizes, order and table. */
class DocxRendererTest {
  static final ReplyLetter FULL = TextLetters.fullSeed();

  static XWPFDocument open(byte[] docx) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(docx));
  }

  private final XWPFDocument doc;

  DocxRendererTest() throws IOException {
    doc = open(DocxRenderer.defaults().render(FULL));
  }

  /** One 3号 character in twips. */
  private static final int CHAR3 = 320;

  @Test
  void page_isA4_withTheVersionsMargins_andA22By28Grid() {
    CTSectPr s = doc.getDocument().getBody().getSectPr();
    CTPageSz size = s.getPgSz();
    assertEquals(11906, ((Number) size.getW()).intValue()); // 210 mm
    assertEquals(16838, ((Number) size.getH()).intValue()); // 297 mm
    CTPageMar m = s.getPgMar();
    assertEquals(2098, ((Number) m.getTop()).intValue()); // 天头 37 mm
    assertEquals(1587, ((Number) m.getLeft()).intValue()); // 订口 28 mm
    assertEquals(1474, ((Number) m.getRight()).intValue()); // 26 mm: 版心 156 mm wide
    assertEquals(1984, ((Number) m.getBottom()).intValue()); // 35 mm: 版心 225 mm high
    int textHeight = 16838 - 2098 - 1984;
    assertEquals(STDocGrid.LINES, s.getDocGrid().getType());
    int pitch = ((Number) s.getDocGrid().getLinePitch()).intValue();
    assertEquals(22, textHeight / pitch); // 22 lines fill the 版心
    assertTrue(textHeight - 22 * pitch < 22, "less than a twip per line left over");
    XWPFParagraph opening = doc.getParagraphs().get(4);
    double charPitch = 16 + opening.getRuns().get(0).getCharacterSpacing() / 20.0;
    assertEquals(28, (int) ((11906 - 1587 - 1474) / 20.0 / charPitch)); // 28 characters fit, not 29
  }

  private List<IBodyElement> body() {
    return doc.getBodyElements();
  }

  private static XWPFRun onlyRun(XWPFParagraph p) {
    assertEquals(1, p.getRuns().size(), p.getText());
    return p.getRuns().get(0);
  }

  private static void assertType(XWPFParagraph p, String font, double size) {
    for (XWPFRun r : p.getRuns()) {
      assertEquals(font, r.getCTR().getRPr().getRFontsArray(0).getEastAsia(), p.getText());
      assertEquals(font, r.getFontFamily(), p.getText());
      assertEquals(size, r.getFontSizeAsDouble(), p.getText());
    }
  }

  @Test
  void elements_inOrder_withTheirFontsSizesAndPlaces() {
    List<IBodyElement> b = body();
    List<String> texts = new ArrayList<>();
    for (IBodyElement e : b) {
      texts.add(e instanceof XWPFParagraph ? ((XWPFParagraph) e).getText() : "<table>");
    }
    assertEquals("答复类型：A", texts.get(0));
    assertEquals("晋残函〔2024〕7号　　签发人：张明", texts.get(1));
    assertEquals("关于晋江市政协十四届三次会议第3号提案的答复函", texts.get(2));
    assertEquals("王颖芳、洪晓清委员：", texts.get(3));
    int attachmentNote = texts.indexOf("附件：关于第3号提案答复意见办理清单");
    int organ = texts.indexOf("晋江市残疾人联合会");
    int date = texts.indexOf("2024年6月3日");
    int mark = texts.indexOf("附件");
    int table = texts.indexOf("<table>");
    int note = texts.indexOf("补充说明（其他需要说明的情况）");
    assertTrue(4 < attachmentNote && attachmentNote < organ && organ + 1 == date && date < mark, texts.toString());
    assertTrue(mark + 1 < table && table < note && note < texts.size() - 1, texts.toString());
    assertEquals("<table>", texts.get(texts.size() - 2), "the 版记 comes last");
    assertEquals("", texts.get(texts.size() - 1), "the body ends with a paragraph");
    XWPFParagraph end = (XWPFParagraph) b.get(b.size() - 1);
    assertEquals(20, end.getSpacingBetween() * 20, 0.01, "one point high");

    XWPFParagraph type = (XWPFParagraph) b.get(0);
    assertType(type, "黑体", 16);
    assertEquals(ParagraphAlignment.LEFT, type.getAlignment());
    XWPFParagraph number = (XWPFParagraph) b.get(1);
    assertType(number, "仿宋_GB2312", 16);
    assertEquals(ParagraphAlignment.RIGHT, number.getAlignment());
    XWPFParagraph title = (XWPFParagraph) b.get(2);
    assertType(title, "方正小标宋简体", 22);
    assertEquals(ParagraphAlignment.CENTER, title.getAlignment());
    XWPFParagraph addressees = (XWPFParagraph) b.get(3);
    assertType(addressees, "仿宋_GB2312", 16);
    assertEquals(ParagraphAlignment.LEFT, addressees.getAlignment());
    assertEquals(-1, addressees.getFirstLineIndent());
    XWPFParagraph opening = (XWPFParagraph) b.get(4);
    assertType(opening, "仿宋_GB2312", 16);
    assertEquals(ParagraphAlignment.BOTH, opening.getAlignment());
    assertEquals(2 * CHAR3, opening.getFirstLineIndent());
    XWPFParagraph heading = (XWPFParagraph) b.get(5);
    assertTrue(heading.getText().startsWith("一、"), heading.getText());
    assertType(heading, "黑体", 16);
    assertType((XWPFParagraph) b.get(6), "仿宋_GB2312", 16);
    XWPFParagraph attach = (XWPFParagraph) b.get(attachmentNote);
    assertType(attach, "仿宋_GB2312", 16);
    assertEquals(2 * CHAR3, attach.getIndentationLeft());
    XWPFParagraph org = (XWPFParagraph) b.get(organ);
    XWPFParagraph day = (XWPFParagraph) b.get(date);
    assertEquals(ParagraphAlignment.RIGHT, org.getAlignment());
    assertEquals(ParagraphAlignment.RIGHT, day.getAlignment());
    assertEquals(4 * CHAR3, day.getIndentationRight()); // 右空四字
    assertEquals(4 * CHAR3, org.getIndentationRight()); // same length as the date: same centre
    XWPFParagraph m = (XWPFParagraph) b.get(mark);
    assertTrue(m.isPageBreak(), "the attachment starts a new page");
    assertType(m, "黑体", 16);
    assertEquals(ParagraphAlignment.LEFT, m.getAlignment());
    XWPFParagraph checklistTitle = (XWPFParagraph) b.get(mark + 1);
    assertEquals("关于第3号提案答复意见办理清单", checklistTitle.getText());
    assertType(checklistTitle, "方正小标宋简体", 22);
    assertEquals(ParagraphAlignment.CENTER, checklistTitle.getAlignment());
    assertType((XWPFParagraph) b.get(note), "黑体", 16);
    for (IBodyElement e : b.subList(0, b.size() - 1)) {
      if (e instanceof XWPFParagraph) {
        XWPFParagraph p = (XWPFParagraph) e;
        assertFalse(p.getText().isBlank(), "no blank paragraphs stand in for space");
        if (p.getRuns().get(0).getFontSizeAsDouble() == 16) {
          assertEquals(DocxWriterPitch.LINE, p.getSpacingBetween() * 20, 0.01, p.getText());
        }
      }
    }
  }

  /** The grid's line pitch in twips, read from the section. */
  static final class DocxWriterPitch {
    static final double LINE = Math.floor(225 / (25.4 / 72) / 22 * 20);
  }

  @Test
  void secondLevelHeading_isKaiti() throws IOException {
    ReplyLetter l =
        FULL.withSections(
            org.replyletter.Section.builder()
                .ordinal("一")
                .heading("加强保障")
                .addParagraphs("（一）完善政策。我们出台了办法。")
                .build());
    XWPFDocument d = open(DocxRenderer.defaults().render(l));
    XWPFParagraph p =
        d.getParagraphs().stream().filter(x -> x.getText().startsWith("（一）")).findFirst().orElseThrow();
    assertEquals(2, p.getRuns().size());
    assertEquals("（一）完善政策。", p.getRuns().get(0).text());
    assertEquals("楷体_GB2312", p.getRuns().get(0).getFontFamily());
    assertEquals("仿宋_GB2312", p.getRuns().get(1).getFontFamily());
  }

  @Test
  void checklist_isATable_withItsHeaderAndOneRowPerSuggestion() {
    XWPFTable t = doc.getTables().get(0);
    XWPFTableRow header = t.getRow(0);
    assertTrue(header.isRepeatHeader());
    List<String> heads = new ArrayList<>();
    for (XWPFTableCell c : header.getTableCells()) {
      heads.add(c.getText());
      assertType(c.getParagraphs().get(0), "黑体", 14);
    }
    assertEquals(ChecklistTable.HEADER, heads);
    assertEquals(List.of("建议", "已完成事项", "已开展事项（开展中）", "无法落实事项及原因"), heads);
    assertEquals(1 + FULL.checklist().orElseThrow().suggestions().size(), t.getNumberOfRows());
    XWPFTableRow first = t.getRow(1);
    assertEquals("建议一", first.getCell(0).getParagraphs().get(0).getText());
    assertEquals(
        FULL.checklist().orElseThrow().suggestions().get(0).title(),
        first.getCell(0).getParagraphs().get(1).getText());
    assertEquals(
        FULL.checklist().orElseThrow().suggestions().get(0).disposition().completed().get(0),
        first.getCell(1).getParagraphs().get(0).getText());
    assertType(first.getCell(1).getParagraphs().get(0), "仿宋_GB2312", 14);
    for (XWPFTableRow row : t.getRows()) {
      assertEquals(4, row.getTableCells().size());
    }
    int width = 0;
    for (XWPFTableCell c : header.getTableCells()) {
      width += c.getWidth();
    }
    assertEquals(8844, width, 1); // the 版心's 156 mm
  }

  @Test
  void cc_isTheVersionsFoot_ruledAboveAndBelow_atTheBottomOfThePage() {
    XWPFTable cc = doc.getTables().get(doc.getTables().size() - 1);
    assertEquals("抄送：市领导陈友爱、吴尊意，市政协提案委及相关委（室）、"
        + "市政府督查室、民政局、教育局、人社局、税务局、慈善总会。",
        cc.getRow(0).getCell(0).getText());
    XWPFParagraph p = cc.getRow(0).getCell(0).getParagraphs().get(0);
    assertType(p, "仿宋_GB2312", 14);
    assertEquals(14 * 20, p.getIndentationLeft());
    assertEquals(14 * 20, p.getIndentationRight());
    var pos = cc.getCTTbl().getTblPr().getTblpPr();
    assertEquals("bottom", pos.getTblpYSpec().toString());
    assertEquals("margin", pos.getVertAnchor().toString());
    var borders = cc.getCTTbl().getTblPr().getTblBorders();
    assertEquals("single", borders.getTop().getVal().toString());
    assertEquals("single", borders.getBottom().getVal().toString());
    assertEquals("none", borders.getLeft().getVal().toString());
  }

  @Test
  void pageNumbers_dashed_oddRight_evenLeft_oneCharacterIn() {
    assertTrue(doc.getSettings().getEvenAndOddHeadings());
    XWPFFooter odd = doc.getHeaderFooterPolicy().getDefaultFooter();
    XWPFFooter even = doc.getHeaderFooterPolicy().getEvenPageFooter();
    for (XWPFFooter f : List.of(odd, even)) {
      XWPFParagraph p = f.getParagraphs().get(0);
      assertEquals(" PAGE ", p.getCTP().getFldSimpleArray(0).getInstr());
      assertEquals("— 1 —", p.getText());
      assertType(p, "宋体", 14);
    }
    assertEquals(ParagraphAlignment.RIGHT, odd.getParagraphs().get(0).getAlignment());
    assertEquals(280, odd.getParagraphs().get(0).getIndentationRight());
    assertEquals(ParagraphAlignment.LEFT, even.getParagraphs().get(0).getAlignment());
    assertEquals(280, even.getParagraphs().get(0).getIndentationLeft());
  }

  @Test
  void fontTable_namesEachAgencyFont_withItsFallback() throws Exception {
    var parts = doc.getPackage().getPartsByName(java.util.regex.Pattern.compile("/word/fontTable.xml"));
    assertEquals(1, parts.size());
    assertEquals(1, doc.getPackagePart().getRelationshipsByType(
        org.apache.poi.xwpf.usermodel.XWPFRelation.FONT_TABLE.getRelation()).size());
    String xml = new String(parts.get(0).getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    for (String font : List.of("仿宋_GB2312\"><w:altName w:val=\"仿宋\"", "方正小标宋简体\"><w:altName w:val=\"方正小标宋_GBK\"",
        "黑体\"><w:altName w:val=\"SimHei\"", "楷体_GB2312\"><w:altName w:val=\"楷体\"", "宋体\"><w:altName w:val=\"SimSun\"")) {
      assertTrue(xml.contains("<w:font w:name=\"" + font), xml);
    }
  }

  @Test
  void sameLetter_sameBytes_createdOnItsIssueDate() throws IOException {
    byte[] first = DocxRenderer.defaults().render(FULL);
    assertTrue(java.util.Arrays.equals(first, DocxRenderer.defaults().render(FULL)));
    assertEquals(
        java.time.Instant.parse("2024-06-03T00:00:00Z"),
        open(first).getProperties().getCoreProperties().getCreated().toInstant());
  }

  @Test
  void streamStaysOpen_andBytesAreADocx() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        throw new AssertionError("closed");
      }
    };
    DocxRenderer.defaults().render(FULL, out);
    assertInstanceOf(XWPFDocument.class, open(out.toByteArray()));
    assertEquals('P', out.toByteArray()[0]);
    assertEquals('K', out.toByteArray()[1]);
  }
}
