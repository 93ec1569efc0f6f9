package org.replyletter.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.replyletter.Channel;
import org.replyletter.DocumentNumber;
import org.replyletter.HandlingRole;
import org.replyletter.ProposalReference;
import org.replyletter.ReplyLetter;
import org.replyletter.internal.Messages;
import org.replyletter.diagnostics.Finding;
import org.replyletter.diagnostics.Severity;

/**
 * Strict reading through {@link ReplyLetterJson}: every kind of unreadable input gives one
 * {@link JsonInputException} with the right code, JSON Pointer, line and column, and all problems of
 * a document at once.
 */
class ReplyLetterJsonReadTest {

  private static final ReplyLetterJson JSON = ReplyLetterJson.defaults();

  /** A minimal valid document with one member added (a JSON fragment starting with a comma). */
  private static String doc(String members) {
    return "{\n  \"schemaVersion\": \"1.0\"" + members + "\n}\n";
  }

  private static JsonInputException readFails(String json) {
    return assertThrows(JsonInputException.class, () -> JSON.read(json));
  }

  /** Asserts exactly one problem, with its code, pointer, line and column. */
  private static Finding onlyProblem(JsonInputException e, String code, String path, int line, int column) {
    assertEquals(1, e.findings().size(), () -> "findings: " + e.findings());
    Finding f = e.findings().get(0);
    assertAll(
        () -> assertEquals(code, f.code(), "code"),
        () -> assertEquals(path, f.path(), "JSON Pointer"),
        () -> assertEquals(Optional.of(line), boxed(f.line()), "line"),
        () -> assertEquals(Optional.of(column), boxed(f.column()), "column"),
        () -> assertEquals(Severity.ERROR, f.severity()));
    return f;
  }

  private static Optional<Integer> boxed(java.util.OptionalInt i) {
    return i.isPresent() ? Optional.of(i.getAsInt()) : Optional.empty();
  }

  @Test
  void read_minimalDocument_givesEmptyLetter() {
    ReplyLetter letter = JSON.read(doc(""));
    assertEquals(ReplyLetter.builder().build(), letter);
  }

  @Test
  void read_unknownField_reportsItWithPointerAndPosition() {
    JsonInputException e = readFails(doc(",\n  \"titel\": \"关于…的答复函\""));
    Finding f = onlyProblem(e, "RL-JSON-003", "/titel", 3, 3);
    assertEquals(List.of("titel"), f.arguments());
    assertEquals("Unknown field \"titel\"", f.message(Locale.ENGLISH));
  }

  @Test
  void read_unknownFieldInNestedObject_pointsIntoIt() {
    JsonInputException e =
        readFails(doc(",\n  \"proposal\": {\"channel\": \"cppcc-proposal\", \"body\": \"晋江市政协\", \"number\": \"3\", \"届\": 14}"));
    onlyProblem(e, "RL-JSON-003", "/proposal/届", 3, 77);
  }

  @Test
  void read_unknownFieldWithSlashAndTilde_escapedInPointer() {
    JsonInputException e = readFails(doc(",\n  \"a/b~c\": 1"));
    onlyProblem(e, "RL-JSON-003", "/a~1b~0c", 3, 3);
  }

  @Test
  void read_duplicateKey_reportsIt() {
    JsonInputException e = readFails(doc(",\n  \"title\": \"一\",\n  \"title\": \"二\""));
    Finding f = onlyProblem(e, "RL-JSON-002", "/title", 4, 10); // Jackson reports just after the name
    assertEquals(List.of("title"), f.arguments());
  }

  @Test
  void read_duplicateKeyInNestedObject_reportsItsPointer() {
    JsonInputException e =
        readFails(doc(",\n  \"classification\": {\n    \"code\": \"A\",\n    \"code\": \"B\"\n  }"));
    onlyProblem(e, "RL-JSON-002", "/classification/code", 5, 11);
  }

