package org.replyletter.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.replyletter.CcGroup;
import org.replyletter.Contact;
import org.replyletter.ContactRole;
import org.replyletter.HandlingChecklist;
import org.replyletter.NotImplementableItem;
import org.replyletter.ReplyLetter;
import org.replyletter.Section;
import org.replyletter.Suggestion;
import org.replyletter.layout.ChecklistTable;
import org.replyletter.layout.testing.TextLetters;

/** Issue 20: the HTML page is one accessible, self-contained document in the GB/T 9704 layout. */
class HtmlRendererTest {
  static final ReplyLetter FULL = TextLetters.fullSeed();

  private final String html = HtmlRenderer.defaults().render(FULL);
  private final Document doc = Jsoup.parse(html);

  @Test
  void page_isChinese_titled_andSelfContained() {
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
    assertEquals("zh-CN", doc.selectFirst("html").attr("lang"));
    assertEquals("utf-8", doc.selectFirst("meta[charset]").attr("charset"));
    assertEquals("关于晋江市政协十四届三次会议第3号提案的答复函", doc.title());
    assertTrue(doc.select("script, link, img, iframe, object, [src], [href]").isEmpty());
    String css = doc.selectFirst("style").data();
    assertFalse(css.contains("url(") || css.contains("@import"), "nothing fetched");
  }

  @Test
  void semanticStructure_inTheStandardsOrder() {
    Element article = doc.selectFirst("body > article.letter");
    List<String> classes = new ArrayList<>();
    for (Element e : article.select("p, h1, h2, h3, table")) {
      if (e.parents().stream().noneMatch(p -> p.tagName().equals("table"))) {
        classes.add(e.tagName() + "." + e.className().replaceAll(" space-\\d", ""));
      }
    }
    assertEquals("p.classification-mark", classes.get(0));
    assertEquals("p.document-number", classes.get(1));
    assertEquals("h1.title", classes.get(2));
    assertEquals("p.addressees", classes.get(3));
    assertEquals("p.opening", classes.get(4));
    assertEquals("h2.heading", classes.get(5));
    int organ = classes.indexOf("p.issuing-organ");
    assertEquals("p.attachment-note", classes.get(organ - 1));
    assertEquals(
        List.of("p.issuing-organ", "p.issue-date", "p.contact", "p.disclosure", "p.attachment-mark",
            "h2.checklist-title", "p.checklist-opening", "table.checklist", "h3.note-label", "p.note", "p.cc"),
        classes.subList(organ, classes.size()));
    assertEquals(4, article.select("h2.heading").size());
    assertEquals(1, doc.select("h1").size());
    assertEquals(2, article.select("> header.banner > p").size());
    assertEquals("p", article.selectFirst("section.attachment").child(0).tagName());
    assertEquals("checklist-title", article.selectFirst("section.attachment").attr("aria-labelledby"));
    assertEquals("抄送：", article.selectFirst("> footer.record > p.cc").text().substring(0, 3));
  }

  @Test
  void checklist_isARealTable_withColumnAndRowHeaders() {
    Element t = doc.selectFirst("table.checklist");
    assertEquals("checklist-title", t.attr("aria-labelledby"));
    List<String> heads = new ArrayList<>();
    for (Element th : t.select("thead th")) {
      assertEquals("col", th.attr("scope"));
      heads.add(th.text());
    }
    assertEquals(ChecklistTable.HEADER, heads);
    assertEquals(FULL.checklist().orElseThrow().suggestions().size(), t.select("tbody tr").size());
    Element first = t.selectFirst("tbody tr");
    assertEquals("row", first.child(0).attr("scope"));
    assertEquals("th", first.child(0).tagName());
    assertEquals("建议一", first.child(0).child(0).text());
    assertEquals(
        FULL.checklist().orElseThrow().suggestions().get(0).disposition().completed().get(0),
        first.child(1).child(0).text());
    assertEquals(4, first.children().size());
  }

