package org.replyletter.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVAnchor;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STYAlign;
import org.replyletter.ReplyLetter;
import org.replyletter.layout.Alignment;
import org.replyletter.layout.Block;
import org.replyletter.layout.BlockKind;
import org.replyletter.layout.ChecklistTable;
import org.replyletter.layout.FontFamily;
import org.replyletter.layout.OfficialLayout;
import org.replyletter.layout.PageGeometry;

/**
 * Writes the blocks of an {@link OfficialLayout} with POI: one section on A4 with the 版心's
 * margins and a document grid of 22 lines × 28 characters; each block a paragraph with its font,
 * size, alignment and indents, lines at the grid's exact pitch; the checklist a table whose header
 * row repeats on every page; the 版记 a table anchored at the foot of the last page, ruled above
 * and below; page numbers {@code — N —} in footers, odd pages right and even pages left, one
 * character in.
 */
public final class DocxWriter {
  private DocxWriter() {}

  /** Line pitch in twips: the 版心's height over 22 lines, rounded down so that 22 fit. */
  static final int LINE_TWIPS = (int) Math.floor(PageGeometry.linePitchPt() * 20);

  /** Width of the 版心 in twips. */
  static final int TEXT_WIDTH_TWIPS = PageGeometry.twips(PageGeometry.TEXT_WIDTH_MM);