  @Test
  void read_wrongType_reportsExpectedAndFound() {
    JsonInputException e = readFails(doc(",\n  \"title\": 42"));
    Finding f = onlyProblem(e, "RL-JSON-004", "/title", 3, 12);
    assertEquals(List.of("string", "integer"), f.arguments());
    assertEquals("Wrong type: expected string, found integer", f.message(Locale.ENGLISH));
  }

  @Test
  void read_wrongTypeForList_reportsArrayExpected() {
    JsonInputException e = readFails(doc(",\n  \"addressees\": {\"name\": \"王颖芳\"}"));
    Finding f = onlyProblem(e, "RL-JSON-004", "/addressees", 3, 17);
    assertEquals(List.of("array", "object"), f.arguments());
  }

  @Test
  void read_nonIntegralTerm_isWrongType() {
    JsonInputException e =
        readFails(doc(",\n  \"proposal\": {\"channel\": \"npc-suggestion\", \"body\": \"晋江市人大\", \"number\": \"7\",\n    \"term\": 14.5}"));
    Finding f = onlyProblem(e, "RL-JSON-004", "/proposal/term", 4, 13);
    assertEquals(List.of("integer", "number"), f.arguments());
  }

  @Test
  void read_termOutOfRange_isInvalidValue() {
    JsonInputException e =
        readFails(doc(",\n  \"proposal\": {\"channel\": \"npc-suggestion\", \"body\": \"晋江市人大\", \"number\": \"7\",\n    \"session\": 0}"));
    onlyProblem(e, "RL-JSON-006", "/proposal/session", 4, 16);
  }

  @Test
  void read_null_isWrongType() {
    JsonInputException e = readFails(doc(",\n  \"opening\": null"));
    Finding f = onlyProblem(e, "RL-JSON-004", "/opening", 3, 14);
    assertEquals(List.of("string", "null"), f.arguments());
  }

  @Test
  void read_nullListElement_isWrongType() {
    JsonInputException e = readFails(doc(",\n  \"cc\": [{\"recipients\": [\"市领导\", null]}]"));
    onlyProblem(e, "RL-JSON-004", "/cc/0/recipients/1", 3, 33);
  }

  @Test
  void read_missingSchemaVersion_reportedAtRoot() {
    JsonInputException e = readFails("{\n  \"title\": \"答复函\"\n}");
    Finding f = onlyProblem(e, "RL-JSON-005", "/schemaVersion", 1, 1);
    assertEquals(List.of("schemaVersion"), f.arguments());
  }

  @Test
  void read_missingClassificationCode_reportedAtItsObject() {
    JsonInputException e = readFails(doc(",\n  \"classification\": {\n    \"scheme\": \"three-class\"\n  }"));
    Finding f = onlyProblem(e, "RL-JSON-005", "/classification/code", 3, 21);
    assertEquals("Missing required field \"code\"", f.message(Locale.ENGLISH));
  }

  /** Form 1.1: a proposal known by title only, with no channel, body or number, is read as it is. */
  @Test
  void read_proposalByTitleOnly_readsWithoutChannelBodyOrNumber() {
    ReplyLetter l =
        JSON.read("{\"schemaVersion\": \"1.1\", \"proposal\": {\"title\": \"关于加强学校门前交通管理的建议\"}}");
    ProposalReference ref = l.proposal().orElseThrow();
    assertEquals(Optional.of("关于加强学校门前交通管理的建议"), ref.title());
    assertEquals(Optional.empty(), ref.channel());
    assertEquals(Optional.empty(), ref.body());
    assertEquals(Optional.empty(), ref.number());
  }

