package org.replyletter.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.replyletter.Channel;
import org.replyletter.DocumentNumber;
import org.replyletter.Money;
import org.replyletter.ReplyLetter;
import org.replyletter.Section;
import org.replyletter.diagnostics.Finding;
import org.replyletter.json.JsonInputException;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.subsidy.SubsidyCalculator;
import org.replyletter.subsidy.SubsidyDecision;
import org.replyletter.subsidy.SubsidyJson;
import org.replyletter.subsidy.SubsidyRequest;
import org.replyletter.subsidy.SubsidySchedule;
import org.replyletter.testing.LetterGenerators;
import org.replyletter.validation.LetterValidator;
import org.replyletter.validation.ValidationReport;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson module in a user's mapper: the library's bytes, its strictness, located findings. */
class ReplyLetterModuleTest {
  static final Path SEED = Path.of("..", "examples", "letters", "jinjiang-2024-7.json");
  static final Path REQUEST = Path.of("..", "examples", "subsidy", "senior-technician-manufacturing.json");

  static final JsonMapper MAPPER = JsonMapper.builder().addModule(new ReplyLetterModule()).build();
  static final JsonMapper PLAIN = JsonMapper.builder().build();

  /** A user's document holding letters. */
  record Envelope(String id, ReplyLetter letter, List<ReplyLetter> more) {}

  static ReplyLetter seed() {
    return ReplyLetterJson.defaults().read(SEED);
  }

  @Test
  void writesTheLibrarysBytes_withTheLibrarysLayout() throws Exception {
    byte[] library = Files.readAllBytes(SEED);
    byte[] written = MAPPER.writer().with(ReplyLetterModule.prettyPrinter()).writeValueAsBytes(seed());
    assertEquals(new String(library, StandardCharsets.UTF_8), new String(written, StandardCharsets.UTF_8) + "\n");
  }

  @Test
  void writesTheLibrarysTokens_inTheMappersOwnLayout() throws Exception {
    String compactLibrary = PLAIN.writeValueAsString(PLAIN.readTree(Files.readAllBytes(SEED)));
    assertEquals(compactLibrary, MAPPER.writeValueAsString(seed()));
  }

  @Test
  void anyLetter_roundTripsThroughTheMapper_withTheLibrarysBytes() {
    qt().withExamples(200)
        .forAll(LetterGenerators.letters())
        .checkAssert(
            letter -> {
              byte[] library = ReplyLetterJson.defaults().write(letter);
              byte[] written = MAPPER.writer().with(ReplyLetterModule.prettyPrinter()).writeValueAsBytes(letter);
              assertEquals(new String(library, StandardCharsets.UTF_8), new String(written, StandardCharsets.UTF_8) + "\n");
              assertEquals(letter, MAPPER.readValue(library, ReplyLetter.class));
            });
  }

  @Test
  void nestedLetter_isALetterDocument_readAndWritten() {
    ReplyLetter seed = seed();
    Envelope e = new Envelope("a", seed, List.of(seed));
    String json = MAPPER.writeValueAsString(e);
    assertTrue(json.contains("\"letter\":{\"schemaVersion\":\"1.0\","), json);
    assertEquals(e, MAPPER.readValue(json, Envelope.class));
    // The nested letter cut out is a letter file.
    JsonNode letter = MAPPER.readTree(json).get("letter");
    assertEquals(seed, ReplyLetterJson.defaults().read(letter.toString()));
  }

  @Test
  void readingProblems_areAllReported_atPointersIntoTheWholeDocument() {
    String json =
        "{\"id\":\"x\",\"letter\":{\"schemaVersion\":\"1.0\"},\"more\":[{\"schemaVersion\":\"1.0\"},"
            + "{\"title\":7,\"sections\":[{\"heading\":null}],\"extra\":1}]}";
    JsonFindingsException e =
        assertThrows(JsonFindingsException.class, () -> MAPPER.readValue(json, Envelope.class));
    assertEquals(
        List.of(
            "RL-JSON-005 /more/1/schemaVersion",
            "RL-JSON-004 /more/1/title",
            "RL-JSON-004 /more/1/sections/0/heading",
            "RL-JSON-003 /more/1/extra")
            .stream().sorted().collect(Collectors.toList()),
        e.findings().stream().map(f -> f.code() + " " + f.path()).sorted().collect(Collectors.toList()));
    assertEquals(ReplyLetter.class, e.getTargetType());
    assertTrue(e.getMessage().startsWith("Cannot read ReplyLetter: "), e.getMessage());
  }

