package org.replyletter.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyletter.Channel;
import org.replyletter.ProposalReference;
import org.replyletter.Proposer;
import org.replyletter.ProposerRole;
import org.replyletter.ReplyLetter;
import org.replyletter.Section;
import org.replyletter.diagnostics.Finding;
import org.replyletter.diagnostics.Severity;

/**
 * False alarms the validator raised on real published letters ({@code shared/corpus/letters}, file
 * named in each test), each with a control that keeps the rule's true findings: a finding must be
 * true of the letter.
 */
class CorpusFalseAlarmsTest {
  private static final LetterValidator ISSUED = LetterValidator.defaults();
  private static final LetterValidator PUBLISHED =
      LetterValidator.of(ValidationOptions.builder().profile(ValidationProfile.PUBLISHED).build());

  private static List<String> codes(ReplyLetter letter, String prefix) {
    return ISSUED.validate(letter).findings().stream()
        .filter(f -> f.code().startsWith(prefix))
        .map(f -> f.code() + " " + f.path())
        .toList();
  }

  private static Section prose(String... paragraphs) {
    return Section.builder().addParagraphs(paragraphs).build();
  }

  /** 08-nanpiao-gaj-npc-school-traffic: a body of paragraphs (一是…二是… inside them), no numbered section. */
  @Test
  void sec001_letterWithoutNumberedSections_noNumeralIsMissing() {
    ReplyLetter l =
        ReplyLetter.builder()
            .addSections(
                prose("您提出的关于加强学校门前车辆行驶和停放秩序管理的建议,我局专门立会进行了研究,解决方法如下:"),
                prose("一是开展交通安全知识进校园活动,强化师生及学生家长的交通安全意识和自我防范能力。"),
                prose("三是在上下学时间段安排派出所民警现场执勤,加大对校园周边环境进行治理。"))
            .build();
    assertEquals(List.of(), codes(l, "RL-SEC"));
    // Control: a headed section without numeral among numbered ones still misses its numeral.
    ReplyLetter numbered =
        l.withSections(
            Section.builder().ordinal("一").heading("基本情况").addParagraphs("正文。").build(),
            Section.builder().heading("意见建议办理情况").addParagraphs("正文。").build());
    assertEquals(List.of("RL-SEC-001 /sections/1/ordinal"), codes(numbered, "RL-SEC"));
  }

  /** 06-gaoping-wtj-npc71: an unnumbered introduction, then 一、 and 二、; the numbering starts at 一. */
  @Test
  void sec003_introductionBeforeTheNumberedSections_isNotCounted() {
    ReplyLetter l =
        ReplyLetter.builder()
            .addSections(
                prose("您好!您所提的“关于改善神农卫生院就医环境的建议”已收悉,我局高度重视,召开会议专题研究。"),
                Section.builder().ordinal("一").addParagraphs("您这一提案提得很好,表明您对我市基层医疗卫生事业的高度关注。").build(),
                Section.builder().ordinal("二").addParagraphs("需要向您说明的是:目前北京阜外医院心血管神农分院项目场地平整已完成。").build(),
                prose("以上答复您是否满意,如有意见,敬请反馈。"))
            .build();
    assertEquals(List.of(), codes(l, "RL-SEC"));
    // Control: a repeated numeral is still out of sequence.
    ReplyLetter repeated = l.withSections(l.sections().get(0), l.sections().get(1), l.sections().get(1).withOrdinal("一"));
    assertEquals(List.of("RL-SEC-003 /sections/2/ordinal"), codes(repeated, "RL-SEC"));
  }

  private static ReplyLetter titled(String title, String body, String number) {
    return ReplyLetter.builder()
        .title(title)
        .proposal(ProposalReference.builder().channel(Channel.NPC_SUGGESTION).body(body).number(number).build())
        .build();
  }

