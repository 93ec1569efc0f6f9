package org.replyletter.validation;

import org.replyletter.diagnostics.Severity;
import org.replyletter.diagnostics.Finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyletter.ReplyLetter;
import org.replyletter.json.ReplyLetterJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LetterValidatorTest {
  /** The bundled seed letter, 晋残函〔2024〕7号. */
  static final Path SEED = Path.of("..", "examples", "letters", "jinjiang-2024-7.json");

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  static LetterValidator at(String date) {
    Instant noon = LocalDate.parse(date).atTime(12, 0).atZone(ValidationOptions.CHINA).toInstant();
    return LetterValidator.of(
        ValidationOptions.builder().clock(Clock.fixed(noon, ValidationOptions.CHINA)).build());
  }

  static byte[] caseDocument(String code, String kind) throws IOException {
    return Files.readAllBytes(RuleCasesTest.casesDir().resolve(code).resolve(kind + ".json"));
  }

  static List<String> codesAndPaths(ValidationReport r) {
    List<String> out = new ArrayList<>();
    for (Finding f : r.findings()) {
      out.add(f.severity().code() + " " + f.code() + " " + f.path());
    }
    return out;
  }

  // ---- the worked example -------------------------------------------------------------------

  @Test
  void seedLetter_noError_exactlyTheWarningsOfItsRealGaps() {
    ValidationReport r = LetterValidator.defaults().validate(SEED);
    assertTrue(r.isValid(), r::toJson);
    assertEquals(
        Set.of(
            "warning RL-DATE-001 /issueDate",
            "warning RL-SIG-001 /issuingOrgan",
            "warning RL-SIG-002 /signer",
            "warning RL-CON-001 /contacts",
            "warning RL-DIS-001 /disclosure",
            "warning RL-SEC-001 /sections/3/ordinal"),
        Set.copyOf(codesAndPaths(r)),
        r::toJson);
    assertEquals(6, r.findings().size());
    Finding numeral = r.findings().stream().filter(f -> f.code().equals("RL-SEC-001")).findFirst().orElseThrow();
    assertEquals(List.of("四", "拓宽渠道，优化大龄孤独症职业技能培训"), numeral.arguments());
    assertTrue(numeral.line().getAsInt() > 1, "located at the fourth section, not the document start");
  }

  @Test
  void seedLetter_asModel_sameFindingsWithoutLocation() {
    ReplyLetter seed = ReplyLetterJson.defaults().read(SEED);
    ValidationReport fromModel = LetterValidator.defaults().validate(seed);
    ValidationReport fromJson = LetterValidator.defaults().validate(SEED);
    assertEquals(Set.copyOf(codesAndPaths(fromJson)), Set.copyOf(codesAndPaths(fromModel)));
    assertTrue(fromModel.findings().stream().allMatch(f -> f.line().isEmpty()));
    assertTrue(fromModel.sourceName().isEmpty());
    assertEquals(Set.of(SEED.toString()), Set.of(fromJson.sourceName().orElseThrow()));
  }

  // ---- raw JSON: one pass, everything ---------------------------------------------------------

  @Test
  void malformedJson_oneLocatedFinding() {
    ValidationReport r = LetterValidator.defaults().validate("{\n  \"title\": ,\n}", "bad.json");
    assertEquals(1, r.findings().size(), r::toJson);
    Finding f = r.findings().get(0);
    assertEquals("RL-JSON-001", f.code());
    assertEquals(2, f.line().getAsInt());
    assertFalse(r.isValid());
  }

  @Test
  void readingProblems_allReportedTogether_rulesNotRun() {
    String json =
        "{\"schemaVersion\":\"1.0\",\"title\":7,\"colour\":\"red\",\"classification\":{\"scheme\":\"three-class\"}}";
    ValidationReport r = LetterValidator.defaults().validate(json, null);
    assertEquals(
        List.of("error RL-JSON-003 /colour", "error RL-JSON-004 /title", "error RL-JSON-005 /classification/code"),
        codesAndPaths(r).stream().filter(s -> s.contains("RL-JSON")).sorted().toList(),
        r::toJson);
    assertFalse(r.has("RL-DOC-001"), "rules run only on a letter that could be read");
    assertTrue(r.findings().stream().allMatch(f -> f.line().isPresent()));
  }

  @Test
  void findingsFromJson_areLocatedAndSortedByLine() throws IOException {
    ValidationReport r = at("2024-12-31").validate(caseDocument("RL-SEC-003", "fail"), "x.json");
    // one error-free document with a rule finding: located at its pointer
    Finding f = r.findings().get(0);
    assertEquals("/sections/1/ordinal", f.path());
    assertTrue(f.line().getAsInt() > 10);
    ValidationReport many = LetterValidator.defaults().validate(SEED);
    for (int i = 1; i < many.findings().size(); i++) {
      assertTrue(ValidationReport.ORDER.compare(many.findings().get(i - 1), many.findings().get(i)) <= 0);
    }
  }

  @Test
  void missingFile_reportsIoFailure_doesNotThrow(@TempDir Path dir) {
    ValidationReport r = LetterValidator.defaults().validate(dir.resolve("nope.json"));
    assertEquals(List.of("error RL-JSON-010 "), codesAndPaths(r));
    assertFalse(r.isValid());
  }

  @Test
  void failingStream_reportsIoFailure() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk on fire");
          }
        };
    ValidationReport r = LetterValidator.defaults().validate(broken, "-");
    assertTrue(r.has("RL-JSON-010"));
    assertTrue(r.findings().get(0).message(Locale.ENGLISH).contains("disk on fire"));
  }

  @Test
  void stream_sameAsBytes() throws IOException {
    byte[] bytes = Files.readAllBytes(SEED);
    assertEquals(
        LetterValidator.defaults().validate(bytes, "s"),
        LetterValidator.defaults().validate(new ByteArrayInputStream(bytes), "s"));
  }

  // ---- options ---------------------------------------------------------------------------------

  @Test
  void disabledCode_isNotReported_otherCodesAre() {
    LetterValidator v =
        LetterValidator.of(ValidationOptions.builder().addDisabledCode("RL-DIS-001").build());
    ValidationReport r = v.validate(SEED);
    assertFalse(r.has("RL-DIS-001"));
    assertTrue(r.has("RL-CON-001"));
  }

  @Test
  void severityOverride_changesSeverityAndValidity() {
    LetterValidator v =
        LetterValidator.of(ValidationOptions.builder().putSeverityOverride("RL-CON-001", Severity.ERROR).build());
    ValidationReport r = v.validate(SEED);
    assertFalse(r.isValid());
    assertEquals(List.of("error RL-CON-001 /contacts"), codesAndPaths(r).stream().filter(s -> s.startsWith("error")).toList());
  }

  @Test
  void readingCodes_cannotBeSwitchedOffOrDowngraded() {
    LetterValidator v =
        LetterValidator.of(
            ValidationOptions.builder()
                .addDisabledCode("RL-JSON-001")
                .putSeverityOverride("RL-JSON-001", Severity.INFO)
                .build());
    ValidationReport r = v.validate("{", null);
    assertEquals(List.of("error RL-JSON-001 "), codesAndPaths(r));
  }

  /** A user rule: the letter must be copied to the 民政局. */
  static final class CopyToCivilAffairs implements LetterRule {
    @Override
    public Set<String> codes() {
      return Set.of("MY-001");
    }

    @Override
    public List<Finding> check(ReplyLetter letter, RuleContext context) {
      return letter.ccRecipients().contains("民政局")
          ? List.of()
          : List.of(Finding.of("MY-001", Severity.ERROR, "/cc", "民政局"));
    }

    @Override
    public java.util.Optional<String> messagePattern(String messageKey, Locale locale) {
      return java.util.Optional.of(
          locale.getLanguage().equals("en") ? "The letter must be copied to {0}" : "应抄送{0}");
    }
  }

  @Test
  void userRule_rendersItsOwnMessagesInReports() {
    LetterValidator v = LetterValidator.of(ValidationOptions.builder().addRule(new CopyToCivilAffairs()).build());
    ValidationReport r = v.validate(ReplyLetterJson.defaults().read(SEED).withCc(List.of()));
    Finding f = r.findings().stream().filter(x -> x.code().equals("MY-001")).findFirst().orElseThrow();
    assertEquals("应抄送民政局", r.message(f, Finding.ZH_CN));
    assertEquals("The letter must be copied to 民政局", r.message(f, Locale.ENGLISH));
    assertTrue(r.toJson(Locale.ENGLISH).contains("The letter must be copied to 民政局"));
    assertEquals("缺少联系人及联系电话：答复应注明主管领导和承办人的姓名及电话",
        r.message(r.findings().stream().filter(x -> x.code().equals("RL-CON-001")).findFirst().orElseThrow(), Finding.ZH_CN));
  }

  @Test
  void userRule_runsAndReports() {
    LetterValidator v = LetterValidator.of(ValidationOptions.builder().addRule(new CopyToCivilAffairs()).build());
    assertFalse(v.validate(SEED).has("MY-001"), "the seed copies 民政局");
    ReplyLetter without = ReplyLetterJson.defaults().read(SEED).withCc(List.of());
    ValidationReport r = v.validate(without);
    assertTrue(r.has("MY-001"));
    assertFalse(r.isValid());
    LetterValidator off =
        LetterValidator.of(
            ValidationOptions.builder().addRule(new CopyToCivilAffairs()).addDisabledCode("MY-001").build());
    assertFalse(off.validate(without).has("MY-001"));
  }

  @Test
  void throwingRule_isReported_othersStillRun() {
    LetterRule broken =
        new LetterRule() {
          @Override
          public Set<String> codes() {
            return Set.of("MY-002");
          }

          @Override
          public List<Finding> check(ReplyLetter letter, RuleContext context) {
            throw new IllegalStateException("bug in rule");
          }
        };
    ValidationReport r = LetterValidator.of(ValidationOptions.builder().addRule(broken).build()).validate(SEED);
    assertTrue(r.has("RL-VAL-001"));
    assertTrue(r.has("RL-CON-001"));
    assertTrue(r.findings().stream().anyMatch(f -> f.message(Locale.ENGLISH).contains("bug in rule")));
  }

  @Test
  void userRule_withBuiltInCode_isRefused() {
    LetterRule clash =
        new LetterRule() {
          @Override
          public Set<String> codes() {
            return Set.of("RL-DOC-001");
          }

          @Override
          public List<Finding> check(ReplyLetter letter, RuleContext context) {
            return List.of();
          }
        };
    ValidationOptions options = ValidationOptions.builder().addRule(clash).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LetterValidator.of(options));
    assertTrue(e.getMessage().contains("RL-DOC-001"));
    LetterRule future =
        new LetterRule() {
          @Override
          public Set<String> codes() {
            return Set.of("RL-ZZZ-999");
          }

          @Override
          public List<Finding> check(ReplyLetter letter, RuleContext context) {
            return List.of();
          }
        };
    assertThrows(
        IllegalArgumentException.class,
        () -> LetterValidator.of(ValidationOptions.builder().addRule(future).build()),
        "RL- is reserved, so a later built-in code cannot clash");
  }

  @Test
  void twoUserRules_withSameCode_areRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ValidationOptions.builder().addRule(new CopyToCivilAffairs()).addRule(new CopyToCivilAffairs()).build());
  }

  @Test
  void clock_decidesWhatIsInTheFuture() throws IOException {
    byte[] doc = caseDocument("RL-DATE-002", "fail"); // issued 2025-01-01
    assertTrue(at("2024-12-31").validate(doc, null).has("RL-DATE-002"));
    assertFalse(at("2025-01-01").validate(doc, null).has("RL-DATE-002"));
  }

  @Test
  void locale_setsTheReportLanguage() {
    LetterValidator en = LetterValidator.of(ValidationOptions.builder().locale(Locale.ENGLISH).build());
    String json = en.validate(SEED).toJson();
    assertTrue(json.contains("No issue date"), json);
    assertTrue(LetterValidator.defaults().validate(SEED).toJson().contains("缺少成文日期"));
  }

  // ---- report JSON form --------------------------------------------------------------------------

  @Test
  void reportJson_hasFixedMembersInFixedOrder_nullLocationForModel() {
    ReplyLetter seed = ReplyLetterJson.defaults().read(SEED);
    JsonNode tree = MAPPER.readTree(LetterValidator.defaults().validate(seed).toJson(Locale.ENGLISH));
    assertEquals(List.of("source", "valid", "counts", "findings"), List.copyOf(tree.propertyNames()));
    assertTrue(tree.get("source").isNull());
    assertTrue(tree.get("valid").booleanValue());
    assertEquals(6, tree.get("counts").get("warning").intValue());
    JsonNode f = tree.get("findings").get(0);
    assertEquals(
        List.of("code", "severity", "path", "line", "column", "messageKey", "arguments", "message"),
        List.copyOf(f.propertyNames()));
    assertTrue(f.get("line").isNull());
    assertTrue(f.get("column").isNull());
  }

  @Test
  void reportJson_fromFile_hasLineAndColumn() {
    JsonNode tree = MAPPER.readTree(LetterValidator.defaults().validate(SEED).toJson());
    assertEquals(SEED.toString(), tree.get("source").stringValue());
    for (JsonNode f : tree.get("findings")) {
      assertTrue(f.get("line").isInt() && f.get("column").isInt(), f::toString);
    }
  }

  // ---- JsonTreeCheck discovery and merging -----------------------------------------------------

  /** Creates a validator while a class loader that registers {@link TestTreeCheck} is the context loader. */
  static LetterValidator withTestTreeCheck() throws IOException {
    URL services = LetterValidatorTest.class.getResource("treecheck/");
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {services}, LetterValidatorTest.class.getClassLoader())) {
      Thread.currentThread().setContextClassLoader(loader);
      return LetterValidator.of(ValidationOptions.defaults());
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  @Test
  void treeCheck_isDiscovered_andItsOwnFindingsKept() throws IOException {
    LetterValidator v = withTestTreeCheck();
    assertEquals(List.of("test-tree"), v.jsonTreeCheckNames());
    String seed = Files.readString(SEED).replace("\"supplementaryNote\": \"无\"", "\"supplementaryNote\": \"tree-check:x\"");
    ValidationReport r = v.validate(seed, null);
    assertTrue(r.has("TEST-TREE-001"), r::toJson);
    Finding f = r.findings().stream().filter(x -> x.code().equals("TEST-TREE-001")).findFirst().orElseThrow();
    assertEquals("/supplementaryNote", f.path());
    assertTrue(f.line().isPresent(), "tree-check findings are located too");
    // In the check's own words, not as "TEST-TREE-001 []".
    assertEquals("Text marked for the test check", r.message(f, java.util.Locale.ENGLISH));
    assertEquals("测试检查的文本", r.message(f, java.util.Locale.SIMPLIFIED_CHINESE));
    assertTrue(r.toJson(java.util.Locale.ENGLISH).contains("\"message\":\"Text marked for the test check\""), r::toJson);
    assertFalse(LetterValidator.of(ValidationOptions.builder().jsonTreeChecks(false).build())
        .validate(seed, null).has("TEST-TREE-001"));
  }

  @Test
  void treeCheck_sameKindAtSamePointerAsReader_isDropped_otherKindKept() throws IOException {
    String json = "{\"schemaVersion\":\"1.0\",\"title\":7}";
    ValidationReport r = withTestTreeCheck().validate(json, null);
    assertTrue(r.has("RL-JSON-004"));
    assertFalse(r.has("TEST-TREE-002"), "same kind (RL-JSON-004) at the same pointer: the reader's is kept");
    assertTrue(r.has("TEST-TREE-005"), "another kind at the same pointer is another problem");
  }

  @Test
  void treeCheck_requiredAtObject_readerMissingAtMember_isDropped() throws IOException {
    String json = "{\"schemaVersion\":\"1.0\",\"classification\":{\"scheme\":\"three-class\"}}";
    ValidationReport r = withTestTreeCheck().validate(json, null);
    assertTrue(r.has("RL-JSON-005"));
    assertFalse(r.has("TEST-TREE-003"), r::toJson);
  }

  @Test
  void treeCheck_atSamePointerAsRule_isDropped() throws IOException {
    ValidationReport r = withTestTreeCheck().validate(caseDocument("RL-DOC-002", "fail"), null);
    assertTrue(r.has("RL-DOC-002"));
    assertFalse(r.has("TEST-TREE-004"), r::toJson);
  }

  @Test
  void throwingTreeCheck_isReported() throws IOException {
    String seed = Files.readString(SEED).replace("\"supplementaryNote\": \"无\"", "\"supplementaryNote\": \"tree-check-throw\"");
    ValidationReport r = withTestTreeCheck().validate(seed.getBytes(StandardCharsets.UTF_8), null);
    assertTrue(r.has("RL-VAL-001"), r::toJson);
    assertTrue(r.has("RL-DATE-001"), "the rules still ran");
  }

  @Test
  void throwingTreeCheck_isReported_evenBesideReaderProblems() throws IOException {
    String json = "{\"schemaVersion\":\"1.0\",\"colour\":1,\"supplementaryNote\":\"tree-check-throw\"}";
    ValidationReport r = withTestTreeCheck().validate(json, null);
    assertTrue(r.has("RL-JSON-003"));
    assertTrue(r.has("RL-VAL-001"), "a failing check is news, never a duplicate: " + r.toJson());
  }

  @Test
  void readLimits_apply_toEveryInput(@TempDir Path dir) throws IOException {
    LetterValidator small =
        LetterValidator.of(
            ValidationOptions.builder()
                .readLimits(org.replyletter.json.ReadLimits.builder().maxDocumentBytes(1000).build())
                .build());
    assertEquals(List.of("error RL-JSON-009 "), codesAndPaths(small.validate(SEED)));
    assertEquals(List.of("error RL-JSON-009 "), codesAndPaths(small.validate(Files.readAllBytes(SEED), null)));
    assertEquals(
        List.of("error RL-JSON-009 "),
        codesAndPaths(small.validate(new ByteArrayInputStream(Files.readAllBytes(SEED)), null)));
    assertTrue(LetterValidator.defaults().validate(SEED).isValid());
  }
}
