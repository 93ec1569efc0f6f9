package org.replyletter.html.internal;

import java.util.List;
import java.util.Locale;
import org.replyletter.ReplyLetter;
import org.replyletter.layout.Block;
import org.replyletter.layout.BlockKind;
import org.replyletter.layout.ChecklistTable;
import org.replyletter.layout.FontFamily;
import org.replyletter.layout.OfficialLayout;
import org.replyletter.layout.PageGeometry;

/**
 * Writes the blocks of an {@link OfficialLayout} as one HTML page: each block an element of its
 * meaning (the title {@code h1}, headings {@code h2}, the checklist a {@code table} with column and
 * row headers), classed by its kind; the CSS, built from {@link PageGeometry} and
 * {@link BlockKind}, sets the 版心 on screen as a sheet and in print as the page ({@code @page}
 * with the margins and page numbers in the margin boxes). Every text is escaped.
 */
public final class HtmlWriter {
  private HtmlWriter() {}

  /** Writes the page. */
  public static String write(ReplyLetter letter) {
    OfficialLayout layout = OfficialLayout.of(letter);
    StringBuilder h = new StringBuilder(16 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"reply-letter\">\n<title>");
    text(h, letter.title().orElse("答复函"));
    h.append("</title>\n<style>\n").append(css()).append("</style>\n</head>\n<body>\n<article class=\"letter\">\n");
    boolean inBanner = false;
    boolean inAttachment = false;
    int headings = 0;
    for (Block b : layout.blocks()) {
      BlockKind k = b.kind();
      boolean banner = k == BlockKind.CLASSIFICATION_MARK || k == BlockKind.DOCUMENT_NUMBER;
      if (banner && !inBanner) {
        h.append("<header class=\"banner\">\n");
        inBanner = true;
      } else if (!banner && inBanner) {
        h.append("</header>\n");
        inBanner = false;
      }
      if (k == BlockKind.ATTACHMENT_MARK) {
        h.append("<section class=\"attachment\"")
            .append(hasChecklistTitle(layout) ? " aria-labelledby=\"checklist-title\"" : " aria-label=\"附件\"")
            .append(">\n");
        inAttachment = true;
      }
      if (k == BlockKind.CC) {
        if (inAttachment) {
          h.append("</section>\n");
          inAttachment = false;
        }
        h.append("<footer class=\"record\">\n");
      }
      switch (k) {
        case TITLE:
          element(h, "h1", b, null);
          break;
        case HEADING:
          element(h, "h2", b, "heading-" + ++headings);
          break;
        case CHECKLIST_TITLE:
          element(h, "h2", b, "checklist-title");
          break;
        case NOTE_LABEL:
          element(h, inAttachment ? "h3" : "h2", b, null);
          break;
        case CHECKLIST:
          table(h, b.table().orElseThrow(), hasChecklistTitle(layout));
          break;
        default:
          element(h, "p", b, null);
      }
      if (k == BlockKind.CC) {
        h.append("</footer>\n");
      }
    }
    if (inBanner) {
      h.append("</header>\n");
    }
    if (inAttachment) {
      h.append("</section>\n");
    }
    h.append("</article>\n</body>\n</html>\n");
    return h.toString();
  }

  private static boolean hasChecklistTitle(OfficialLayout layout) {
    return layout.blocks().stream().anyMatch(b -> b.kind() == BlockKind.CHECKLIST_TITLE);
  }