  /** The title names its 人大 with the term between place and organ, in full, or after 对 / 关于对. */
  @Test
  void ttl002_titlesThatNameTheirPeoplesCongress() {
    // 01-ningshan-jtj-npc17-C
    assertEquals(List.of(), codes(titled("对宁陕县第十八届人大六次会议第17号建议的复函", "宁陕县人大", "17"), "RL-TTL"));
    // 25-longyao-npc60-road
    assertEquals(List.of(), codes(titled("对隆尧县第十五届人民代表大会第六次会议第60号建议的答复", "隆尧县人大", "60"), "RL-TTL"));
    // 28-dongchang-zjj-tonghua-npc131 (通化市人大, replied to by a district)
    assertEquals(List.of(), codes(titled("对市九届人大四次会议第131号代表建议的答复", "通化市人大", "131"), "RL-TTL"));
    // 38-jiyuan-jtj-npc035
    assertEquals(List.of(), codes(titled("关于对市十五届人大四次会议第035号建议的答复", "济源市人大", "035"), "RL-TTL"));
    // 18-jinning-jiaoti-npc87-B: the organ's name before 关于
    assertEquals(
        List.of(),
        codes(titled("昆明市晋宁区教育体育局关于对晋宁区第一届人民代表大会第三次会议第87号建议的答复", "晋宁区人大", "87"), "RL-TTL"));
    // A CPPCC title with the committee in full.
    ReplyLetter cppcc =
        ReplyLetter.builder()
            .title("关于中国人民政治协商会议平江县第十届委员会第五次会议第57号提案的答复")
            .proposal(ProposalReference.builder().channel(Channel.CPPCC_PROPOSAL).body("平江县政协").number("57").build())
            .build();
    assertEquals(List.of(), codes(cppcc, "RL-TTL"));
    // Controls: another county's 人大, or a 政协 for a 人大, is not this body.
    assertEquals(
        List.of("RL-TTL-002 /title"), codes(titled("对宁陕县第十八届人大六次会议第17号建议的复函", "石泉县人大", "17"), "RL-TTL"));
    assertEquals(
        List.of("RL-TTL-002 /title"), codes(titled("对隆尧县第十五届政协第六次会议第60号建议的答复", "隆尧县人大", "60"), "RL-TTL"));
  }

  /**
   * 08-nanpiao-gaj-npc-school-traffic: the title quotes the proposal by title only and the text does
   * not name 人大 or 政协, so the channel is absent; no role can then be wrong.
   */
  @Test
  void adr002_channelAbsent_noRoleIsBlamed() {
    ReplyLetter l =
        ReplyLetter.builder()
            .title("《关于加强学校门前车辆行驶和停放秩序管理的建议》的答复")
            .proposal(ProposalReference.builder().title("关于加强学校门前车辆行驶和停放秩序管理的建议").build())
            .addAddressees(Proposer.of("徐振武", ProposerRole.DEPUTY))
            .build();
    assertEquals(List.of(), codes(l, "RL-ADR"));
    assertEquals(List.of(), codes(l, "RL-TTL"));
    // Control, 04-pingjiang-jyj-cppcc57: the letter itself says 政协…提案 and addresses the member
    // as 代表, which is true of that letter.
    ReplyLetter stated =
        l.withTitle("关于对平江县政协十届五次会议第57号提案的答复")
            .withProposal(ProposalReference.builder().channel(Channel.CPPCC_PROPOSAL).body("平江县政协").term(10).session(5).number("57").build())
            .withAddressees(Proposer.of("李娟娟", ProposerRole.DEPUTY));
    assertEquals(List.of("RL-ADR-002 /addressees/0/role"), codes(stated, "RL-ADR"));
  }

