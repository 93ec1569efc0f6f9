package org.replyletter.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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

  @Test
  void read_publishedWordings() {
    check("对市九届人大四次会议第131号代表建议的答复", ref(Channel.NPC_SUGGESTION, "市人大", 9, 4, "131"));
    check("关于君山区人大五届五次会议1号建议的回复", ref(Channel.NPC_SUGGESTION, "君山区人大", 5, 5, "1"));
    check("关于县政协次会议6.11提案的复函", ref(Channel.CPPCC_PROPOSAL, "县政协", null, null, "6.11"));
    check("关于对张家川县政协第十三届届三次会议第83号提案的答复", ref(Channel.CPPCC_PROPOSAL, "张家川县政协", 13, 3, "83"));
    check("苍溪县财政局关于县十七届人大四次会议第69号建议办理结果的复函", ref(Channel.NPC_SUGGESTION, "县人大", 17, 4, "69"));
    check("对南宫市第九届人民代表大会第二次会议的第46号建议的答复", ref(Channel.NPC_SUGGESTION, "南宫市人民代表大会", 9, 2, "46"));
    check("关于县第十八届人大次会议第DH123号建议的复函", ref(Channel.NPC_SUGGESTION, "县人大", 18, null, "DH123"));
    // 号 followed by the quoted title: the channel from the body's name.
    check("关于兴庆区人大四届三次会议第16号“关于将解放西街健康社区纳入改造项目的建议”的答复",
        ref(Channel.NPC_SUGGESTION, "兴庆区人大", 4, 3, "16"));
  }

  @Test
  void scan_severalNumbers_inOrder() {
    assertEquals(List.of("3", "15", "20"), ProposalReferenceReader.scan("关于市政协十四届三次会议第3号、第15号和第20号提案的答复").numbers);
    assertEquals("市政协", ProposalReferenceReader.scan("关于市政协十四届三次会议第3号、第15号提案的答复").body);
  }
}
