package org.replyletter.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.replyletter.layout.BlockKind;
import org.replyletter.layout.OfficialLayout;
import org.replyletter.testing.LetterGenerators;

/** Any letter, whatever its texts, gives a page with only the renderer's own elements and attributes. */
class AnyLetterHtmlTest {
  private static final Set<String> TAGS =
      Set.of("html", "head", "meta", "title", "style", "body", "article", "header", "footer", "section", "h1", "h2",
          "h3", "p", "span", "table", "colgroup", "col", "thead", "tbody", "tr", "th", "td", "#root");
  private static final Set<String> ATTRIBUTES =
      Set.of("lang", "charset", "name", "content", "class", "id", "scope", "aria-labelledby", "aria-label", "style");

  @Test
  void anyLetter_markupIsTheRenderersOwn_andEveryBlockIsThere() {
    qt().withExamples(300)
        .forAll(LetterGenerators.lettersWithEdgeCaseTexts())
        .checkAssert(
            letter -> {
              String page = HtmlRenderer.defaults().render(letter);
              Document d = Jsoup.parse(page);
              for (Element e : d.getAllElements()) {
                assertTrue(TAGS.contains(e.normalName()), e.normalName());
                for (Attribute a : e.attributes()) {
                  assertTrue(ATTRIBUTES.contains(a.getKey()), a.toString());
                  if (a.getKey().equals("style")) {
                    assertTrue(a.getValue().matches("margin-right:[0-9.]+em"), a.toString());
                  }
                }
              }
              assertEquals(1, d.select("style").size());
              long blocks = OfficialLayout.of(letter).blocks().stream().filter(b -> b.kind() != BlockKind.CHECKLIST).count();
              assertEquals(blocks, d.select("article.letter p, article.letter h1, article.letter h2, article.letter h3")
                  .stream().filter(e -> e.closest("table") == null).count());
              HtmlImporter.defaults().importBytes(page.getBytes(StandardCharsets.UTF_8), null);
            });
  }
}