  /** Form 1.1: several proposals answered at once, and the replying organ's part in joint handling. */
  @Test
  void read_additionalProposalsAndHandlingRole() {
    ReplyLetter l =
        JSON.read(
            "{\"schemaVersion\": \"1.1\", \"handlingRole\": \"joint\","
                + " \"proposal\": {\"channel\": \"npc-suggestion\", \"number\": \"12\"},"
                + " \"additionalProposals\": [{\"number\": \"15\"}, {\"title\": \"关于修路的建议\"}]}");
    assertEquals(Optional.of(HandlingRole.JOINT), l.handlingRole());
    assertEquals(List.of("12", "15"), l.proposals().stream().flatMap(r -> r.number().stream()).toList());
    assertEquals(3, l.proposals().size());
    JsonInputException e =
        readFails("{\"schemaVersion\": \"1.1\", \"handlingRole\": \"主办\"}");
    assertEquals("RL-JSON-006", e.findings().get(0).code());
    assertEquals(List.of("主办", "lead, joint, assisting"), e.findings().get(0).arguments());
  }

  @Test
  void read_missingSuggestionTitle_reportedAtItsObject() {
    JsonInputException e =
        readFails(doc(",\n  \"checklist\": {\n    \"suggestions\": [\n      {\"ordinal\": \"一\"}\n    ]\n  }"));
    onlyProblem(e, "RL-JSON-005", "/checklist/suggestions/0/title", 5, 7);
  }

  @Test
  void read_missingRequiredOfEveryObject_reportsEach() {
    JsonInputException e =
        readFails(
            doc(
                ",\n  \"classification\": {},\n  \"proposal\": {},\n  \"addressees\": [{}],"
                    + "\n  \"checklist\": {\"suggestions\": [{\"disposition\": {\"notImplementable\": [{}]}}]}"));
    assertEquals(
        Set.of(
            "RL-JSON-005 /classification/code",
            "RL-JSON-005 /addressees/0/name",
            "RL-JSON-005 /checklist/suggestions/0/title",
            "RL-JSON-005 /checklist/suggestions/0/disposition/notImplementable/0/item"),
        codesAndPaths(e));
  }

  @Test
  void read_invalidEnum_listsAllowedValues() {
    JsonInputException e = readFails(doc(",\n  \"disclosure\": \"主动公开\""));
    Finding f = onlyProblem(e, "RL-JSON-006", "/disclosure", 3, 17);
    assertEquals(List.of("主动公开", "public, on-request, not-public"), f.arguments());
    assertEquals("RL-JSON-006.enum", f.messageKey());
  }

  @Test
  void read_invalidEnumOfScheme_reported() {
    JsonInputException e = readFails(doc(",\n  \"classification\": {\"scheme\": \"five-class\", \"code\": \"A\"}"));
    onlyProblem(e, "RL-JSON-006", "/classification/scheme", 3, 32);
  }

  @Test
  void read_invalidDate_reported() {
    JsonInputException e = readFails(doc(",\n  \"issueDate\": \"2024-02-30\""));
    Finding f = onlyProblem(e, "RL-JSON-006", "/issueDate", 3, 16);
    assertEquals("RL-JSON-006.date", f.messageKey());
    assertEquals(List.of("2024-02-30"), f.arguments().subList(0, 1));
  }

  @Test
  void read_dateInOtherForm_rejected() {
    for (String date : List.of("2024年6月3日", "2024-6-3", "2024/06/03", "20240603", "2024-06-03T00:00")) {
      JsonInputException e = readFails(doc(",\n  \"assignmentDate\": \"" + date + "\""));
      onlyProblem(e, "RL-JSON-006", "/assignmentDate", 3, 21);
    }
  }

  @Test
  void read_invalidDocumentNumber_saysWhere() {
    JsonInputException e = readFails(doc(",\n  \"documentNumber\": \"晋残函〔2024〕7号文\""));
    Finding f = onlyProblem(e, "RL-JSON-006", "/documentNumber", 3, 21);
    assertEquals("RL-JSON-006.documentNumber", f.messageKey());
    // Character 12 (1-based) is 文, the text after 号.
    assertEquals(List.of("晋残函〔2024〕7号文", "12"), f.arguments());
  }

  @Test
  void read_documentNumberInWrongForm_readAndNormalised() {
    ReplyLetter letter = JSON.read(doc(",\n  \"documentNumber\": \"晋残函[2024]第07号\""));
    DocumentNumber n = letter.documentNumber().orElseThrow();
    assertEquals(DocumentNumber.of("晋残函", 2024, 7), n);
    assertFalse(n.isStandardForm(), "the wrong form is recorded, for validation to warn");
    assertEquals("晋残函[2024]第07号", n.original());
  }