  /** 08-nanpiao-gaj-npc-school-traffic as published: no 文号, which is an error only for an issued letter. */
  @Test
  void doc001_publishedReply_noErrorForTheAbsentDocumentNumber() {
    ReplyLetter l =
        ReplyLetter.builder()
            .title("《关于加强学校门前车辆行驶和停放秩序管理的建议》的答复")
            .issuingOrgan("南票区公安分局")
            .issueDate(java.time.LocalDate.of(2016, 6, 30))
            .addAddressees(Proposer.of("徐振武", ProposerRole.DEPUTY))
            .build();
    Finding issued = ISSUED.validate(l).findings().stream().filter(f -> f.code().equals("RL-DOC-001")).findFirst().orElseThrow();
    assertEquals(Severity.ERROR, issued.severity());
    ValidationReport published = PUBLISHED.validate(l);
    assertTrue(published.isValid(), published::toJson);
    assertTrue(published.findings().stream().anyMatch(f -> f.code().equals("RL-DOC-001") && f.severity() == Severity.INFO));
    assertFalse(published.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR));
  }

  /** A reference by title only identifies its proposal; one with neither number nor title does not. */
  @Test
  void ref001_referenceByTitleOnly_identifiesTheProposal() {
    ReplyLetter l =
        ReplyLetter.builder()
            .proposal(ProposalReference.builder().title("关于加强学校门前车辆行驶和停放秩序管理的建议").build())
            .build();
    assertEquals(List.of(), codes(l, "RL-REF"));
    ReplyLetter bare =
        l.withProposal(ProposalReference.builder().channel(Channel.NPC_SUGGESTION).body("南票区人大").build())
            .withAdditionalProposals(ProposalReference.builder().number("15").build(), ProposalReference.builder().term(7).build());
    assertEquals(List.of("RL-REF-001 /additionalProposals/1", "RL-REF-001 /proposal"), codes(bare, "RL-REF"), "in report order");
    assertEquals(
        "RL-REF-001.unidentified",
        ISSUED.validate(bare).findings().stream().filter(f -> f.code().equals("RL-REF-001")).findFirst().orElseThrow().messageKey());
  }

  /** 09-linxiang-chengguan-cppcc48-C2 and 13-yueyangxian-jiaoti-npc72-B2 print a sub-class of C or B. */
  @Test
  void cls002_numberedSubClass_isACodeOfItsScheme() {
    for (String code : List.of("C2", "B2", "B1")) {
      assertEquals(List.of(), codes(ReplyLetter.builder().classification(org.replyletter.ReplyClassification.of(code)).build(), "RL-CLS-002"));
    }
    // Controls: a code outside the scheme, or a sub-class of one, is still unknown.
    for (String code : List.of("E", "E2", "C0", "C12", "2")) {
      assertEquals(
          List.of("RL-CLS-002 /classification/code"),
          codes(ReplyLetter.builder().classification(org.replyletter.ReplyClassification.of(code)).build(), "RL-CLS-002"),
          code);
    }
  }

  private static ReplyLetter numbered(String title, String number, String proposalTitle) {
    ProposalReference.Builder ref = ProposalReference.builder().channel(Channel.NPC_SUGGESTION).number(number);
    if (proposalTitle != null) {
      ref.title(proposalTitle);
    }
    return ReplyLetter.builder().title(title).proposal(ref.build()).build();
  }

  /** Titles that name the number without 第, or identify the proposal by its own title. */
  @Test
  void ttl005_numberWithout第_orTheProposalTitleQuoted() {
    // 31-junshan-npc1-fenguan
    assertEquals(List.of(), codes(numbered("关于君山区人大五届五次会议1号建议的回复", "1", null), "RL-TTL-005"));
    // 37-chengkou-fgw-cppcc6-11
    assertEquals(List.of(), codes(numbered("关于县政协次会议6.11提案的复函", "6.11", null), "RL-TTL-005"));
    // 19-diqing-prefecture-jiaoti-npc10: no number in the title, the proposal quoted (with 的 added)
    assertEquals(
        List.of(),
        codes(
            numbered(
                "对迪庆州第十四届人民代表大会第四次会议提出的关于建塘小学老旧校舍改造提升的建议的答复",
                "10",
                "关于建塘小学老旧校舍改造提升建议"),
            "RL-TTL-005"));
    // Controls: a number that is part of another, or a title that names neither number nor proposal.
    assertEquals(
        List.of("RL-TTL-005 /title"), codes(numbered("关于君山区人大五届五次会议11号建议的回复", "1", null), "RL-TTL-005"));
    assertEquals(
        List.of("RL-TTL-005 /title"),
        codes(numbered("对迪庆州第十四届人民代表大会第四次会议提出的建议的答复", "10", "关于建塘小学老旧校舍改造提升建议"), "RL-TTL-005"));
  }
}
