package org.replyletter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.replyletter.CcGroup;
import org.replyletter.Channel;
import org.replyletter.DocumentNumber;
import org.replyletter.Money;
import org.replyletter.ProposalReference;
import org.replyletter.Proposer;
import org.replyletter.ProposerRole;
import org.replyletter.ReplyClassification;
import org.replyletter.ReplyLetter;
import org.replyletter.Section;
import org.replyletter.json.ReplyLetterJson;

/** The code shown in README.md compiles and does what README says. Keep the two in step. */
class ReadmeExampleTest {

  @Test
  void usingTheLibrary_buildWriteRead_roundTrips() {
    ReplyLetter letter = ReplyLetter.builder()
        .documentNumber(DocumentNumber.parse("晋残函〔2024〕7号"))
        .classification(ReplyClassification.of("A"))
        .title("关于晋江市政协十四届三次会议第3号提案的答复函")
        .proposal(ProposalReference.builder()
            .channel(Channel.CPPCC_PROPOSAL)
            .body("晋江市政协").term(14).session(3).number("3")
            .title("关于加强我市孤独症群体支持服务的建议")
            .build())
        .addAddressees(Proposer.of("王颖芳", ProposerRole.MEMBER), Proposer.of("洪晓清", ProposerRole.MEMBER))
        .addSections(Section.builder()
            .ordinal("一").heading("加强宣传，提高全社会对孤独症的认知和理解度")
            .addParagraphs("为提高社会对孤独症的了解和关注，……")
            .build())
        .addCc(CcGroup.of("市领导陈友爱", "吴尊意"))
        .build();

    ReplyLetterJson json = ReplyLetterJson.defaults();
    byte[] bytes = json.write(letter);
    ReplyLetter again = json.read(bytes, "letter.json");
    assertEquals(letter, again);

    ReplyLetter dated = letter.withIssueDate(LocalDate.of(2024, 6, 3));
    assertEquals(LocalDate.of(2024, 6, 3), dated.issueDate().orElseThrow());
    assertEquals(java.util.Optional.empty(), letter.issueDate());
  }

  @Test
  void documentNumbersAndMoney_behaveAsReadmeSays() {
    DocumentNumber n = DocumentNumber.parse("晋残函[2024]第07号");
    assertEquals("晋残函〔2024〕7号", n.format());
    assertEquals(
        EnumSet.of(
            DocumentNumber.Normalisation.BRACKETS,
            DocumentNumber.Normalisation.ORDINAL_PREFIX,
            DocumentNumber.Normalisation.LEADING_ZEROS),
        n.normalisations());
    assertEquals(new java.math.BigDecimal("116000000"), Money.parse("1.16亿元").yuan());
    assertEquals("1.16亿元", Money.parse("1.16亿元").format());
    assertEquals(Money.parse("10000元"), Money.parse("1万元"));
  }
}