  @Test
  void read_trailingContent_reported() {
    for (String trailing : List.of("{}", "1", "\"x\"", "xyz", "}", "]", ",", "{\"a\":")) {
      JsonInputException e = readFails(doc("") + trailing);
      onlyProblem(e, "RL-JSON-007", "", 4, 1);
    }
  }

  @Test
  void read_trailingWhitespace_accepted() {
    assertNotNull(JSON.read(doc("") + " \n\t\r\n  "));
  }

  @Test
  void read_emptyInput_reportedAsEmpty() {
    for (String empty : List.of("", " ", "\n\n", "\t \r\n")) {
      JsonInputException e = readFails(empty);
      Finding f = onlyProblem(e, "RL-JSON-001", "", 1, 1);
      assertEquals("RL-JSON-001.empty", f.messageKey());
    }
  }

  @Test
  void read_wrongRootType_reported() {
    for (String root : List.of("[]", "\"letter\"", "42", "true", "null")) {
      JsonInputException e = readFails(root);
      Finding f = onlyProblem(e, "RL-JSON-004", "", 1, 1);
      assertEquals("object", f.arguments().get(0));
    }
  }

  @Test
  void read_unsupportedSchemaVersion_reported() {
    for (String v : List.of("2.0", "0.9", "1.0.0", "v1", "", "1.")) {
      JsonInputException e = readFails("{\n  \"schemaVersion\": \"" + v + "\"\n}");
      Finding f = onlyProblem(e, "RL-JSON-008", "/schemaVersion", 2, 20);
      assertEquals(v, f.arguments().get(0));
    }
  }

  @Test
  void read_supportedMinorVersions_accepted() {
    for (String v : List.of("1", "1.0", "1.1", "1.12")) {
      assertNotNull(JSON.read("{\"schemaVersion\": \"" + v + "\"}"));
    }
  }

  @Test
  void read_schemaVersionAsNumber_isWrongType() {
    JsonInputException e = readFails("{\n  \"schemaVersion\": 1.0\n}");
    onlyProblem(e, "RL-JSON-004", "/schemaVersion", 2, 20);
  }

  @Test
  void read_malformedJson_locatesTheError() {
    JsonInputException e = readFails("{\n  \"schemaVersion\": \"1.0\",\n  \"title\" \"答复函\"\n}");
    Finding f = onlyProblem(e, "RL-JSON-001", "/title", 3, 11);
    assertFalse(f.arguments().isEmpty(), "Jackson's description is kept as the argument");
  }

  @Test
  void read_malformedJson_messageQuotesNoDocumentContent() {
    // The letter's contact lines hold phone numbers; an error message must not copy them into logs.
    for (String broken :
        List.of(
            "{\"schemaVersion\":\"1.0\",\"contacts\":[{\"phone\":\"13800138000\"}",
            "{\"schemaVersion\":\"1.0\",\"contacts\":[{\"phone\":\"13800138000\"]}",
            "{\"schemaVersion\":\"1.0\",\"contacts\":[{\"phone\":\"13800138000\"}]")) {
      JsonInputException e = readFails(broken);
      assertEquals("RL-JSON-001", e.findings().get(0).code());
      assertFalse(e.getMessage().contains("13800138000"), e.getMessage());
      assertFalse(e.getMessage().contains("[Source"), e.getMessage());
      assertFalse(e.findings().get(0).message().contains("13800138000"));
    }
  }