  @Test
  void css_givesTheStandardsPage_andTypePerPart() {
    String css = doc.selectFirst("style").data();
    assertTrue(css.contains("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }"), css);
    assertTrue(css.contains("@page :right { @bottom-right { content: \"— \" counter(page) \" —\""), css);
    assertTrue(css.contains("@page :left { @bottom-left { content: \"— \" counter(page) \" —\""), css);
    assertTrue(css.contains("width: 156mm; min-height: 225mm;"), css);
    assertTrue(css.contains("font-size: 16.00pt; line-height: 28.99pt; letter-spacing: -0.21pt"), css);
    assertTrue(css.contains(".letter .title { font-family: \"方正小标宋简体\""), css);
    assertTrue(css.contains(".letter .title { font-family: \"方正小标宋简体\", \"方正小标宋_GBK\", \"华文中宋\", \"STZhongsong\", \"宋体\", \"SimSun\", \"Noto Serif CJK SC\", serif; font-size: 22.00pt"), css);
    assertTrue(css.contains(".letter .heading { font-family: \"黑体\""), css);
    assertTrue(css.contains(".letter .subheading { font-family: \"楷体_GB2312\""), css);
    assertTrue(css.contains(".letter .issue-date { font-family: \"仿宋_GB2312\", \"仿宋\", \"FangSong\""), css);
    assertTrue(css.contains("margin-right: 4em"), css);
    assertTrue(css.contains(".letter .attachment { break-before: page;"), css);
    assertTrue(css.contains(".letter .cc { font-family: \"仿宋_GB2312\", \"仿宋\", \"FangSong\", \"STFangsong\", \"AR PL UKai CN\", \"Noto Serif CJK SC\", serif; font-size: 14.00pt"), css);
  }

  @Test
  void secondLevelHeading_isASpanInKaiti() {
    ReplyLetter l =
        FULL.withSections(Section.builder().ordinal("一").heading("加强保障").addParagraphs("（一）完善政策。我们出台了办法。").build());
    Element p = Jsoup.parse(HtmlRenderer.defaults().render(l)).selectFirst("p.paragraph");
    assertEquals("（一）完善政策。", p.selectFirst("span.subheading").text());
    assertEquals("（一）完善政策。我们出台了办法。", p.text());
  }

  static final String HOSTILE = "</title></style><script>alert(1)</script><img src=x onerror=alert(2)>\"'&amp;<!--";

  @Test
  void hostileText_isEscapedEverywhere_andReadsBackVerbatim() {
    ReplyLetter l =
        ReplyLetter.builder()
            .title(HOSTILE)
            .issuingOrgan(HOSTILE)
            .opening(HOSTILE)
            .addSections(Section.builder().heading(HOSTILE).addParagraphs(HOSTILE).build())
            .checklist(
                HandlingChecklist.builder()
                    .title(HOSTILE)
                    .addSuggestions(
                        Suggestion.builder()
                            .ordinal("一")
                            .title(HOSTILE)
                            .disposition(
                                org.replyletter.Disposition.builder()
                                    .addCompleted(HOSTILE)
                                    .addNotImplementable(NotImplementableItem.of(HOSTILE, HOSTILE))
                                    .build())
                            .build())
                    .build())
            .addCc(CcGroup.of(HOSTILE))
            .addContacts(Contact.of(ContactRole.CONTACT, HOSTILE, HOSTILE))
            .build();
    String page = HtmlRenderer.defaults().render(l);
    assertFalse(page.contains("<script"), page);
    assertFalse(page.contains("<img"), page);
    assertFalse(page.contains("<!--"), page);
    Document d = Jsoup.parse(page);
    assertTrue(d.select("script, img, [onerror]").isEmpty());
    assertEquals(HOSTILE, d.title());
    assertEquals(HOSTILE, d.selectFirst("h1").text());
    assertEquals(HOSTILE, d.selectFirst("h2.heading").text());
    assertEquals(HOSTILE, d.selectFirst("p.paragraph").text());
    assertEquals(HOSTILE, d.selectFirst("tbody td").text());
    assertEquals(1, d.select("style").size());
    assertTrue(d.selectFirst("style").data().strip().startsWith("@page"));
  }
}