  /**
   * Writes the letter. The bytes depend on the letter alone: the document's creation date is the
   * letter's issue date (or none), and every zip entry has the same fixed time.
   */
  public static void write(ReplyLetter letter, OutputStream out) throws IOException {
    ByteArrayOutputStream poi = new ByteArrayOutputStream(32 * 1024);
    try (XWPFDocument doc = new XWPFDocument()) {
      letter.title().ifPresent(t -> doc.getProperties().getCoreProperties().setTitle(xml(t)));
      doc.getProperties().getCoreProperties().setCreator("reply-letter");
      doc.getProperties().getCoreProperties().setCreated(
          letter.issueDate().map(d -> Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant())));
      section(doc);
      fontTable(doc);
      footers(doc);
      boolean first = true;
      for (Block b : OfficialLayout.of(letter).blocks()) {
        if (b.kind() == BlockKind.CHECKLIST) {
          checklist(doc, b.table().orElseThrow());
        } else if (b.kind() == BlockKind.CC) {
          cc(doc, b);
        } else {
          XWPFParagraph p = paragraph(doc.createParagraph(), b);
          if (b.kind().startsPage() && !first) {
            p.setPageBreak(true);
          }
        }
        first = false;
      }
      List<IBodyElement> body = doc.getBodyElements();
      if (body.isEmpty() || body.get(body.size() - 1) instanceof XWPFTable) {
        // A body ends with a paragraph (Word adds one; LibreOffice drops a final floating table
        // without it), also an empty letter's: an empty one, one point high, so that it takes no line.
        XWPFParagraph end = doc.createParagraph();
        end.setSpacingBefore(0);
        end.setSpacingAfter(0);
        end.setSpacingBetween(1, LineSpacingRule.EXACT);
        offGrid(end);
      }
      doc.write(poi);
    }
    normaliseTimes(poi.toByteArray(), out);
  }

  /** The zip entries' time: 1980-01-01 00:00, the earliest a zip can store. */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

  /** Copies a zip, giving every entry the same time, so that the same letter gives the same bytes. */
  private static void normaliseTimes(byte[] zip, OutputStream out) throws IOException {
    ZipOutputStream z = new ZipOutputStream(out);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      byte[] buffer = new byte[8192];
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(ENTRY_TIME);
        z.putNextEntry(copy);
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          z.write(buffer, 0, n);
        }
        z.closeEntry();
      }
    }
    z.finish();
    z.flush();
  }

  private static void section(XWPFDocument doc) {
    CTSectPr s = doc.getDocument().getBody().isSetSectPr()
        ? doc.getDocument().getBody().getSectPr()
        : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = s.isSetPgSz() ? s.getPgSz() : s.addNewPgSz();
    size.setW(BigInteger.valueOf(PageGeometry.twips(PageGeometry.PAGE_WIDTH_MM)));
    size.setH(BigInteger.valueOf(PageGeometry.twips(PageGeometry.PAGE_HEIGHT_MM)));
    CTPageMar m = s.isSetPgMar() ? s.getPgMar() : s.addNewPgMar();
    m.setTop(BigInteger.valueOf(PageGeometry.twips(PageGeometry.TOP_MARGIN_MM)));
    m.setBottom(BigInteger.valueOf(PageGeometry.twips(PageGeometry.BOTTOM_MARGIN_MM)));
    m.setLeft(BigInteger.valueOf(PageGeometry.twips(PageGeometry.LEFT_MARGIN_MM)));
    m.setRight(BigInteger.valueOf(PageGeometry.twips(PageGeometry.RIGHT_MARGIN_MM)));
    m.setHeader(BigInteger.valueOf(PageGeometry.twips(15)));
    m.setFooter(BigInteger.valueOf(PageGeometry.twips(PageGeometry.footerDistanceMm())));
    m.setGutter(BigInteger.ZERO);
    CTDocGrid grid = s.isSetDocGrid() ? s.getDocGrid() : s.addNewDocGrid();
    // A line grid of 22 lines; 28 characters a line come from the runs' tracking (see font()):
    // a character grid's pitch is computed differently by Word and LibreOffice.
    grid.setType(STDocGrid.LINES);
    grid.setLinePitch(BigInteger.valueOf(LINE_TWIPS));
    defaults(doc);
  }

  /**
   * The document's default run: 3号仿宋, East Asian language zh-CN. The grid's character pitch is
   * the default size plus charSpace, so the default must be 3号 for 28 characters a line.
   */
  private static void defaults(XWPFDocument doc) {
    CTStyles styles = CTStyles.Factory.newInstance();
    CTRPr run = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
    String name = FontFamily.FANGSONG.primaryName();
    CTFonts f = run.addNewRFonts();
    f.setAscii(name);
    f.setHAnsi(name);
    f.setEastAsia(name);
    f.setCs(name);
    long halfPoints = Math.round(PageGeometry.SIZE_3_PT * 2);
    run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    run.addNewLang().setEastAsia("zh-CN");
    doc.createStyles().setStyles(styles);
  }

  /**
   * The font table: each agency font with its first fallback as {@code altName} and the GB2312
   * character set, which is what Word substitutes by on a machine without the font.
   */
  private static void fontTable(XWPFDocument doc) throws IOException {
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
        .append("<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
    for (FontFamily f : FontFamily.values()) {
      x.append("<w:font w:name=\"").append(f.primaryName()).append("\">")
          .append("<w:altName w:val=\"").append(f.names().get(1)).append("\"/>")
          .append("<w:charset w:val=\"86\"/>")
          .append("<w:family w:val=\"").append(f.genericFamily().equals("serif") ? "roman" : "modern").append("\"/>")
          .append("<w:pitch w:val=\"variable\"/></w:font>");
    }
    x.append("</w:fonts>");
    try {
      PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
      PackagePart part = doc.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
      try (OutputStream o = part.getOutputStream()) {
        o.write(x.toString().getBytes(StandardCharsets.UTF_8));
      }
      doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
    } catch (InvalidFormatException e) {
      throw new IOException(e);
    }
  }

  /** Page numbers: odd pages right, even pages left, one 4号 character in, {@code — N —}. */
  private static void footers(XWPFDocument doc) {
    doc.setEvenAndOddHeadings(true);
    pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
    pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
  }

  private static void pageNumber(XWPFFooter footer, ParagraphAlignment side) {
    XWPFParagraph p = footer.createParagraph();
    p.setAlignment(side);
    int oneChar = (int) Math.round(PageGeometry.SIZE_4_PT * 20);
    if (side == ParagraphAlignment.RIGHT) {
      p.setIndentationRight(oneChar);
    } else {
      p.setIndentationLeft(oneChar);
    }
    p.setSpacingBefore(0);
    p.setSpacingAfter(0);
    offGrid(p);
    font(p.createRun(), FontFamily.SONGTI, PageGeometry.SIZE_4_PT).setText("— ");
    CTSimpleField field = p.getCTP().addNewFldSimple();
    field.setInstr(" PAGE ");
    XWPFRun number = new XWPFRun(field.addNewR(), p);
    font(number, FontFamily.SONGTI, PageGeometry.SIZE_4_PT).setText("1");
    font(p.createRun(), FontFamily.SONGTI, PageGeometry.SIZE_4_PT).setText(" —");
  }

  private static XWPFParagraph paragraph(XWPFParagraph p, Block b) {
    BlockKind k = b.kind();
    p.setAlignment(alignment(k.alignment()));
    p.setSpacingBefore(0);
    p.setSpacingAfter(0);
    p.setSpacingBefore(b.linesBefore() * LINE_TWIPS);
    p.setSpacingBetween(Math.max(LINE_TWIPS, k.sizePt() * 20 * 1.25) / 20.0, LineSpacingRule.EXACT);
    if (k.sizePt() != PageGeometry.SIZE_3_PT) {
      offGrid(p);
    }
    int oneChar = (int) Math.round(k.sizePt() * 20);
    CTInd ind = p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetInd()
        ? p.getCTP().getPPr().getInd()
        : p.getCTPPr().addNewInd();
    if (k.indent() > 0) {
      if (k.alignment() == Alignment.JUSTIFY) {
        ind.setFirstLineChars(BigInteger.valueOf(Math.round(k.indent() * 100)));
        ind.setFirstLine(BigInteger.valueOf(Math.round(k.indent() * oneChar)));
      } else {
        ind.setLeftChars(BigInteger.valueOf(Math.round(k.indent() * 100)));
        ind.setLeft(BigInteger.valueOf(Math.round(k.indent() * oneChar)));
      }
    }
    if (b.rightIndent() > 0) {
      ind.setRightChars(BigInteger.valueOf(Math.round(b.rightIndent() * 100)));
      ind.setRight(BigInteger.valueOf(Math.round(b.rightIndent() * oneChar)));
    }
    String text = b.text();
    String heading = b.leadingHeading().orElse("");
    if (!heading.isEmpty()) {
      font(p.createRun(), FontFamily.KAITI, k.sizePt()).setText(xml(heading));
      text = text.substring(heading.length());
    }
    if (!text.isEmpty()) {
      font(p.createRun(), k.font(), k.sizePt()).setText(xml(text));
    }
    return p;
  }

  /**
   * The text with each character that XML 1.0, and so a .docx, cannot hold (C0 controls other than
   * tab and line ends, U+FFFE, U+FFFF, unpaired surrogates) replaced by U+FFFD.
   */
  static String xml(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (ok) {
          if (b != null) {
            b.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        ok = !Character.isLowSurrogate(c) && (c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r');
      }
      if (!ok && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (b != null) {
        b.append(ok ? c : '\uFFFD');
      }
    }
    return b == null ? s : b.toString();
  }

  /** Type other than 3号 is set at its own pitch, not on the 3号 character grid. */
  static void offGrid(XWPFParagraph p) {
    p.getCTPPr().addNewSnapToGrid().setVal(Boolean.FALSE);
  }

  private static ParagraphAlignment alignment(Alignment a) {
    switch (a) {
      case CENTER:
        return ParagraphAlignment.CENTER;
      case RIGHT:
        return ParagraphAlignment.RIGHT;
      case JUSTIFY:
        return ParagraphAlignment.BOTH;
      default:
        return ParagraphAlignment.LEFT;
    }
  }

  /**
   * Tracking of 3号 type in twips, rounded down: 28 characters of 16 pt fill 156 mm at a pitch of
   * 15.79 pt, so each character gives up a little over 0.2 pt.
   */
  static final int TRACKING_3 = (int) Math.floor((PageGeometry.characterPitchPt() - PageGeometry.SIZE_3_PT) * 20);

  /**
   * Sets a run's font in all four slots (Latin, high ANSI, East Asian, complex) and its size; 3号
   * type gets the tracking that sets 28 characters on a line.
   */
  static XWPFRun font(XWPFRun r, FontFamily font, double sizePt) {
    CTRPr pr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
    CTFonts f = pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0) : pr.addNewRFonts();
    String name = font.primaryName();
    f.setAscii(name);
    f.setHAnsi(name);
    f.setEastAsia(name);
    f.setCs(name);
    f.setHint(STHint.EAST_ASIA);
    r.setFontSize(sizePt);
    if (sizePt == PageGeometry.SIZE_3_PT) {
      r.setCharacterSpacing(TRACKING_3);
    }
    return r;
  }

  private static void checklist(XWPFDocument doc, ChecklistTable table) {
    List<List<List<String>>> rows = table.rows();
    XWPFTable t = doc.createTable(rows.size() + 1, ChecklistTable.HEADER.size());
    t.setWidth(TEXT_WIDTH_TWIPS);
    t.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
    t.setTableAlignment(TableRowAlign.CENTER);
    int[] widths = {TEXT_WIDTH_TWIPS * 22 / 100, TEXT_WIDTH_TWIPS * 26 / 100, TEXT_WIDTH_TWIPS * 26 / 100};
    int last = TEXT_WIDTH_TWIPS - widths[0] - widths[1] - widths[2];
    XWPFTableRow header = t.getRow(0);
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    for (int c = 0; c < ChecklistTable.HEADER.size(); c++) {
      XWPFTableCell cell = header.getCell(c);
      cell.setWidth(String.valueOf(c < 3 ? widths[c] : last));
      cell.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
      cellLines(cell, List.of(ChecklistTable.HEADER.get(c)), FontFamily.HEITI, ParagraphAlignment.CENTER);
    }
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = t.getRow(r + 1);
      for (int c = 0; c < ChecklistTable.HEADER.size(); c++) {
        XWPFTableCell cell = row.getCell(c);
        cell.setWidth(String.valueOf(c < 3 ? widths[c] : last));
        cell.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
        cellLines(cell, rows.get(r).get(c), BlockKind.CHECKLIST.font(), ParagraphAlignment.LEFT);
      }
    }
  }

  private static void cellLines(XWPFTableCell cell, List<String> lines, FontFamily font, ParagraphAlignment align) {
    // A new cell has one empty paragraph: an empty field stays one empty paragraph.
    XWPFParagraph p = cell.getParagraphs().get(0);
    for (int i = 0; i < Math.max(1, lines.size()); i++) {
      if (i > 0) {
        p = cell.addParagraph();
      }
      p.setAlignment(align);
      p.setSpacingBefore(0);
      p.setSpacingAfter(0);
      p.setSpacingBetween(BlockKind.CHECKLIST.sizePt() * 1.5, LineSpacingRule.EXACT);
      offGrid(p);
      if (i < lines.size()) {
        font(p.createRun(), font, BlockKind.CHECKLIST.sizePt()).setText(xml(lines.get(i)));
      }
    }
  }

  /**
   * The 版记: one cell at the foot of the last page, its top and bottom ruled (0.35 mm, the first
   * and last 分隔线), the 抄送 line one character in on each side.
   */
  private static void cc(XWPFDocument doc, Block b) {
    XWPFTable t = doc.createTable(1, 1);
    t.setWidth(TEXT_WIDTH_TWIPS);
    t.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
    CTTblPr pr = t.getCTTbl().getTblPr();
    CTTblPPr position = pr.addNewTblpPr();
    position.setVertAnchor(STVAnchor.MARGIN);
    position.setTblpYSpec(STYAlign.BOTTOM);
    position.setHorzAnchor(org.openxmlformats.schemas.wordprocessingml.x2006.main.STHAnchor.MARGIN);
    CTTblBorders borders = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
    for (CTBorder side : new CTBorder[] {
        borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(),
        borders.isSetRight() ? borders.getRight() : borders.addNewRight(),
        borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(),
        borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV()}) {
      side.setVal(STBorder.NONE);
    }
    for (CTBorder rule : new CTBorder[] {
        borders.isSetTop() ? borders.getTop() : borders.addNewTop(),
        borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom()}) {
      rule.setVal(STBorder.SINGLE);
      rule.setSz(BigInteger.valueOf(8)); // eighths of a point: 1 pt ≈ 0.35 mm
      rule.setSpace(BigInteger.ZERO);
      rule.setColor("000000");
    }
    XWPFTableCell cell = t.getRow(0).getCell(0);
    cell.setWidth(String.valueOf(TEXT_WIDTH_TWIPS));
    cell.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
    XWPFParagraph p = paragraph(cell.getParagraphs().get(0), b);
    p.setSpacingBetween(PageGeometry.SIZE_4_PT * 1.75, LineSpacingRule.EXACT);
    p.setVerticalAlignment(org.apache.poi.xwpf.usermodel.TextAlignment.CENTER);
    if (b.kind() != BlockKind.CC) {
      throw new IllegalArgumentException(b.toString());
    }
  }
}
