package org.replyletter.html.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.replyletter.layout.DocumentLimits;
import org.replyletter.layout.LaidOutText;
import org.replyletter.text.TextInputException;

/**
 * Reads the article of an HTML page in reading order: the first {@code article}, {@code main} or
 * {@code [role=main]} element, or else the body without the site's furniture ({@code nav},
 * {@code header}, {@code footer}, {@code aside}, and elements whose id or class names navigation,
 * menus, breadcrumbs, sidebars, sharing or copyright). Scripts, styles, forms and embedded objects
 * are never read. Each block element ({@code p}, {@code div}, {@code h1}…, {@code li}…) and each
 * {@code br} ends a line; tables are read as rows of cells.
 */
public final class HtmlReader {
  private HtmlReader() {}

  private static final Set<String> SKIPPED =
      Set.of("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas",
          "form", "button", "select", "input", "textarea", "audio", "video", "head", "title", "meta", "link");

  private static final Set<String> FURNITURE = Set.of("nav", "header", "footer", "aside");

  private static final Pattern FURNITURE_NAME =
      Pattern.compile("(?i)(^|[-_\\s])(nav|navbar|menu|breadcrumbs?|crumbs?|sidebar|share|copyright|toolbar|pagination|footer|topbar)([-_\\s]|$)");

  private static final Set<String> BLOCKS =
      Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "section",
          "article", "main", "header", "footer", "address", "center", "ul", "ol", "dl", "figure", "figcaption",
          "caption", "hr", "table", "tr", "td", "th", "body", "html", "details", "summary", "fieldset", "legend");

  /** Parses the page and reads its article. */
  public static LaidOutText read(byte[] bytes, String source, DocumentLimits limits) {
    if (bytes.length > limits.maxFileBytes()) {
      throw new TextInputException(TextInputException.Reason.LIMIT_EXCEEDED, source, 0, 0,
          "document larger than " + limits.maxFileBytes() + " bytes (DocumentLimits.maxFileBytes)", null);
    }
    Document doc;
    try {
      Parser parser = Parser.htmlParser();
      parser.setMaxDepth(limits.maxDepth());
      doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", parser);
    } catch (IOException | RuntimeException e) {
      throw new TextInputException(TextInputException.Reason.MALFORMED_INPUT, source, 0, 0,
          "not a readable HTML page: " + e.getMessage(), e);
    }
    Element root = doc.selectFirst("article, main, [role=main]");
    boolean article = root != null;
    if (root == null) {
      root = doc.body();
    }
    LaidOutText.Builder out = LaidOutText.builder();
    new Lines(out, article).read(root);
    return out.build();
  }

  /** Collects lines; a table's cells are read by a Lines of their own. */
  private static final class Lines {
    private final LaidOutText.Builder out;
    private final boolean inArticle;
    private final StringBuilder line = new StringBuilder();

    Lines(LaidOutText.Builder out, boolean inArticle) {
      this.out = out;
      this.inArticle = inArticle;
    }

    void read(Element root) {
      root.filter(
          new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
              if (node instanceof TextNode) {
                text(((TextNode) node).getWholeText());
                return FilterResult.CONTINUE;
              }
              if (!(node instanceof Element)) {
                return FilterResult.SKIP_ENTIRELY;
              }
              Element e = (Element) node;
              String tag = e.normalName();
              if (SKIPPED.contains(tag) || (!inArticle && e != root && isFurniture(e))) {
                return FilterResult.SKIP_ENTIRELY;
              }
              if (tag.equals("br")) {
                end();
                return FilterResult.CONTINUE;
              }
              if (tag.equals("table")) {
                end();
                out.table(rows(e));
                return FilterResult.SKIP_ENTIRELY;
              }
              if (BLOCKS.contains(tag)) {
                end();
              }
              return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
              if (node instanceof Element && BLOCKS.contains(((Element) node).normalName())) {
                end();
              }
              return FilterResult.CONTINUE;
            }
          });
      end();
    }

    private List<List<List<String>>> rows(Element table) {
      List<List<List<String>>> rows = new ArrayList<>();
      for (Element tr : table.select("tr")) {
        if (tr.closest("table") != table) {
          continue; // a nested table's rows are read with its cell
        }
        List<List<String>> cells = new ArrayList<>();
        for (Element cell : tr.children()) {
          if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
            LaidOutText.Builder b = LaidOutText.builder();
            new Lines(b, true).read(cell);
            cells.add(b.build().lines());
          }
        }
        rows.add(cells);
      }
      return rows;
    }

    private void text(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0') {
          if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
            line.append(' ');
          }
        } else {
          line.append(c);
        }
      }
    }

    private void end() {
      String s = line.toString().strip();
      line.setLength(0);
      if (!s.isEmpty()) {
        out.paragraph(s);
      }
    }
  }

  static boolean isFurniture(Element e) {
    return FURNITURE.contains(e.normalName())
        || "navigation".equals(e.attr("role"))
        || "contentinfo".equals(e.attr("role"))
        || "banner".equals(e.attr("role"))
        || FURNITURE_NAME.matcher(e.id()).find()
        || FURNITURE_NAME.matcher(e.className()).find();
  }
}
