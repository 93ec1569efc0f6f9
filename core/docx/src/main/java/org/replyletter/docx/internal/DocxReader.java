package org.replyletter.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.replyletter.layout.DocumentLimits;
import org.replyletter.layout.LaidOutText;

/**
 * Reads the body of a .docx in document order: each paragraph one line, its automatic number
 * ({@code 一、}, {@code （一）}, {@code 1.} from the numbering definitions) put in front as printed;
 * each table as rows of cells of paragraphs (a table inside a cell gives its lines to the cell);
 * content controls by their text. Headers and footers (page numbers) are not the letter's text.
 */
public final class DocxReader {
  private DocxReader() {}

  /** Reads the laid-out text; the bytes have passed {@link DocxGuard}. */
  public static LaidOutText read(byte[] bytes, String source, DocumentLimits limits) {
    DocxGuard.check(bytes, source, limits);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      LaidOutText.Builder out = LaidOutText.builder();
      Numbering numbering = new Numbering();
      for (IBodyElement e : doc.getBodyElements()) {
        if (e instanceof XWPFParagraph) {
          out.paragraph(numbering.text((XWPFParagraph) e));
        } else if (e instanceof XWPFTable) {
          out.table(rows((XWPFTable) e, numbering));
        } else if (e instanceof XWPFSDT) {
          out.paragraph(((XWPFSDT) e).getContent().getText());
        }
      }
      return out.build();
    } catch (IOException | RuntimeException e) {
      if (e instanceof org.replyletter.text.TextInputException) {
        throw (org.replyletter.text.TextInputException) e;
      }
      throw DocxGuard.malformed(source, "not a readable Word document (.docx): " + e.getMessage(), e);
    }
  }

  private static List<List<List<String>>> rows(XWPFTable t, Numbering numbering) {
    List<List<List<String>>> rows = new ArrayList<>();
    for (XWPFTableRow row : t.getRows()) {
      List<List<String>> cells = new ArrayList<>();
      for (XWPFTableCell cell : row.getTableCells()) {
        List<String> lines = new ArrayList<>();
        cellLines(cell, numbering, lines);
        cells.add(lines);
      }
      rows.add(cells);
    }
    return rows;
  }

  private static void cellLines(XWPFTableCell cell, Numbering numbering, List<String> lines) {
    for (IBodyElement e : cell.getBodyElements()) {
      if (e instanceof XWPFParagraph) {
        lines.add(numbering.text((XWPFParagraph) e));
      } else if (e instanceof XWPFTable) {
        for (XWPFTableRow row : ((XWPFTable) e).getRows()) {
          for (XWPFTableCell inner : row.getTableCells()) {
            cellLines(inner, numbering, lines);
          }
        }
      }
    }
  }

  /** Counts numbered paragraphs per list and level and prints their numbers as Word does. */
  static final class Numbering {
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    String text(XWPFParagraph p) {
      String text = p.getText();
      BigInteger id = p.getNumID();
      if (id == null || id.signum() == 0) {
        return text;
      }
      int level = p.getNumIlvl() == null ? 0 : Math.min(8, p.getNumIlvl().intValue());
      int[] c = counters.computeIfAbsent(id, k -> new int[9]);
      c[level]++;
      for (int i = level + 1; i < 9; i++) {
        c[i] = 0;
      }
      String format = p.getNumFmt();
      String pattern = p.getNumLevelText();
      if (format == null || pattern == null || format.equals("bullet") || format.equals("none")) {
        return text;
      }
      StringBuilder prefix = new StringBuilder();
      for (int i = 0; i < pattern.length(); i++) {
        char ch = pattern.charAt(i);
        if (ch == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) >= '1' && pattern.charAt(i + 1) <= '9') {
          int l = pattern.charAt(++i) - '1';
          prefix.append(number(Math.max(1, c[l]), format));
        } else {
          prefix.append(ch);
        }
      }
      return prefix + text;
    }

    static String number(int n, String format) {
      switch (format) {
        case "chineseCounting":
        case "chineseCountingThousand":
        case "ideographTraditional":
        case "japaneseCounting":
        case "taiwaneseCounting":
        case "chineseLegalSimplified":
          return LaidOutText.chineseNumeral(n);
        case "upperLetter":
          return String.valueOf((char) ('A' + (n - 1) % 26));
        case "lowerLetter":
          return String.valueOf((char) ('a' + (n - 1) % 26));
        default:
          return String.valueOf(n);
      }
    }
  }
}
