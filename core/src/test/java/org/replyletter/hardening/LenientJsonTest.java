package org.replyletter.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.replyletter.ReplyLetter;
import org.replyletter.json.JsonInputException;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.diagnostics.Finding;
import tools.jackson.databind.json.JsonMapper;

/** Lenient reading keeps members from a newer schema version and writes them back unchanged. */
class LenientJsonTest {
  // A "1.3" letter with members this version does not know, at the root, nested and in list items.
  private static final String NEWER =
      "{\n"
          + "  \"schemaVersion\": \"1.3\",\n"
          + "  \"title\": \"关于第1号提案的答复函\",\n"
          + "  \"proposal\": {\n"
          + "    \"channel\": \"npc-suggestion\",\n"
          + "    \"body\": \"某市人大\",\n"
          + "    \"number\": \"020\",\n"
          + "    \"handlingMode\": \"主办\"\n"
          + "  },\n"
          + "  \"sections\": [\n"
          + "    {\n"
          + "      \"heading\": \"一\",\n"
          + "      \"paragraphs\": [],\n"
          + "      \"attachments\": [{\"name\": \"附件1\", \"pages\": 3}, null, true]\n"
          + "    }\n"
          + "  ],\n"
          + "  \"satisfaction\": {\"rating\": \"满意\", \"score\": 9.5}\n"
          + "}\n";

  @Test
  void strict_reportsEveryUnknownMember() {
    JsonInputException e = assertThrows(JsonInputException.class, () -> ReplyLetterJson.defaults().read(NEWER));
    List<String> paths = e.findings().stream().map(Finding::path).collect(Collectors.toList());
    assertEquals(List.of("/proposal/handlingMode", "/sections/0/attachments", "/satisfaction"), paths);
  }

  @Test
  void lenient_keepsUnknownMembersWhereTheyWere() {
    ReplyLetter letter = ReplyLetterJson.lenient().read(NEWER);
    assertEquals(Map.of("satisfaction", "{\"rating\":\"满意\",\"score\":9.5}"), letter.unknownMembers());
    assertEquals(Map.of("handlingMode", "\"主办\""), letter.proposal().orElseThrow().unknownMembers());
    assertEquals(
        "[{\"name\":\"附件1\",\"pages\":3},null,true]",
        letter.sections().get(0).unknownMembers().get("attachments"));
  }

  @Test
  void lenient_roundTrip_keepsEveryMember() {
    ReplyLetterJson lenient = ReplyLetterJson.lenient();
    byte[] written = lenient.write(lenient.read(NEWER));
    JsonMapper mapper = JsonMapper.builder().build();
    // Same tree, apart from the version this library writes (1.0: the letter uses no 1.1 member it
    // knows) and the lists it always writes.
    var expected = (tools.jackson.databind.node.ObjectNode) mapper.readTree(NEWER);
    expected.put("schemaVersion", "1.0");
    expected.putArray("addressees");
    expected.putArray("cc");
    expected.putArray("contacts");
    assertEquals(expected, mapper.readTree(written));
    // And stable: reading what was written and writing again gives the same bytes.
    assertEquals(
        new String(written, StandardCharsets.UTF_8),
        new String(lenient.write(lenient.read(written, null)), StandardCharsets.UTF_8));
  }

  /** Numbers in kept members are JSON text, not doubles: each is written back exactly as it came. */
  @Test
  void lenient_keepsNumbersExactly() {
    List<String> numbers =
        List.of(
            "1E400", "1e-400", "-1E400", "0.1000000000000000055511151231257827", "123456789012345678901234567890",
            "-0", "-0.0", "0.0", "1e+2", "9223372036854775808", "-9223372036854775809", "4.9E-324");
    ReplyLetterJson lenient = ReplyLetterJson.lenient();
    String doc = NEWER.replace("\"score\": 9.5", "\"score\": [" + String.join(", ", numbers) + "]");
    String kept = "{\"rating\":\"满意\",\"score\":[" + String.join(",", numbers) + "]}";
    ReplyLetter letter = lenient.read(doc);
    assertEquals(kept, letter.unknownMembers().get("satisfaction"));
    byte[] written = lenient.write(letter);
    ReplyLetter again = lenient.read(written, null);
    assertEquals(letter, again);
    String text = new String(written, StandardCharsets.UTF_8);
    for (String n : numbers) {
      assertTrue(text.contains("      " + n + (n.equals("4.9E-324") ? "\n" : ",\n")), n + " written as read:\n" + text);
    }
  }

  @Test
  void lenient_staysStrictAboutEverythingElse() {
    String wrongType = NEWER.replace("\"number\": \"020\"", "\"number\": 20");
    JsonInputException e = assertThrows(JsonInputException.class, () -> ReplyLetterJson.lenient().read(wrongType));
    assertEquals("RL-JSON-004", e.findings().get(0).code());
    String newMajor = NEWER.replace("\"1.3\"", "\"2.0\"");
    e = assertThrows(JsonInputException.class, () -> ReplyLetterJson.lenient().read(newMajor));
    assertEquals("RL-JSON-008", e.findings().get(0).code());
  }

  @Test
  void unknownMembers_mustBeJsonValues() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ReplyLetter.builder().putUnknownMember("x", "{not json").build());
    assertTrue(ReplyLetter.builder().putUnknownMember("x", "[1,2]").build().unknownMembers().containsKey("x"));
  }
}