  @Test
  void readingAtTheRoot_findsWhatTheLibrarysReaderFinds() throws Exception {
    byte[] bad = getClass().getResourceAsStream("/org/replyletter/json/many-problems.json").readAllBytes();
    JsonInputException library =
        assertThrows(JsonInputException.class, () -> ReplyLetterJson.defaults().read(bad, null));
    JsonFindingsException module =
        assertThrows(JsonFindingsException.class, () -> MAPPER.readValue(bad, ReplyLetter.class));
    assertEquals(codesAndPaths(library.findings()), codesAndPaths(module.findings()));
  }

  private static List<String> codesAndPaths(List<Finding> findings) {
    return findings.stream().map(f -> f.code() + " " + f.path() + " " + f.arguments()).sorted().collect(Collectors.toList());
  }

  @Test
  void duplicateMember_stopsTheRead_withJacksonsException() {
    String json = "{\"schemaVersion\":\"1.0\",\"title\":\"a\",\"title\":\"b\"}";
    assertThrows(StreamReadException.class, () -> MAPPER.readValue(json, ReplyLetter.class));
  }

  @Test
  void values_areWrittenAndReadInTheirStringForms() {
    assertEquals("\"1240万元\"", MAPPER.writeValueAsString(Money.parse("1240万元")));
    assertEquals(Money.parse("1240万元"), MAPPER.readValue("\"1240万元\"", Money.class));
    DocumentNumber n = DocumentNumber.parse("晋残函〔2024〕7号");
    assertEquals("\"" + n.format() + "\"", MAPPER.writeValueAsString(n));
    assertEquals(n, MAPPER.readValue("\"晋残函[2024]7号\"", DocumentNumber.class));
    assertEquals("\"" + Channel.CPPCC_PROPOSAL.id() + "\"", MAPPER.writeValueAsString(Channel.CPPCC_PROPOSAL));
    assertEquals(Channel.CPPCC_PROPOSAL, MAPPER.readValue("\"" + Channel.CPPCC_PROPOSAL.id() + "\"", Channel.class));
    JsonFindingsException e =
        assertThrows(JsonFindingsException.class, () -> MAPPER.readValue("{\"m\":\"lots\"}", Holder.class));
    assertEquals("/m", e.findings().get(0).path());
    Section s = seed().sections().get(0);
    assertEquals(s, MAPPER.readValue(MAPPER.writeValueAsString(s), Section.class));
  }

  record Holder(Money m) {}

  @Test
  void subsidyForms_areTheLibrarys() throws Exception {
    SubsidyRequest request = SubsidyJson.defaults().readRequest(REQUEST);
    assertCompactEquals(SubsidyJson.defaults().writeRequest(request), MAPPER.writeValueAsBytes(request));
    assertEquals(request, MAPPER.readValue(Files.readAllBytes(REQUEST), SubsidyRequest.class));

    SubsidySchedule schedule = SubsidySchedule.jinjiang();
    byte[] scheduleBytes = SubsidyJson.defaults().writeSchedule(schedule);
    assertCompactEquals(scheduleBytes, MAPPER.writeValueAsBytes(schedule));
    assertEquals(schedule, MAPPER.readValue(MAPPER.writeValueAsBytes(schedule), SubsidySchedule.class));

    SubsidyDecision decision = SubsidyCalculator.of(schedule).decide(request);
    assertCompactEquals(SubsidyJson.defaults().writeDecision(decision, Finding.ZH_CN), MAPPER.writeValueAsBytes(decision));
    assertCompactEquals(
        SubsidyJson.defaults().writeDecision(decision, Locale.ENGLISH),
        JsonMapper.builder().addModule(new ReplyLetterModule().withLocale(Locale.ENGLISH)).build().writeValueAsBytes(decision));
    InvalidDefinitionException notRead =
        assertThrows(InvalidDefinitionException.class, () -> MAPPER.readValue(MAPPER.writeValueAsBytes(decision), SubsidyDecision.class));
    assertTrue(notRead.getMessage().contains("written, never read"), notRead.getMessage());
  }