  /**
   * The resource {@code many-problems.json}: twelve problems on known lines and columns. A problem
   * is located at its value, an unknown member at its name, a missing member at its object.
   */
  @Test
  void read_documentWithManyProblems_reportsAllAtOnceWithPositions() throws IOException {
    byte[] bytes = resource("many-problems.json");
    JsonInputException e =
        assertThrows(JsonInputException.class, () -> JSON.read(bytes, "many-problems.json"));
    Set<String> expected =
        Set.of(
            "RL-JSON-003 /unknownTop 20:3",
            "RL-JSON-006 /documentNumber 3:21",
            "RL-JSON-004 /title 4:12",
            "RL-JSON-006 /proposal/channel 6:16",
            "RL-JSON-004 /proposal/term 8:13",
            "RL-JSON-006 /addressees/0/role 11:29",
            "RL-JSON-004 /addressees/1 12:5",
            "RL-JSON-004 /sections/0/paragraphs/1 15:43",
            "RL-JSON-003 /sections/0/extra 15:47",
            "RL-JSON-006 /issueDate 17:16",
            "RL-JSON-005 /checklist/suggestions/0/title 18:33",
            "RL-JSON-006 /disclosure 19:17");
    Set<String> actual =
        e.findings().stream()
            .map(f -> f.code() + " " + f.path() + " " + f.line().orElse(-1) + ":" + f.column().orElse(-1))
            .collect(Collectors.toCollection(LinkedHashSet::new));
    assertEquals(expected, actual);
    assertEquals(expected.size(), e.findings().size(), "no problem reported twice");
    assertTrue(e.getMessage().startsWith("many-problems.json:"), e.getMessage());
    assertTrue(e.getMessage().contains("and 11 more problem(s)"), e.getMessage());
    assertEquals(Optional.of("many-problems.json"), e.sourceName());
    assertFalse(e.isIoFailure());
  }

  @Test
  void message_namesSourceLineColumnCodeAndPointer() {
    byte[] bytes = doc(",\n  \"title\": 42").getBytes(StandardCharsets.UTF_8);
    JsonInputException e = assertThrows(JsonInputException.class, () -> JSON.read(bytes, "letters/x.json"));
    assertEquals(
        "letters/x.json:3:12: RL-JSON-004 Wrong type: expected string, found integer (at /title)", e.getMessage());
  }

  @Test
  void message_withoutSourceName_saysInput() {
    JsonInputException e = readFails(doc(",\n  \"title\": 42"));
    assertTrue(e.getMessage().startsWith("<input>:3:12: RL-JSON-004"), e.getMessage());
    assertEquals(Optional.empty(), e.sourceName());
  }

  @Test
  void read_path_namesTheFileInTheMessage(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("答复函.json");
    Files.writeString(file, doc(",\n  \"titel\": \"x\""), StandardCharsets.UTF_8);
    JsonInputException e = assertThrows(JsonInputException.class, () -> JSON.read(file));
    assertEquals(Optional.of(file.toString()), e.sourceName());
    assertTrue(e.getMessage().startsWith(file + ":3:3: RL-JSON-003"), e.getMessage());
  }

