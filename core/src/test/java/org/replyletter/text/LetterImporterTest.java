package org.replyletter.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.generators.SourceDSL;
import org.replyletter.CcGroup;
import org.replyletter.Channel;
import org.replyletter.ClassificationScheme;
import org.replyletter.Contact;
import org.replyletter.ContactRole;
import org.replyletter.Disclosure;
import org.replyletter.HandlingRole;
import org.replyletter.ProposalReference;
import org.replyletter.Proposer;
import org.replyletter.ProposerRole;
import org.replyletter.ReplyClassification;
import org.replyletter.ReplyLetter;
import org.replyletter.Sponsorship;
import org.replyletter.testing.LetterGenerators;

/** The importer's contract: never throws on text, linear on long lines, charsets, the recognised forms. */
class LetterImporterTest {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private final LetterImporter importer = LetterImporter.defaults();

  private ReplyLetter imported(String text) {
    ImportResult r = importer.importText(text);
    ImportInvariants.assertNothingLost(text, r);
    return r.letter();
  }

  // ---------------------------------------------------------------- robustness

  @Test
  void importText_anyText_neverThrows_andLosesNothing() {
    qt().withExamples(300)
        .forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 400))
        .checkAssert(s -> ImportInvariants.assertNothingLost(s, importer.importText(s)));
  }

  @Test
  void importText_letterLikeRandomText_neverThrows_andLosesNothing() {
    qt().withExamples(300)
        .forAll(LetterGenerators.listsOf(LetterGenerators.texts(40), 30))
        .checkAssert(
            lines -> {
              String s = String.join("\n", lines);
              ImportInvariants.assertNothingLost(s, importer.importText(s));
            });
  }

  @Test
  void importText_oneMegabyteLines_complete() {
    // Lines of a megabyte are over the default limits; the importer's linear reading is what is tested.
    LetterImporter importer =
        LetterImporter.of(ImportOptions.builder().maxInputSize(8 << 20).maxLineLength(4 << 20).build());
    String chunk = "一、关于：答复类型：A，联系人：张三；抄送：收悉《“";
    String line = chunk.repeat(1_048_576 / chunk.length() + 1);
    for (String text :
        List.of(
            line,
            "晋残函〔2024〕7号\n" + line + "\n" + line,
            "王颖芳委员：\n您提出的收悉\n" + line,
            "建议一\n已完成事项\n" + line,
            "附件：" + line,
            "关于" + "十".repeat(1_000_000) + "届第3号提案的答复",
            "联系人：" + "：".repeat(1_000_000))) {
      ImportResult r = importer.importText(text);
      ImportInvariants.assertNothingLost(text, r);
    }
  }

  @Test
  void importText_null_throwsNullPointerException() {
    assertThrows(NullPointerException.class, () -> importer.importText(null));
  }

  @Test
  void importText_onlyProse_isNotRecognisable_andEverythingIsUnplaced() {
    ImportResult r = importer.importText("今天天气很好。\n我们去公园散步\n晚上回家。\n");
    assertFalse(r.report().isRecognisable());
    assertEquals(ReplyLetter.builder().build(), r.letter());
    assertEquals(3, r.report().unplacedLines().size());
    assertEquals(0, r.report().charactersPlaced());
  }

  @Test
  void importText_emptyText_givesEmptyLetter() {
    ImportResult r = importer.importText("");
    assertEquals(ReplyLetter.builder().build(), r.letter());
    assertEquals(0, r.report().nonBlankLines());
  }

  // ---------------------------------------------------------------- charsets and line ends

  @Test
  void importBytes_gb18030_whenAsked_givesTheSameLetterAsUtf8() throws Exception {
    String seed = Files.readString(SeedLetterImportTest.SEED_TEXT);
    LetterImporter gb = LetterImporter.of(ImportOptions.builder().charset(GB18030).build());
    ReplyLetter fromGb = gb.importBytes(seed.getBytes(GB18030), "seed-gb18030.txt").letter();
    assertEquals(importer.importText(seed).letter(), fromGb);
  }

  @Test
  void importBytes_gb18030ReadAsUtf8_throwsWithLineAndColumn() {
    byte[] bytes = "答复类型：A\n关于第3号提案的答复".getBytes(GB18030);
    byte[] ascii = "x\nab".getBytes(StandardCharsets.US_ASCII);
    byte[] mixed = new byte[ascii.length + bytes.length];
    System.arraycopy(ascii, 0, mixed, 0, ascii.length);
    System.arraycopy(bytes, 0, mixed, ascii.length, bytes.length);
    TextInputException e =
        assertThrows(TextInputException.class, () -> importer.importBytes(mixed, "letter.txt"));
    assertEquals(TextInputException.Reason.MALFORMED_INPUT, e.reason());
    assertEquals(OptionalInt.of(2), e.line());
    assertEquals(OptionalInt.of(3), e.column());
    assertEquals(Optional.of("letter.txt"), e.sourceName());
    assertTrue(e.getMessage().startsWith("letter.txt:2:3: "), e.getMessage());
  }

  @Test
  void importFile_missingFile_throwsIoFailure(@TempDir Path dir) {
    TextInputException e =
        assertThrows(TextInputException.class, () -> importer.importFile(dir.resolve("none.txt")));
    assertEquals(TextInputException.Reason.IO_FAILURE, e.reason());
    assertTrue(e.line().isEmpty());
  }

  @Test
  void importText_crlfAndCrLineEnds_giveTheSameLetterAsLf() throws Exception {
    String seed = Files.readString(SeedLetterImportTest.SEED_TEXT);
    ReplyLetter lf = importer.importText(seed).letter();
    assertEquals(lf, imported(seed.replace("\n", "\r\n")));
    assertEquals(lf, imported(seed.replace("\n", "\r")));
  }

  @Test
  void importText_byteOrderMark_removedAndRecorded() {
    ImportResult r = importer.importText("\uFEFF晋残函〔2024〕7号\n答复类型：A\n");
    assertEquals("晋残函〔2024〕7号", r.letter().documentNumber().orElseThrow().format());
    assertEquals(TextNormalisation.Kind.BYTE_ORDER_MARK, r.report().normalisations().get(0).kind());
  }

  // ---------------------------------------------------------------- recognised forms

  @Test
  void replyType_printedVariants_allRead() {
    for (String line : List.of("答复类型：A", "答复类型:A", "办复类别:A类", "类 别:A", "类别：A", "A", "Ａ", "a类")) {
      ReplyLetter l = imported(line + "\n关于市政协第3号提案的答复\n");
      assertEquals(Optional.of(ReplyClassification.of("A")), l.classification(), line);
    }
  }

  @Test
  void replyType_afterTheBody_read() {
    ReplyLetter l = imported("张三委员：\n一、情况\n正文。\n类别：C\n");
    assertEquals(Optional.of(ReplyClassification.of("C")), l.classification());
  }

  @Test
  void replyType_schemeOption_overridesTheInference() {
    LetterImporter four =
        LetterImporter.of(ImportOptions.builder().classificationScheme(ClassificationScheme.FOUR_CLASS).build());
    ReplyLetter l = four.importText("答复类型：B\n关于市人大第3号建议的答复\n").letter();
    assertEquals(ReplyClassification.of(ClassificationScheme.FOUR_CLASS, "B"), l.classification().orElseThrow());
  }

  @Test
  void documentNumber_withSignerOnTheSameLine_bothRead() {
    ImportResult r = importer.importText("晋残函[2024]07号    签发人：陈友爱\n答复类型：A\n");
    assertEquals("晋残函〔2024〕7号", r.letter().documentNumber().orElseThrow().format());
    assertEquals(Optional.of("陈友爱"), r.letter().signer());
    assertTrue(r.report().recognisedParts().containsAll(List.of(LetterPart.DOCUMENT_NUMBER, LetterPart.SIGNER)));
    assertEquals(TextNormalisation.Kind.DOCUMENT_NUMBER, r.report().normalisations().get(0).kind());
  }

  @Test
  void documentNumber_withTrailingText_numberReadAndRestUnplaced() {
    ImportResult r = importer.importText("晋残函〔2024〕7号  急件\n答复类型：A\n");
    assertEquals("晋残函〔2024〕7号", r.letter().documentNumber().orElseThrow().format());
    assertEquals(List.of(UnplacedLine.of(1, "急件")), r.report().unplacedLines());
    ImportInvariants.assertNothingLost("晋残函〔2024〕7号  急件\n答复类型：A\n", r);
  }

  @Test
  void addressees_jointAndHonorificForms() {
    assertEquals(
        List.of(Proposer.builder().name("李辉").role(ProposerRole.MEMBER).sponsorship(Sponsorship.LEAD).build()),
        imported("尊敬的李辉等5位委员：\n您提出的提案收悉。\n").addressees());
    assertEquals(
        List.of(Proposer.of("王颖芳", ProposerRole.DEPUTY), Proposer.of("洪晓清", ProposerRole.DEPUTY)),
        imported("王颖芳、洪晓清代表：\n您们提出的建议收悉。\n").addressees());
    assertEquals(
        List.of(Proposer.of("王颖芳", ProposerRole.MEMBER), Proposer.of("洪晓清", ProposerRole.DEPUTY)),
        imported("王颖芳委员、洪晓清代表：\n收悉。\n").addressees());
  }

  @Test
  void dates_arabicAndChineseNumerals_read() {
    assertEquals(Optional.of(LocalDate.of(2024, 6, 3)), imported("张三委员：\n2024年6月3日\n").issueDate());
    assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), imported("张三委员：\n二〇二四年十二月三十一日\n").issueDate());
    assertEquals(Optional.of(LocalDate.of(2008, 10, 20)), imported("张三委员：\n二○○八年十月二十日\n").issueDate());
    assertEquals(Optional.of(LocalDate.of(2024, 3, 5)), imported("张三委员：\n2024 年 3 月 5 日\n").issueDate());
    // Not a calendar date: kept as text, not as a date.
    assertEquals(Optional.empty(), imported("张三委员：\n2024年2月30日\n").issueDate());
  }

  @Test
  void contacts_commonForms_read() {
    assertEquals(
        List.of(Contact.of(ContactRole.CONTACT, "张三", "0595-12345678")),
        imported("张三委员：\n联系人：张三 联系电话：0595-12345678\n").contacts());
    assertEquals(
        List.of(Contact.of(ContactRole.CONTACT, "张三", "0595-12345678")),
        imported("张三委员：\n联系人及电话：张三，0595-12345678\n").contacts());
    assertEquals(
        List.of(Contact.of(ContactRole.CONTACT, "张三", "0595-12345678")),
        imported("张三委员：\n（联系人:张三;联系电话:0595-12345678）\n").contacts());
    assertEquals(
        List.of(
            Contact.of(ContactRole.RESPONSIBLE_LEADER, "李四", "0595-1111"),
            Contact.of(ContactRole.HANDLER, "王五", "0595-2222")),
        imported("张三委员：\n主管领导：李四，电话：0595-1111；承办人：王五，电话：0595-2222\n").contacts());
    assertEquals(
        List.of(Contact.builder().phone("85678901").build()),
        imported("张三委员：\n联系电话：85678901\n").contacts());
  }

  @Test
  void cc_groupsAndRecipients_separatorsInsideBracketsKept() {
    ReplyLetter l = imported("张三委员：\n抄送：市领导甲、乙，市政协提案委（含各专委会，办公室）、市政府督查室。\n");
    assertEquals(
        List.of(CcGroup.of("市领导甲", "乙"), CcGroup.of("市政协提案委（含各专委会，办公室）", "市政府督查室")),
        l.cc());
  }

  @Test
  void disclosure_lineForms_read() {
    assertEquals(Optional.of(Disclosure.PUBLIC), imported("张三委员：\n此件主动公开\n").disclosure());
    assertEquals(Optional.of(Disclosure.PUBLIC), imported("张三委员：\n（此件公开发布）\n（此件主动公开）\n").disclosure());
    assertEquals(Optional.of(Disclosure.ON_REQUEST), imported("张三委员：\n公开属性：依申请公开\n").disclosure());
    assertEquals(Optional.of(Disclosure.NOT_PUBLIC), imported("张三委员：\n此件不公开\n").disclosure());
  }

  @Test
  void sections_numberedUnnumberedAndInline() {
    ReplyLetter l =
        imported(
            "张三委员：\n一、加强宣传\n第一段。\n二、完善制度。第二段接在标题后。\n保障措施\n第三段。\n三、\n第四段。\n");
    assertEquals(4, l.sections().size());
    assertEquals(Optional.of("加强宣传"), l.sections().get(0).heading());
    assertEquals(Optional.of("完善制度。"), l.sections().get(1).heading());
    assertEquals(List.of("第二段接在标题后。"), l.sections().get(1).paragraphs());
    assertEquals(Optional.empty(), l.sections().get(2).ordinal());
    assertEquals(Optional.of("保障措施"), l.sections().get(2).heading());
    assertEquals(Optional.of("三"), l.sections().get(3).ordinal());
    assertEquals(Optional.empty(), l.sections().get(3).heading());
  }

  // ---------------------------------------------------------------- forms of published letters

  @Test
  void contacts_onePrintedContact_isOneContact_whateverSeparatesNameAndPhone() {
    Contact expected = Contact.of(ContactRole.CONTACT, "蒋文斌", "6121966");
    for (String line : new String[] {
        "联系人及电话：蒋文斌/6121966", "联系人及电话：蒋文斌；6121966", "（联系人及电话:蒋文斌,6121966）",
        "联系人：蒋文斌  联系电话：6121966", "联 系 人:蒋文斌\n联系电话:6121966"}) {
      assertEquals(List.of(expected), imported("张三委员：\n您的提案收悉。\n" + line + "\n").contacts(), line);
    }
  }

  @Test
  void contacts_severalNamesBeforeOnePhone_spacedNames_andASecondPersonBelow() {
    assertEquals(
        List.of(Contact.of(ContactRole.CONTACT, "赵玮", "67892775"), Contact.of(ContactRole.CONTACT, "张建凯", "67892775")),
        imported("张三委员：\n收悉。\n联系人及电话:赵玮  张建凯 67892775\n").contacts());
    assertEquals(
        List.of(
            Contact.builder().role(ContactRole.RESPONSIBLE_LEADER).name("吴天星").build(),
            Contact.of(ContactRole.HANDLER, "刘华", "0730—3722058"),
            Contact.of(ContactRole.HANDLER, "李正朋", "0730—3722600")),
        imported("张三委员：\n收悉。\n承办责任人:吴天星\n承办人及联系电话:刘  华  0730—3722058\n李正朋  0730—3722600\n").contacts());
  }

  @Test
  void addressees_bracketedCounts_honorifics_titlesAfterNames_spacedNames() {
    Proposer lead = Proposer.builder().name("张三").role(ProposerRole.MEMBER).sponsorship(Sponsorship.LEAD).build();
    assertEquals(List.of(lead), imported("张三（等5人）委员：\n您的提案收悉。\n").addressees());
    assertEquals(List.of(lead), imported("张三(共3人)委员:\n您的提案收悉。\n").addressees());
    assertEquals(List.of(Proposer.of("袁大金", ProposerRole.DEPUTY)), imported("尊敬袁大金代表:\n您的建议收悉。\n").addressees());
    assertEquals(List.of(Proposer.of("李明", ProposerRole.MEMBER)), imported("李明同志委员：\n您的提案收悉。\n").addressees());
    assertEquals(
        List.of(Proposer.of("郭会金", ProposerRole.MEMBER), Proposer.of("廖锡", ProposerRole.MEMBER)),
        imported("郭会金、廖 锡委员:\n你们的提案收悉。\n").addressees());
  }

  @Test
  void dates_compactForms_readOnlyWhereOneReadingIsADate() {
    assertEquals(Optional.of(LocalDate.of(2023, 7, 12)), imported("张三委员：\n收悉。\n2023712\n").issueDate());
    assertEquals(Optional.of(LocalDate.of(2021, 10, 26)), imported("张三委员：\n收悉。\n20211026\n").issueDate());
    // 2023111 is 1月11日 or 11月1日: not read as a date.
    assertEquals(Optional.empty(), imported("张三委员：\n收悉。\n2023111\n").issueDate());
  }

  @Test
  void header_organAboveATitleOverTwoLines_andTheReplyTypeOnTheNumberLine() {
    ReplyLetter l =
        imported("平交复函[2017]19号B类  同意公开\n平江县交通运输局\n关于对平江县十七届人大一次会议第82号建议的\n答    复\n陈根明代表:\n您提出的建议收悉。\n");
    assertEquals("关于对平江县十七届人大一次会议第82号建议的答复", l.title().orElseThrow());
    assertEquals("平江县交通运输局", l.issuingOrgan().orElseThrow());
    assertEquals(Optional.of(ReplyClassification.of("B")), l.classification());
    assertEquals(Optional.of(Disclosure.PUBLIC), l.disclosure());
    assertEquals(Optional.of("82"), l.proposal().orElseThrow().number());
  }

  @Test
  void flattenedLetter_splitIntoAddresseesOpeningAndParagraphs() {
    ReplyLetter l = imported("秦振兴代表: 您提出的建议收悉,现答复如下: 第一段。 第二段。\n2018年6月28日\n");
    assertEquals(List.of(Proposer.of("秦振兴", ProposerRole.DEPUTY)), l.addressees());
    assertEquals("您提出的建议收悉,现答复如下:", l.opening().orElseThrow());
    assertEquals(List.of("第一段。", "第二段。"), l.sections().get(0).paragraphs());
  }

  @Test
  void proposal_byTitleOnly_channelOnlyWhereTheTextSaysIt() {
    ProposalReference byTitle =
        imported("曹国霞代表:\n您提出的《关于完善基层学校设施建设的建议》已收悉,现答复如下:\n").proposal().orElseThrow();
    assertEquals(
        ProposalReference.builder().channel(Channel.NPC_SUGGESTION).title("关于完善基层学校设施建设的建议").build(), byTitle);
    // Neither 委员/代表 nor 政协/人大 nor 提案/建议 after a number: no channel.
    ProposalReference unsaid = imported("张三：\n您提出的《关于完善基层学校设施建设的建议》已收悉。\n").proposal().orElseThrow();
    assertEquals(Optional.empty(), unsaid.channel());
  }

  @Test
  void proposal_severalNumbers_areSeveralProposals() {
    ReplyLetter l = imported("关于市政协十四届三次会议第3号、第15号提案的答复\n张三委员：\n您的提案收悉。\n");
    assertEquals(
        List.of(Optional.of("3"), Optional.of("15")), l.proposals().stream().map(ProposalReference::number).toList());
    assertEquals(Optional.of("市政协"), l.additionalProposals().get(0).body());
  }

  @Test
  void handlingForm_namesTheOrgansPart() {
    ReplyLetter l = imported("阿左旗第十六届人民代表大会第二次会议第23号建议办理单\n主办单位:阿拉善左旗交通运输局\n协办单位:\n色尔道等代表:\n您的建议收悉。\n阿拉善左旗交通运输局\n2023年12月8日\n");
    assertEquals(Optional.of(HandlingRole.LEAD), l.handlingRole());
  }
}
