package org.replyletter.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyletter.CcGroup;
import org.replyletter.Contact;
import org.replyletter.ContactRole;
import org.replyletter.Disclosure;
import org.replyletter.DocumentNumber;
import org.replyletter.Proposer;
import org.replyletter.ProposerRole;
import org.replyletter.ReplyClassification;
import org.replyletter.ReplyLetter;
import org.replyletter.Section;
import org.replyletter.json.ReplyLetterJson;

/** The official layout: order of the parts, the CC punctuation, the checklist labels; and Markdown. */
class LetterRendererTest {
  private final ReplyLetter seed = ReplyLetterJson.defaults().read(SeedLetterImportTest.SEED_JSON);

  @Test
  void text_seed_startsWithTheOfficialHeader() {
    String text = LetterRenderer.of(RenderFormat.TEXT).render(seed);
    assertTrue(
        text.startsWith(
            "晋残函〔2024〕7号\n答复类型：A\n\n关于晋江市政协十四届三次会议第3号提案的答复函\n\n王颖芳、洪晓清委员：\n\n"
                + "您们提出的《关于加强我市孤独症群体支持服务的建议》收悉，现将办理情况答复如下：\n\n一、加强宣传，"),
        text);
    assertTrue(text.contains("\n拓宽渠道，优化大龄孤独症职业技能培训\n"), "unnumbered heading kept without numeral");
    assertTrue(
        text.contains(
            "附件：关于第3号提案答复意见办理清单\n关于第3号提案答复意见办理清单\n\n您们提出的"),
        text);
    assertTrue(
        text.contains("\n已开展事项（开展中）\n无法落实事项\n原因\n\n建议三\n"),
        text);
    assertTrue(text.contains("\n补充说明（其他需要说明的情况）\n无\n"), text);
    assertTrue(
        text.endsWith(
            "\n抄送：市领导陈友爱、吴尊意，市政协提案委及相关委（室）、市政府督查室、民政局、教育局、人社局、税务局、慈善总会。\n"),
        text);
  }

  @Test
  void text_closingParts_inOfficialOrder() {
    ReplyLetter l =
        ReplyLetter.builder()
            .documentNumber(DocumentNumber.parse("晋残函〔2024〕7号"))
            .signer("陈友爱")
            .classification(ReplyClassification.of("B"))
            .addAddressees(Proposer.of("李辉", ProposerRole.DEPUTY))
            .addSections(Section.builder().ordinal("一").heading("总体情况").addParagraphs("正文。").build())
            .issuingOrgan("晋江市残疾人联合会")
            .issueDate(LocalDate.of(2024, 6, 3))
            .addContacts(Contact.of(ContactRole.RESPONSIBLE_LEADER, "吴尊意", "0595-1111"))
            .addContacts(Contact.builder().phone("85678901").build())
            .disclosure(Disclosure.PUBLIC)
            .addCc(CcGroup.of("市政协提案委"))
            .build();
    assertEquals(
        "晋残函〔2024〕7号　　签发人：陈友爱\n答复类型：B\n\n李辉代表：\n\n一、总体情况\n正文。\n\n"
            + "晋江市残疾人联合会\n2024年6月3日\n主管领导：吴尊意  联系电话：0595-1111\n联系电话：85678901\n此件主动公开\n\n"
            + "抄送：市政协提案委。\n",
        LetterRenderer.of(RenderFormat.TEXT).render(l));
  }

  @Test
  void text_emptyLetter_isEmptyText() {
    assertEquals("", LetterRenderer.of(RenderFormat.TEXT).render(ReplyLetter.builder().build()));
  }

  @Test
  void markdown_seed_headingsAndLists() {
    String md = LetterRenderer.of(RenderFormat.MARKDOWN).render(seed);
    assertTrue(md.startsWith("**晋残函〔2024〕7号**\n\n答复类型：A\n\n# 关于晋江市政协十四届三次会议第3号提案的答复函\n"), md);
    assertTrue(md.contains("\n## 一、加强宣传，提高全社会对孤独症的认知和理解度\n"), md);
    assertTrue(md.contains("\n## 附件：关于第3号提案答复意见办理清单\n"), md);
    assertTrue(md.contains("\n### 建议一 加强宣传，提高社会认知和理解度。\n"), md);
    assertTrue(md.contains("\n**已完成事项**\n\n- 市残联联合"), md);
    assertTrue(md.contains("\n**补充说明（其他需要说明的情况）**\n\n无\n"), md);
  }

  @Test
  void markdown_specialCharacters_escaped() {
    ReplyLetter l =
        ReplyLetter.builder()
            .addSections(Section.builder().addParagraphs("#1 *重点* [链接]_x_ <b>").build())
            .build();
    assertEquals(
        "\\#1 \\*重点\\* \\[链接\\]\\_x\\_ \\<b\\>\n", LetterRenderer.of(RenderFormat.MARKDOWN).render(l));
  }

  @Test
  void of_returnsTheRendererOfTheFormat() {
    for (RenderFormat f : RenderFormat.values()) {
      assertEquals(f, LetterRenderer.of(f).format());
    }
    assertEquals(List.of(RenderFormat.TEXT, RenderFormat.MARKDOWN), List.of(RenderFormat.values()));
  }
}
