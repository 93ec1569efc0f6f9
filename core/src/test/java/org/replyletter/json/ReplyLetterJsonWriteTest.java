package org.replyletter.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.replyletter.CcGroup;
import org.replyletter.Channel;
import org.replyletter.ClassificationScheme;
import org.replyletter.Contact;
import org.replyletter.ContactRole;
import org.replyletter.Disclosure;
import org.replyletter.Disposition;
import org.replyletter.DocumentNumber;
import org.replyletter.HandlingChecklist;
import org.replyletter.HandlingRole;
import org.replyletter.NotImplementableItem;
import org.replyletter.ProposalReference;
import org.replyletter.Proposer;
import org.replyletter.ProposerRole;
import org.replyletter.ReplyClassification;
import org.replyletter.ReplyLetter;
import org.replyletter.Section;
import org.replyletter.Sponsorship;
import org.replyletter.Suggestion;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deterministic writing through {@link ReplyLetterJson}: same letter, same bytes; UTF-8 with Chinese
 * unescaped; fixed member order; absent optionals omitted; empty lists as {@code []}; a final
 * newline. The expected document {@code full-letter.json} was checked by hand against the issue.
 */
class ReplyLetterJsonWriteTest {

  private static final ReplyLetterJson JSON = ReplyLetterJson.defaults();

  /** A letter with every part present, in a wrong-form document number and out-of-order builder calls. */
  static ReplyLetter fullLetter() {
    return ReplyLetter.builder()
        .disclosure(Disclosure.PUBLIC)
        .signer("王五")
        .documentNumber(DocumentNumber.parse("晋残函[2024]第07号"))
        .classification(ReplyClassification.of(ClassificationScheme.THREE_CLASS, "A"))
        .title("关于晋江市政协十四届三次会议第3号提案的答复函")
        .issuingOrgan("晋江市残疾人联合会")
        .proposal(
            ProposalReference.builder()
                .channel(Channel.CPPCC_PROPOSAL)
                .body("晋江市政协")
                .term(14)
                .session(3)
                .number("003")
                .title("关于加强我市孤独症群体支持服务的建议")
                .build())
        .addAddressees(
            Proposer.builder().name("王颖芳").role(ProposerRole.MEMBER).sponsorship(Sponsorship.LEAD).build(),
            Proposer.of("洪晓清", ProposerRole.MEMBER))
        .opening("您们提出的《关于加强我市孤独症群体支持服务的建议》收悉，现将办理情况答复如下：")
        .addSections(
            Section.builder()
                .ordinal("一")
                .heading("加强宣传，提高全社会对孤独症的认知和理解度")
                .addParagraphs("捐赠1.16亿元用于设立孤独症关爱基金；“蓝色行动为爱发声”。", "第二段\t含制表符和\"引号\"与\\反斜杠")
                .build(),
            Section.builder().heading("拓宽渠道，优化大龄孤独症职业技能培训").build())
        .checklist(
            HandlingChecklist.builder()
                .title("关于第3号提案答复意见办理清单")
                .addSuggestions(
                    Suggestion.builder()
                        .ordinal("一")
                        .title("加强宣传，提高社会认知和理解度。")
                        .disposition(
                            Disposition.builder()
                                .addCompleted("已开展宣传活动。")
                                .addNotImplementable(NotImplementableItem.of("设立专门机构", "编制所限"))
                                .addNotImplementable(NotImplementableItem.builder().item("无原因事项").build())
                                .build())
                        .build(),
                    Suggestion.builder().title("建议二").build())
                .build())
        .supplementaryNote("无")
        .addCc(CcGroup.of("市领导陈友爱", "吴尊意"), CcGroup.of("市政协提案委"))
        .assignmentDate(LocalDate.of(2024, 3, 5))
        .issueDate(LocalDate.of(2024, 6, 3))
        .addContacts(Contact.of(ContactRole.HANDLER, "李四", "0595-85678901"), Contact.builder().phone("13800138000").build())
        .build();
  }

  @Test
  void write_fullLetter_givesTheExpectedDocumentByteForByte() throws IOException {
    assertArrayEquals(resource("full-letter.json"), JSON.write(fullLetter()),
        () -> "written:\n" + JSON.writeString(fullLetter()));
  }

  @Test
  void write_sameLetter_sameBytes() {
    ReplyLetter letter = fullLetter();
    byte[] first = JSON.write(letter);
    assertArrayEquals(first, JSON.write(letter));
    assertArrayEquals(first, JSON.write(fullLetter()), "an equal letter built again");
    assertArrayEquals(first, JSON.write(ReplyLetter.builder().from(letter).build()), "a copy");
    assertArrayEquals(first, JSON.write(JSON.read(first, null)), "the letter read back");
  }

  @Test
  void write_documentNumberInWrongForm_writesStandardForm() {
    String json = JSON.writeString(fullLetter());
    assertTrue(json.contains("\"documentNumber\": \"晋残函〔2024〕7号\""), json);
    assertFalse(json.contains("[2024]"), json);
  }

  @Test
  void write_isUtf8_chineseNotEscaped() {
    byte[] bytes = JSON.write(fullLetter());
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertArrayEquals(bytes, text.getBytes(StandardCharsets.UTF_8), "valid UTF-8");
    assertTrue(text.contains("关于晋江市政协十四届三次会议第3号提案的答复函"));
    assertTrue(text.contains("〔2024〕"));
    assertTrue(text.contains("“蓝色行动为爱发声”"));
    assertFalse(text.contains("\\u"), "no \\u escapes: " + text);
  }