  @Test
  void schedule_problemsPointIntoTheWholeDocument() {
    String json = "{\"s\":{\"schemaVersion\":\"1.0\",\"name\":\"x\"}}";
    JsonFindingsException e =
        assertThrows(JsonFindingsException.class, () -> MAPPER.readValue(json, ScheduleHolder.class));
    assertTrue(e.findings().stream().allMatch(f -> f.path().startsWith("/s/")), e.findings().toString());
    assertTrue(e.findings().stream().allMatch(f -> f.line().isEmpty()), e.findings().toString());
  }

  record ScheduleHolder(SubsidySchedule s) {}

  @Test
  void reportsAndFindings_areTheLibrarys_andReadBack() {
    ValidationReport report = LetterValidator.defaults().validate(SEED);
    assertEquals(report.toJson(), MAPPER.writeValueAsString(report));
    String finding = MAPPER.writeValueAsString(report.findings().get(0));
    assertEquals(MAPPER.readTree(report.toJson()).get("findings").get(0), MAPPER.readTree(finding));
    assertEquals(report, MAPPER.readValue(report.toJson(), ValidationReport.class));
    assertEquals(report.findings().get(0), MAPPER.readValue(finding, Finding.class));
    ValidationReport bad = LetterValidator.defaults().validate("{\"schemaVersion\":\"1.0\",\"x\":1}", null);
    assertEquals(bad, MAPPER.readValue(MAPPER.writeValueAsString(bad), ValidationReport.class));
  }

  @Test
  void aReport_whoseCountsOrValidityContradictItsFindings_isRefused() {
    ValidationReport report = LetterValidator.defaults().validate(SEED);
    String json = report.toJson().replace("\"warning\":6", "\"warning\":5").replace("\"valid\":true", "\"valid\":false");
    JsonFindingsException e =
        assertThrows(JsonFindingsException.class, () -> MAPPER.readValue("{\"r\":" + json + "}", ReportHolder.class));
    assertEquals(
        List.of("RL-JSON-006 /r/counts/warning", "RL-JSON-006 /r/valid"),
        e.findings().stream().map(f -> f.code() + " " + f.path()).sorted().collect(Collectors.toList()));
    JsonFindingsException f =
        assertThrows(
            JsonFindingsException.class,
            () -> MAPPER.readValue("{\"code\":\"X\",\"severity\":\"fatal\",\"line\":0,\"other\":1}", Finding.class));
    assertEquals(
        List.of("RL-JSON-003 /other", "RL-JSON-006 /line", "RL-JSON-006 /severity"),
        f.findings().stream().map(x -> x.code() + " " + x.path()).sorted().collect(Collectors.toList()));
  }

  record ReportHolder(ValidationReport r) {}

  private static void assertCompactEquals(byte[] library, byte[] module) {
    assertEquals(PLAIN.writeValueAsString(PLAIN.readTree(library)), new String(module, StandardCharsets.UTF_8));
  }

  @Test
  void aMapperWithoutTheModule_failsLoudly_namingIt() {
    for (Object value :
        Arrays.asList(seed(), Money.parse("1元"), DocumentNumber.parse("晋残函〔2024〕7号"), seed().sections().get(0),
            LetterValidator.defaults().validate(SEED))) {
      InvalidDefinitionException e =
          assertThrows(InvalidDefinitionException.class, () -> PLAIN.writeValueAsString(value), value.getClass().getName());
      assertTrue(e.getMessage().contains("ReplyLetterModule"), e.getMessage());
    }
    InvalidDefinitionException e =
        assertThrows(InvalidDefinitionException.class, () -> PLAIN.readValue("{\"m\":\"1元\"}", Holder.class));
    assertTrue(e.getMessage().contains("org.replyletter.Money"), e.getMessage());
    assertTrue(e.getMessage().contains("ReplyLetterModule"), e.getMessage());
    assertThrows(InvalidDefinitionException.class, () -> PLAIN.writeValueAsString(new Envelope("a", seed(), List.of())));
  }

  @Test
  void findAndAddModules_findsTheModule() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertTrue(found.registeredModules().stream().anyMatch(m -> m instanceof ReplyLetterModule));
    assertEquals("\"1元\"", found.writeValueAsString(Money.parse("1元")));
  }

  @Test
  void treeInput_isReadByTheSameReader() {
    JsonNode tree = MAPPER.readTree(MAPPER.writeValueAsString(seed()));
    assertEquals(seed(), MAPPER.treeToValue(tree, ReplyLetter.class));
  }
}