  /** The class of a kind: {@code ISSUE_DATE} → {@code issue-date}. */
  static String cssClass(BlockKind k) {
    return k.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static void element(StringBuilder h, String tag, Block b, String id) {
    h.append('<').append(tag);
    if (id != null) {
      h.append(" id=\"").append(id).append('"');
    }
    h.append(" class=\"").append(cssClass(b.kind()));
    if (b.linesBefore() > 0) {
      h.append(" space-").append(b.linesBefore());
    }
    h.append('"');
    if (b.kind() == BlockKind.ISSUING_ORGAN && b.rightIndent() != b.kind().rightIndent()) {
      h.append(" style=\"margin-right:").append(em(b.rightIndent())).append('"');
    }
    h.append('>');
    String text = b.text();
    String heading = b.leadingHeading().orElse("");
    if (!heading.isEmpty()) {
      h.append("<span class=\"subheading\">");
      text(h, heading);
      h.append("</span>");
      text = text.substring(heading.length());
    }
    text(h, text);
    h.append("</").append(tag).append(">\n");
  }

  private static void table(StringBuilder h, ChecklistTable t, boolean titled) {
    h.append("<table class=\"checklist\"")
        .append(titled ? " aria-labelledby=\"checklist-title\"" : " aria-label=\"办理清单\"")
        .append(">\n<colgroup><col class=\"suggestion\"><col class=\"field\"><col class=\"field\"><col class=\"field\"></colgroup>\n<thead>\n<tr>");
    for (String head : ChecklistTable.HEADER) {
      h.append("<th scope=\"col\">");
      text(h, head);
      h.append("</th>");
    }
    h.append("</tr>\n</thead>\n<tbody>\n");
    for (List<List<String>> row : t.rows()) {
      h.append("<tr>");
      for (int c = 0; c < row.size(); c++) {
        String tag = c == 0 ? "th" : "td";
        h.append('<').append(tag).append(c == 0 ? " scope=\"row\">" : ">");
        for (String line : row.get(c)) {
          boolean reason = c == 3 && line.startsWith(ChecklistTable.REASON_PREFIX);
          h.append(reason ? "<p class=\"reason\">" : "<p>");
          text(h, line);
          h.append("</p>");
        }
        h.append("</").append(tag).append('>');
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  /** Appends text escaped for element content and attribute values alike. */
  static void text(StringBuilder h, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          h.append("&amp;");
          break;
        case '<':
          h.append("&lt;");
          break;
        case '>':
          h.append("&gt;");
          break;
        case '"':
          h.append("&quot;");
          break;
        case '\'':
          h.append("&#39;");
          break;
        default:
          h.append(c);
      }
    }
  }

  private static String em(double chars) {
    return (chars == Math.rint(chars) ? String.valueOf((long) chars) : String.valueOf(chars)) + "em";
  }

  private static String pt(double pt) {
    return String.format(Locale.ROOT, "%.2fpt", pt);
  }

  private static String mm(double mm) {
    return String.format(Locale.ROOT, "%.0fmm", mm);
  }

  private static String fonts(FontFamily f) {
    StringBuilder b = new StringBuilder();
    for (String name : f.names()) {
      b.append('"').append(name).append("\", ");
    }
    return b.append(f.genericFamily()).toString();
  }

  /** The style sheet: geometry and type from the layout, one rule per kind. */
  static String css() {
    double line = PageGeometry.linePitchPt();
    double tracking = PageGeometry.characterPitchPt() - PageGeometry.SIZE_3_PT;
    StringBuilder c = new StringBuilder();
    c.append("@page { size: A4; margin: ")
        .append(mm(PageGeometry.TOP_MARGIN_MM)).append(' ')
        .append(mm(PageGeometry.RIGHT_MARGIN_MM)).append(' ')
        .append(mm(PageGeometry.BOTTOM_MARGIN_MM)).append(' ')
        .append(mm(PageGeometry.LEFT_MARGIN_MM)).append("; }\n");
    String number = "content: \"— \" counter(page) \" —\"; font-family: " + fonts(FontFamily.SONGTI)
        + "; font-size: " + pt(PageGeometry.SIZE_4_PT) + "; vertical-align: top; padding-top: "
        + mm(PageGeometry.PAGE_NUMBER_GAP_MM) + ";";
    c.append("@page :right { @bottom-right { ").append(number).append(" margin-right: 1em; } }\n");
    c.append("@page :left { @bottom-left { ").append(number).append(" margin-left: 1em; } }\n");
    c.append("html { background: #e8e8e8; }\n");
    c.append("body { margin: 0; color: #000; }\n");
    c.append(".letter { box-sizing: content-box; width: ").append(mm(PageGeometry.TEXT_WIDTH_MM))
        .append("; min-height: ").append(mm(PageGeometry.TEXT_HEIGHT_MM))
        .append("; margin: 1em auto; padding: ")
        .append(mm(PageGeometry.TOP_MARGIN_MM)).append(' ')
        .append(mm(PageGeometry.RIGHT_MARGIN_MM)).append(' ')
        .append(mm(PageGeometry.BOTTOM_MARGIN_MM)).append(' ')
        .append(mm(PageGeometry.LEFT_MARGIN_MM))
        .append("; background: #fff; box-shadow: 0 0 4px rgba(0,0,0,.3);")
        .append(" font-family: ").append(fonts(FontFamily.FANGSONG))
        .append("; font-size: ").append(pt(PageGeometry.SIZE_3_PT))
        .append("; line-height: ").append(pt(line))
        .append("; letter-spacing: ").append(pt(tracking))
        .append("; text-align: justify; }\n");
    c.append(".letter p, .letter h1, .letter h2, .letter h3 { margin: 0; font-weight: normal; }\n");
    c.append(".letter header, .letter footer, .letter section { display: block; }\n");
    for (BlockKind k : BlockKind.values()) {
      if (k == BlockKind.CHECKLIST) {
        continue;
      }
      c.append(".letter .").append(cssClass(k)).append(" { font-family: ").append(fonts(k.font()))
          .append("; font-size: ").append(pt(k.sizePt()));
      if (k.sizePt() != PageGeometry.SIZE_3_PT) {
        c.append("; letter-spacing: 0; line-height: ").append(pt(Math.max(line, k.sizePt() * 1.5)));
      }
      c.append("; text-align: ").append(k.alignment().name().toLowerCase(Locale.ROOT));
      if (k.indent() > 0) {
        c.append(k.alignment() == org.replyletter.layout.Alignment.JUSTIFY ? "; text-indent: " : "; margin-left: ")
            .append(em(k.indent()));
      }
      if (k.rightIndent() > 0) {
        c.append("; margin-right: ").append(em(k.rightIndent()));
      }
      c.append("; }\n");
    }
    c.append(".letter .space-1 { margin-top: ").append(pt(line)).append("; }\n");
    c.append(".letter .space-2 { margin-top: ").append(pt(2 * line)).append("; }\n");
    c.append(".letter .subheading { font-family: ").append(fonts(FontFamily.KAITI)).append("; }\n");
    c.append(".letter .attachment { break-before: page; page-break-before: always; }\n");
    c.append("@media screen { .letter .attachment { margin-top: 2em; padding-top: 2em; border-top: 1px dashed #999; } }\n");
    c.append(".letter table.checklist { width: 100%; table-layout: fixed; border-collapse: collapse; font-family: ")
        .append(fonts(FontFamily.FANGSONG)).append("; font-size: ").append(pt(PageGeometry.SIZE_4_PT))
        .append("; line-height: 1.5; letter-spacing: 0; text-align: left; }\n");
    c.append(".letter table.checklist col.suggestion { width: 22%; }\n");
    c.append(".letter table.checklist col.field { width: 26%; }\n");
    c.append(".letter table.checklist th, .letter table.checklist td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }\n");
    c.append(".letter table.checklist thead th { font-family: ").append(fonts(FontFamily.HEITI))
        .append("; font-weight: normal; text-align: center; vertical-align: middle; }\n");
    c.append(".letter table.checklist tbody th { font-weight: normal; }\n");
    c.append(".letter table.checklist thead { display: table-header-group; }\n");
    c.append(".letter .record { margin-top: ").append(pt(2 * line))
        .append("; border-top: 0.35mm solid #000; border-bottom: 0.35mm solid #000; padding: 2pt 0; break-inside: avoid; }\n");
    c.append("@media print { html { background: none; } .letter { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; } }\n");
    return c.toString();
  }
}