  @Test
  void write_controlCharactersAndQuotes_escapedAsJsonRequires() {
    String text = JSON.writeString(fullLetter());
    assertTrue(text.contains("第二段\\t含制表符和\\\"引号\\\"与\\\\反斜杠"), text);
  }

  @Test
  void write_memberOrder_isFixed() {
    assertEquals(
        List.of(
            "schemaVersion", "documentNumber", "classification", "title", "issuingOrgan", "proposal",
            "addressees", "opening", "sections", "checklist", "supplementaryNote", "cc", "assignmentDate",
            "issueDate", "signer", "contacts", "disclosure"),
        topLevelNames(JSON.write(fullLetter())));
  }

  @Test
  void write_absentOptionals_omitted_emptyListsWritten() {
    assertEquals(
        "{\n  \"schemaVersion\": \"1.0\",\n  \"addressees\": [],\n  \"sections\": [],\n  \"cc\": [],\n  \"contacts\": []\n}\n",
        JSON.writeString(ReplyLetter.builder().build()));
  }

  @Test
  void write_nestedEmptyLists_writtenAsEmptyArrays() {
    ReplyLetter letter =
        ReplyLetter.builder()
            .addSections(Section.builder().build())
            .addCc(CcGroup.of())
            .checklist(HandlingChecklist.builder().addSuggestions(Suggestion.builder().title("建议").build()).build())
            .build();
    String text = JSON.writeString(letter);
    assertTrue(text.contains("\"paragraphs\": []"), text);
    assertTrue(text.contains("\"recipients\": []"), text);
    assertTrue(text.contains("\"completed\": [],\n          \"inProgress\": [],\n          \"notImplementable\": []"), text);
    assertFalse(text.contains("null"), text);
    assertFalse(text.contains("\"ordinal\""), "absent ordinal omitted: " + text);
  }

  @Test
  void write_defaultedMembers_alwaysWritten() {
    ReplyLetter letter =
        ReplyLetter.builder()
            .classification(ReplyClassification.of("B"))
            .addContacts(Contact.builder().name("张三").build())
            .build();
    String text = JSON.writeString(letter);
    assertTrue(text.contains("\"scheme\": \"three-class\""), text);
    assertTrue(text.contains("\"role\": \"contact\""), text);
  }

  @Test
  void write_endsWithOneNewline_usesLfOnly_twoSpaceIndent() {
    String text = JSON.writeString(fullLetter());
    assertTrue(text.endsWith("}\n"), text);
    assertFalse(text.endsWith("\n\n"), text);
    assertFalse(text.contains("\r"), "no CR");
    assertTrue(text.startsWith("{\n  \"schemaVersion\": \"1.0\",\n"), text);
  }

  @Test
  void write_toStream_writesSameBytes_leavesStreamOpen() {
    boolean[] closed = {false};
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    JSON.write(fullLetter(), out);
    assertArrayEquals(JSON.write(fullLetter()), out.toByteArray());
    assertFalse(closed[0]);
  }

  @Test
  void write_toFailingStream_throwsUncheckedIoException() {
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("full");
          }
        };
    assertThrows(UncheckedIOException.class, () -> JSON.write(fullLetter(), broken));
  }

  @Test
  void write_null_throwsNullPointerException() {
    assertThrows(NullPointerException.class, () -> JSON.write(null));
    assertThrows(NullPointerException.class, () -> JSON.writeString(null));
  }

  @Test
  void schemaVersion_isTheOldestThatAcceptsTheLetter() {
    assertEquals("1.1", ReplyLetterJson.SCHEMA_VERSION);
    assertTrue(JSON.writeString(ReplyLetter.builder().build()).contains("\"schemaVersion\": \"1.0\""));
    ProposalReference full =
        ProposalReference.builder().channel(Channel.NPC_SUGGESTION).body("某县人大").number("17").build();
    String fits10 = JSON.writeString(ReplyLetter.builder().proposal(full).build());
    assertTrue(fits10.contains("\"schemaVersion\": \"1.0\""), fits10);
    assertFalse(fits10.contains("additionalProposals"), "a 1.1 list is not written when empty: " + fits10);
    List<ReplyLetter> uses11 =
        List.of(
            ReplyLetter.builder().proposal(ProposalReference.builder().title("关于修路的建议").build()).build(),
            ReplyLetter.builder().proposal(full.withChannel(Optional.empty())).build(),
            ReplyLetter.builder().proposal(full.withBody(Optional.empty())).build(),
            ReplyLetter.builder().proposal(full).addAdditionalProposals(full.withNumber("18")).build(),
            ReplyLetter.builder().handlingRole(HandlingRole.LEAD).build());
    for (ReplyLetter l : uses11) {
      String written = JSON.writeString(l);
      assertTrue(written.contains("\"schemaVersion\": \"" + ReplyLetterJson.SCHEMA_VERSION + "\""), written);
      assertEquals(l, JSON.read(written));
    }
  }

  private static List<String> topLevelNames(byte[] json) {
    List<String> names = new ArrayList<>();
    try (JsonParser p = JsonMapper.builder().build().createParser(json)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        names.add(p.currentName());
        p.nextToken();
        p.skipChildren();
      }
    }
    return names;
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = ReplyLetterJsonWriteTest.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      return in.readAllBytes();
    }
  }
}
