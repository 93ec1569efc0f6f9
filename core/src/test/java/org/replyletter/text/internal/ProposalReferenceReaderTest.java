package org.replyletter.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.replyletter.Channel;
import org.replyletter.ProposalReference;

class ProposalReferenceReaderTest {

  private static ProposalReference ref(Channel c, String body, Integer term, Integer session, String number) {
    ProposalReference.Builder b = ProposalReference.builder().channel(c).body(body).number(number);
    if (term != null) {
      b.term(term);
    }
    if (session != null) {
      b.session(session);
    }
    return b.build();
  }

  private static void check(String title, ProposalReference expected) {
    assertEquals(Optional.of(expected), ProposalReferenceReader.read(title), title);
  }

  @Test
  void read_termAndSession_inEveryPrintedForm() {
    ProposalReference seed = ref(Channel.CPPCC_PROPOSAL, "晋江市政协", 14, 3, "3");
    check("关于晋江市政协十四届三次会议第3号提案的答复函", seed);
    check("关于晋江市政协第十四届第三次会议第3号提案的答复函", seed);
    check("关于晋江市政协14届3次会议第3号提案的答复函", seed);
    check("关于晋江市政协十四届三次第3号提案的答复", seed);
    check("关于对晋江市政协十四届三次会议3号提案的答复", seed);
  }

  @Test
  void read_npcSuggestion_numberKeptAsGiven() {
    check("关于市十七届人大三次会议第0487号建议的答复", ref(Channel.NPC_SUGGESTION, "市人大", 17, 3, "0487"));
    check("关于晋江市人大常委会第20250688号建议的复函", ref(Channel.NPC_SUGGESTION, "晋江市人大常委会", null, null, "20250688"));
  }

  @Test
  void read_bodyAroundTheTerm_joined() {
    check(
        "关于政协第十四届晋江市委员会第三次会议第3号提案的答复",
        ref(Channel.CPPCC_PROPOSAL, "政协晋江市委员会", 14, 3, "3"));
  }

  @Test
  void read_noNumberOrNoChannel_isEmpty() {
    assertEquals(Optional.empty(), ProposalReferenceReader.read("关于加强宣传工作的答复"));
    assertEquals(Optional.empty(), ProposalReferenceReader.read("关于第3号文件的答复"));
    assertEquals(Optional.empty(), ProposalReferenceReader.read("关于第3号提案的答复"));
  }
}
