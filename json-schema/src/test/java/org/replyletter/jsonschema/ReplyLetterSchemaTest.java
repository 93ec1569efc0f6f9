package org.replyletter.jsonschema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.replyletter.json.JsonInputException;
import org.replyletter.diagnostics.Finding;
import org.replyletter.diagnostics.Severity;

class ReplyLetterSchemaTest {

  @Test
  void names_startWithTheReplyLetter() {
    assertEquals("reply-letter", ReplyLetterSchema.names().get(0));
    assertEquals(ReplyLetterSchema.REPLY_LETTER, ReplyLetterSchema.replyLetter().name());
    assertThrows(UnsupportedOperationException.class, () -> ReplyLetterSchema.names().add("x"));
  }

  @Test
  void named_returnsOneSharedInstancePerName() {
    assertSame(ReplyLetterSchema.replyLetter(), ReplyLetterSchema.named("reply-letter"));
  }

  @Test
  void named_unknownName_listsTheKnownNames() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReplyLetterSchema.named("letter"));
    assertTrue(e.getMessage().contains("reply-letter"), e.getMessage());
    assertThrows(NullPointerException.class, () -> ReplyLetterSchema.named(null));
  }

  @Test
  void id_isVersioned_andIsTheDocuments$id() {
    ReplyLetterSchema s = ReplyLetterSchema.replyLetter();
    assertEquals("https://replyletter.org/schema/1.1/reply-letter.json", s.id());
    assertEquals(s.id(), Documents.tree(s.text()).get("$id").stringValue());
    assertEquals("reply-letter (https://replyletter.org/schema/1.1/reply-letter.json)", s.toString());
  }

  @Test
  void bytes_areTheTextInUtf8_andACopy() {
    ReplyLetterSchema s = ReplyLetterSchema.replyLetter();
    byte[] b = s.bytes();
    assertArrayEquals(s.text().getBytes(StandardCharsets.UTF_8), b);
    b[0] = 'x';
    assertEquals('{', s.bytes()[0]);
  }

  @Test
  void schemaFile_isAPlainResourceOutsideAnyPackage() {
    assertNotNull(ClassLoader.getSystemResource("org/replyletter/schema/1.1/reply-letter.json"));
    assertNotNull(ClassLoader.getSystemResource("org/replyletter/schema/1.0/reply-letter.json"), "published versions stay");
  }

  @Test
  void validate_reportsEachProblem_withCodeSeverityPointerAndArguments() {
    List<Finding> findings = ReplyLetterSchema.replyLetter().validate(Documents.tree(
        "{\"schemaVersion\":\"1.0\",\"a/b\":1,\"title\":null,\"classification\":{\"scheme\":\"abc\"}}"));
    assertEquals(
        List.of(
            Finding.builder().code("RL-SCHEMA-001").severity(Severity.ERROR).path("/title").addArguments("string", "null").build(),
            Finding.builder().code("RL-SCHEMA-002").severity(Severity.ERROR).path("/classification/code").addArguments("code").build(),
            Finding.builder().code("RL-SCHEMA-003").severity(Severity.ERROR).path("/a~1b").addArguments("a/b").build(),
            Finding.builder().code("RL-SCHEMA-004").severity(Severity.ERROR).path("/classification/scheme")
                .addArguments("abc", "three-class, four-class, jia-yi-bing").build()),
        findings.stream().sorted(java.util.Comparator.comparing(Finding::code)).toList());
  }

  @Test
  void validate_bytes_locatesFindings_likeTheReader() {
    String json = "{\n  \"schemaVersion\": \"1.0\",\n  \"题目\": 1,\n  \"proposal\": {\"channel\": \"npc\"},\n  \"cc\": [null],"
        + "\n  \"classification\": {\"scheme\": \"four-class\"}\n}\n";
    List<String> located = ReplyLetterSchema.replyLetter().validate(bytes(json)).stream()
        .map(f -> f.code() + "@" + f.path() + ":" + f.line().getAsInt() + ":" + f.column().getAsInt())
        .sorted().toList();
    assertEquals(
        List.of("RL-SCHEMA-001@/cc/0:5:10", "RL-SCHEMA-002@/classification/code:6:21",
            "RL-SCHEMA-003@/题目:3:3", "RL-SCHEMA-004@/proposal/channel:4:27"),
        located);
  }

  @Test
  void validate_patternFindings_haveMessageKeysNamingTheForm() {
    List<Finding> findings = ReplyLetterSchema.replyLetter().validate(bytes(
        "{\"schemaVersion\":\"3\",\"documentNumber\":\"7号\",\"issueDate\":\"2024-02-30\"}"));
    assertEquals(
        List.of("RL-SCHEMA-005.date@/issueDate", "RL-SCHEMA-005.documentNumber@/documentNumber",
            "RL-SCHEMA-005.schemaVersion@/schemaVersion"),
        findings.stream().map(f -> f.messageKey() + "@" + f.path()).sorted().toList());
  }

  @Test
  void validate_bytesThatAreNotOneJsonDocument_throwWithTheReadersCodes() {
    assertCode("RL-JSON-001", "{\"schemaVersion\":");
    assertCode("RL-JSON-001", "");
    assertCode("RL-JSON-002", "{\"schemaVersion\":\"1.0\",\"schemaVersion\":\"1.0\"}");
    assertCode("RL-JSON-007", "{\"schemaVersion\":\"1.0\"} {}");
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> ReplyLetterSchema.replyLetter().validate(bytes("{\n  \"a\": tru\n}")));
    assertEquals(2, e.findings().get(0).line().getAsInt());
    assertThrows(NullPointerException.class, () -> ReplyLetterSchema.replyLetter().validate((byte[]) null));
    assertThrows(NullPointerException.class, () -> ReplyLetterSchema.replyLetter().validate((tools.jackson.databind.JsonNode) null));
  }

  @Test
  void validate_isSafeFromManyThreads() throws Exception {
    byte[] bad = bytes("{\"schemaVersion\":\"1.0\",\"disclosure\":\"secret\",\"cc\":[null]}");
    List<Finding> expected = ReplyLetterSchema.replyLetter().validate(bad);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Finding>>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        results.add(pool.submit(() -> ReplyLetterSchema.replyLetter().validate(bad)));
      }
      for (Future<List<Finding>> r : results) {
        assertEquals(expected, r.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  private static void assertCode(String code, String json) {
    JsonInputException e = assertThrows(JsonInputException.class, () -> ReplyLetterSchema.replyLetter().validate(bytes(json)));
    assertEquals(code, e.findings().get(0).code(), json);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