  @Test
  void read_pathOfValidFile_readsIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("ok.json");
    Files.writeString(file, doc(",\n  \"title\": \"关于第3号提案的答复函\""), StandardCharsets.UTF_8);
    assertEquals(Optional.of("关于第3号提案的答复函"), JSON.read(file).title());
  }

  @Test
  void read_missingFile_isIoFailure(@TempDir Path dir) {
    Path missing = dir.resolve("missing.json");
    JsonInputException e = assertThrows(JsonInputException.class, () -> JSON.read(missing));
    assertAll(
        () -> assertTrue(e.isIoFailure()),
        () -> assertEquals(JsonInputException.IO_ERROR, e.findings().get(0).code()),
        () -> assertEquals("RL-JSON-010", JsonInputException.IO_ERROR),
        () -> assertEquals(Optional.of(missing.toString()), e.sourceName()),
        () -> assertInstanceOf(NoSuchFileException.class, e.getCause()),
        () -> assertTrue(e.getMessage().startsWith(missing + ": RL-JSON-010"), e.getMessage()));
  }

  @Test
  void read_directory_isIoFailure(@TempDir Path dir) {
    JsonInputException e = assertThrows(JsonInputException.class, () -> JSON.read(dir));
    assertTrue(e.isIoFailure(), e.getMessage());
  }

  @Test
  void read_streamThatFails_isIoFailure() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk on fire");
          }
        };
    JsonInputException e = assertThrows(JsonInputException.class, () -> JSON.read(broken, "stdin"));
    assertTrue(e.isIoFailure());
    assertTrue(e.getMessage().contains("disk on fire"), e.getMessage());
    assertEquals(Optional.of("stdin"), e.sourceName());
  }

  @Test
  void read_stream_readsWithoutClosing() {
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream(doc("").getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    assertEquals(ReplyLetter.builder().build(), JSON.read(in, "stdin"));
    assertFalse(closed[0], "the caller closes the stream");
  }

  @Test
  void read_fileOverSizeLimit_reportsLimitWithFileName(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("big.json");
    Files.writeString(file, doc(",\n  \"title\": \"" + "字".repeat(100) + "\""), StandardCharsets.UTF_8);
    ReplyLetterJson small = JSON.withLimits(ReadLimits.builder().maxDocumentBytes(200).build());
    JsonInputException e = assertThrows(JsonInputException.class, () -> small.read(file));
    assertEquals("RL-JSON-009", e.findings().get(0).code());
    assertEquals(Optional.of(file.toString()), e.sourceName());
    assertFalse(e.isIoFailure());
    assertNotNull(JSON.read(file), "the default limits read it");
  }

  @Test
  void read_streamOverSizeLimit_reportsLimit() {
    ReplyLetterJson small = JSON.withLimits(ReadLimits.builder().maxDocumentBytes(30).build());
    byte[] bytes = doc(",\n  \"title\": \"关于第3号提案的答复函\"").getBytes(StandardCharsets.UTF_8);
    JsonInputException e =
        assertThrows(JsonInputException.class, () -> small.read(new ByteArrayInputStream(bytes), "stdin"));
    assertEquals("RL-JSON-009", e.findings().get(0).code());
    assertEquals(Optional.of("stdin"), e.sourceName());
  }

  @Test
  void withLimits_staysStrict() {
    ReplyLetterJson other = JSON.withLimits(ReadLimits.defaults());
    JsonInputException e = assertThrows(JsonInputException.class, () -> other.read(doc(",\n  \"titel\": \"x\"")));
    onlyProblem(e, "RL-JSON-003", "/titel", 3, 3);
  }

  @Test
  void read_nullArguments_throwNullPointerException() {
    assertThrows(NullPointerException.class, () -> JSON.read((String) null));
    assertThrows(NullPointerException.class, () -> JSON.read((byte[]) null, "x"));
    assertThrows(NullPointerException.class, () -> JSON.read((Path) null));
    assertThrows(NullPointerException.class, () -> JSON.read((InputStream) null, "x"));
  }

  @Test
  void read_byteOrderMark_skippedAndColumnsCountedWithoutIt() {
    byte[] body = doc(",\n  \"titel\": 1").getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[body.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bom, 3, body.length);
    JsonInputException e = assertThrows(JsonInputException.class, () -> JSON.read(bom, null));
    onlyProblem(e, "RL-JSON-003", "/titel", 3, 3);
    byte[] valid = doc("").getBytes(StandardCharsets.UTF_8);
    byte[] validWithBom = new byte[valid.length + 3];
    System.arraycopy(bom, 0, validWithBom, 0, 3);
    System.arraycopy(valid, 0, validWithBom, 3, valid.length);
    assertEquals(ReplyLetter.builder().build(), JSON.read(validWithBom, null));
  }

  @Test
  void read_columnsCountCharactersNotBytes() {
    // Two Chinese characters (6 bytes in UTF-8) before "x": column 11 in characters, 15 in bytes.
    JsonInputException e = readFails("{\"标题\": 1, \"x\": 2}");
    assertEquals(
        Set.of("RL-JSON-003 /标题 1:2", "RL-JSON-003 /x 1:11", "RL-JSON-005 /schemaVersion 1:1"),
        e.findings().stream()
            .map(f -> f.code() + " " + f.path() + " " + f.line().orElse(-1) + ":" + f.column().orElse(-1))
            .collect(Collectors.toSet()));
  }

  // ---------------------------------------------------------------------------------------------
  // No Jackson exception ever escapes

  static Stream<Arguments> badInputs() {
    List<byte[]> inputs = new ArrayList<>();
    for (String s :
        List.of(
            "", " ", "{", "}", "[", "]", "{\"", "{\"a\"", "{\"a\":", "{\"a\":}", "{,}", "nul", "tru", "01",
            "-", "1e999999999", "\"\\u12\"", "\"\\x\"", "{\"schemaVersion\":\"1.0\",}", "[1,]",
            "{'schemaVersion':'1.0'}", "{schemaVersion:\"1.0\"}", "/* c */ {}", "// c\n{}", "{\"a\":NaN}",
            "{\"a\":Infinity}", "{\"a\":-}", "{\"a\":1.}", "{\"a\":.5}", "\u0000", "{\"a\":\"\u0001\"}",
            "{\"schemaVersion\":\"1.0\",\"documentNumber\":\"\"}",
            "{\"schemaVersion\":\"1.0\",\"proposal\":{\"channel\":\"cppcc-proposal\",\"body\":\"b\",\"number\":\"1\",\"term\":99999999999999999999999}}",
            "{\"schemaVersion\":\"1.0\",\"proposal\":{\"channel\":\"cppcc-proposal\",\"body\":\"b\",\"number\":\"1\",\"term\":-1}}",
            "{\"schemaVersion\":\"1.0\",\"sections\":[[[[]]]]}",
            "{\"schemaVersion\":\"1.0\",\"cc\":[{\"recipients\":[[\"x\"]]}]}",
            "{\"schemaVersion\":\"1.0\",\"contacts\":[{\"role\":null}]}",
            "{\"schemaVersion\":\"1.0\",\"issueDate\":\"9999999999-01-01\"}",
            "{\"schemaVersion\":\"1.0\",\"issueDate\":\"\"}",
            "[".repeat(100_000),
            "{\"a\":".repeat(10_000),
            "{\"a\":" + "9".repeat(10_000) + "}",
            "{\"a\":1" + "0".repeat(1_000) + ".5}")) {
      inputs.add(s.getBytes(StandardCharsets.UTF_8));
    }
    inputs.add(new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0}); // UTF-16LE with BOM
    inputs.add(new byte[] {'{', (byte) 0xC3, '}'}); // broken UTF-8
    inputs.add(new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}); // encoded surrogate
    inputs.add(new byte[] {(byte) 0xEF, (byte) 0xBB}); // truncated BOM
    inputs.add(new byte[] {0, 0, 0, '{'}); // looks like UTF-32
    inputs.add(new byte[] {(byte) 0x80, (byte) 0x81});
    return inputs.stream().map(b -> Arguments.of(new String(b, StandardCharsets.UTF_8), b));
  }

  @ParameterizedTest
  @MethodSource("badInputs")
  void read_badInput_onlyJsonInputExceptionEscapes(String shown, byte[] input) {
    Throwable thrown = null;
    try {
      JSON.read(input, "bad.json");
    } catch (Throwable t) {
      thrown = t;
    }
    if (thrown == null) {
      fail("read " + shown);
    }
    if (!(thrown instanceof JsonInputException)) {
      fail("a " + thrown.getClass().getName() + " escaped for input " + shown, thrown);
    }
    assertWellFormed((JsonInputException) thrown);
  }

  @Test
  void read_unusualButValidValues_accepted() {
    // Dates beyond year 9999 are ISO-8601 (LocalDate writes them so).
    assertEquals(
        Optional.of(java.time.LocalDate.of(10000, 1, 1)),
        JSON.read(doc(",\n  \"issueDate\": \"+10000-01-01\"")).issueDate());
    assertEquals(
        Optional.of(java.time.LocalDate.MIN),
        JSON.read(doc(",\n  \"issueDate\": \"-999999999-01-01\"")).issueDate());
  }

  @Test
  void read_hugeStrings_onlyJsonInputExceptionEscapes() {
    String longString = "{\"schemaVersion\":\"1.0\",\"title\":\"" + "字".repeat(2 * 1024 * 1024) + "\"}";
    JsonInputException e = assertThrows(JsonInputException.class, () -> JSON.read(longString));
    assertEquals("RL-JSON-009", e.findings().get(0).code());
    assertWellFormed(e);
  }

  @Test
  void read_deepNesting_reportsLimit() {
    JsonInputException e = readFails("{\"schemaVersion\":\"1.0\",\"sections\":" + "[".repeat(1000));
    assertTrue(e.findings().stream().anyMatch(f -> f.code().equals("RL-JSON-009")), () -> e.findings().toString());
    assertWellFormed(e);
  }

  /** Every finding of an input error: a JSON code with a message in both bundles, located. */
  static void assertWellFormed(JsonInputException e) {
    assertFalse(e.findings().isEmpty());
    for (Finding f : e.findings()) {
      assertTrue(f.code().startsWith("RL-JSON-0"), f.code());
      assertEquals(Severity.ERROR, f.severity());
      assertTrue(f.path().isEmpty() || f.path().startsWith("/"), f.path());
      assertTrue(Messages.bundle(Locale.ENGLISH).containsKey(f.messageKey()), "no English message for " + f.messageKey());
      assertTrue(Messages.bundle(Locale.SIMPLIFIED_CHINESE).containsKey(f.messageKey()), "no Chinese message for " + f.messageKey());
      if (!f.code().equals(JsonInputException.IO_ERROR) && !f.messageKey().equals("RL-JSON-009.size")) {
        assertTrue(f.line().isPresent() && f.column().isPresent(), "not located: " + f);
        assertTrue(f.line().getAsInt() >= 1 && f.column().getAsInt() >= 1, "not 1-based: " + f);
      }
    }
    Throwable c = e;
    while (c != null) {
      assertFalse(c.getClass().getName().startsWith("tools.jackson"), "Jackson exception as cause: " + c);
      c = c.getCause();
    }
    assertFalse(e.getMessage().contains("tools.jackson"), e.getMessage());
  }

  @Test
  void jsonInputException_requiresFindings() {
    assertThrows(IllegalArgumentException.class, () -> new JsonInputException("x", List.of(), null));
  }

  @Test
  void read_seedLikeLetter_bindsEveryPart() {
    String json =
        doc(
            ",\n  \"documentNumber\": \"晋残函〔2024〕7号\",\n  \"classification\": {\"code\": \"A\"},"
                + "\n  \"proposal\": {\"channel\": \"cppcc-proposal\", \"body\": \"晋江市政协\", \"term\": 14, \"session\": 3, \"number\": \"003\"},"
                + "\n  \"addressees\": [{\"name\": \"王颖芳\", \"role\": \"member\"}, {\"name\": \"洪晓清\", \"role\": \"member\"}],"
                + "\n  \"supplementaryNote\": \"无\"");
    ReplyLetter l = JSON.read(json);
    assertEquals("晋残函〔2024〕7号", l.documentNumber().orElseThrow().format());
    assertEquals("A", l.classification().orElseThrow().code());
    assertEquals(Optional.of(Channel.CPPCC_PROPOSAL), l.proposal().orElseThrow().channel());
    assertEquals(Optional.of("003"), l.proposal().orElseThrow().number(), "zero-padding kept");
    assertEquals(14, l.proposal().orElseThrow().term().getAsInt());
    assertEquals(List.of("王颖芳", "洪晓清"), l.addressees().stream().map(p -> p.name()).toList());
    assertEquals(Optional.of("无"), l.supplementaryNote());
  }

  private static Set<String> codesAndPaths(JsonInputException e) {
    return e.findings().stream().map(f -> f.code() + " " + f.path()).collect(Collectors.toSet());
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ReplyLetterJsonReadTest.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      return in.readAllBytes();
    }
  }
}
