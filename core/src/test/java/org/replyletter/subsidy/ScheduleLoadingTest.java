package org.replyletter.subsidy;

import org.replyletter.SubsidyKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.replyletter.Money;
import org.replyletter.json.JsonInputException;
import org.replyletter.subsidy.internal.SubsidyCodecs;
import org.replyletter.diagnostics.Finding;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Schedules are strict data: bundled ones load complete; a badly defined one fails when read. */
class ScheduleLoadingTest {

  private static String bundledText() {
    try (InputStream in = ScheduleLoadingTest.class.getResourceAsStream("schedule-jinjiang.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The bundled 晋江 schedule, edited as a tree. */
  private static byte[] edited(Consumer<ObjectNode> edit) {
    ObjectNode root = (ObjectNode) SubsidyCodecs.parse(bundledText().getBytes(StandardCharsets.UTF_8), "x");
    edit.accept(root);
    return SubsidyCodecs.SUPPORT.write(g -> SubsidyCodecs.SUPPORT.mapper().writeTree(g, root));
  }

  private static ObjectNode version0(ObjectNode root) {
    return (ObjectNode) root.get("versions").get(0);
  }

  private static ObjectNode params0(ObjectNode root) {
    return (ObjectNode) version0(root).get("parameters");
  }

  private static List<Finding> failures(byte[] json) {
    JsonInputException e = assertThrows(JsonInputException.class, () -> SubsidyJson.defaults().readSchedule(json, "test.json"));
    assertTrue(e.getMessage().startsWith("test.json:"), e.getMessage());
    assertEquals("test.json", e.sourceName().orElseThrow());
    for (Finding f : e.findings()) {
      assertTrue(f.line().isPresent() && f.column().isPresent(), () -> "not located: " + f);
    }
    return e.findings();
  }

  /** The definition errors of a schedule whose JSON is readable. */
  private static List<Finding> definitionErrors(byte[] json) {
    ScheduleDefinitionException e =
        assertThrows(ScheduleDefinitionException.class, () -> SubsidyJson.defaults().readSchedule(json, "test.json"));
    assertTrue(e.getMessage().startsWith("test.json:"), e.getMessage());
    assertTrue(e.getMessage().contains("badly defined schedule"), e.getMessage());
    assertEquals("test.json", e.sourceName().orElseThrow());
    for (Finding f : e.findings()) {
      assertTrue(f.line().isPresent() && f.column().isPresent(), () -> "not located: " + f);
      assertTrue(f.code().startsWith("SUB-DEF-"), f::toString);
    }
    return e.findings();
  }

  private static Finding only(List<Finding> findings) {
    assertEquals(1, findings.size(), findings::toString);
    return findings.get(0);
  }

  @Test
  void jinjiang_isComplete_andCitesItsSources() {
    SubsidySchedule s = SubsidySchedule.jinjiang();
    assertEquals("jinjiang", s.name());
    ScheduleVersion v = s.versions().get(0);
    assertEquals("晋江市", v.jurisdiction());
    assertEquals(LocalDate.of(2024, 7, 1), v.effectiveFrom());
    assertTrue(v.effectiveTo().isEmpty());
    assertEquals(ParameterKey.values().size(), v.parameters().size());
    assertEquals(Money.ofYuan(3900), v.value(ParameterKey.CAP));
    assertEquals(Reliability.LETTER, v.parameter(ParameterKey.CAP).source().reliability());
    assertEquals(Money.ofYuan(700), v.value(ParameterKey.AMOUNT_LEVEL_5));
    assertEquals(Reliability.REPORT, v.parameter(ParameterKey.AMOUNT_LEVEL_5).source().reliability());
    assertEquals(0, new java.math.BigDecimal("0.3").compareTo(v.value(ParameterKey.UPLIFT_PRODUCTION_MANUFACTURING)));
    assertEquals(60, v.value(ParameterKey.ELIGIBILITY_AGE_LIMIT_PAST_RETIREMENT));
    assertTrue(v.value(ParameterKey.ELIGIBILITY_AGE_LIMIT_INCLUSIVE));
  }

  @Test
  void bundledSchedules_giveEveryNoteInBothLanguages_andDeclareTheirSelectionAndCounting() {
    for (SubsidySchedule s : List.of(SubsidySchedule.jinjiang(), SubsidySchedule.xiamen())) {
      assertTrue(s.versionSelection().source().isPresent(), s.name());
      assertEquals(VersionBasis.CERTIFICATE_ISSUE_DATE, s.versionSelection().certificates());
      assertTrue(s.versionSelection().noteEn().isPresent(), s.name());
      for (ScheduleVersion v : s.versions()) {
        for (ParameterKey<?> k : ParameterKey.values()) {
          Parameter<?> p = v.parameters().get(k);
          assertEquals(p.note().isPresent(), p.noteEn().isPresent(), () -> v.id() + " " + k.id());
          assertTrue(p.note().isPresent(), () -> v.id() + " " + k.id());
        }
        assertTrue(v.counting().isPresent(), v.id());
        assertTrue(v.counting().get().noteEn().isPresent(), v.id());
      }
    }
  }

  @Test
  void xiamen_isDatedFromItsSources_uplift2024_06_01_countWindow2023_12_20() {
    List<ScheduleVersion> v = SubsidySchedule.xiamen().versions();
    assertEquals(List.of("xiamen-2023-12-20", "xiamen-2024-06-01"), v.stream().map(ScheduleVersion::id).toList());
    assertEquals(LocalDate.of(2023, 12, 20), v.get(0).effectiveFrom());
    assertEquals(LocalDate.of(2024, 6, 1), v.get(1).effectiveFrom());
    assertEquals(java.math.BigDecimal.ZERO, v.get(0).value(ParameterKey.UPLIFT_PRODUCTION_MANUFACTURING).stripTrailingZeros());
    HistoryCounting c = v.get(1).counting().orElseThrow();
    assertEquals(java.util.Optional.of(LocalDate.of(2023, 12, 20)), c.windowFrom());
    assertEquals(java.util.Optional.of(LocalDate.of(2025, 12, 31)), c.windowTo());
    assertEquals(CatalogueCoverage.PARTIAL, v.get(1).shortageCatalogue().orElseThrow().coverage());
    // Still marked: what is not verified for 厦门 is an assumption.
    assertTrue(v.get(1).assumptions().contains(ParameterKey.CAP));
  }

  @Test
  void form10Schedule_readsAsBefore_byTheDecisionDate_acceptingClaimedClassesWithAWarning() {
    byte[] json = edited(r -> {
      r.put("schemaVersion", "1.0");
      r.remove("versionSelection");
      ObjectNode v = version0(r);
      v.remove("counting");
      ObjectNode params = (ObjectNode) v.get("parameters");
      params.remove("shortage.unconfirmed");
      params.forEach(p -> ((ObjectNode) p).remove("noteEn"));
    });
    SubsidySchedule s = SubsidyJson.defaults().readSchedule(json, "form-1.0.json");
    assertEquals(VersionSelection.byDecisionDate(), s.versionSelection());
    ScheduleVersion v = s.versions().get(0);
    assertEquals(UnconfirmedShortage.ACCEPT_WITH_WARNING, v.value(ParameterKey.SHORTAGE_UNCONFIRMED));
    assertTrue(v.parameter(ParameterKey.SHORTAGE_UNCONFIRMED).isAssumption());
    assertEquals(List.of("all"), v.historyCounting().groups().stream().map(CountGroup::id).toList());
    // Written again, it is a 1.1 schedule that reads back equal.
    assertEquals(s, SubsidyJson.defaults().readSchedule(SubsidyJson.defaults().writeSchedule(s), "again.json"));
  }

  @Test
  void jinjiang_marksEveryAssumption_withANote() {
    ScheduleVersion v = SubsidySchedule.jinjiang().versions().get(0);
    assertEquals(
        List.of(ParameterKey.UPLIFT_COMBINATION, ParameterKey.SHORTAGE_UNCONFIRMED, ParameterKey.ROUNDING, ParameterKey.LIMIT_NO_DOWNGRADE,
            ParameterKey.LIMIT_CLAIM_WINDOW_MONTHS),
        v.assumptions());
    for (ParameterKey<?> k : v.assumptions()) {
      assertTrue(v.parameters().get(k).note().isPresent(), k::id);
    }
  }

  @Test
  void xiamen_differsAsData_noPriorityUplift_under60_sixMonths() {
    ScheduleVersion v = SubsidySchedule.xiamen().versions().get(0);
    assertEquals("厦门市", v.jurisdiction());
    assertEquals(0, v.value(ParameterKey.UPLIFT_PRIORITY_GROUPS).signum());
    assertEquals(60, v.value(ParameterKey.ELIGIBILITY_AGE_LIMIT_PAST_RETIREMENT));
    assertEquals(Boolean.FALSE, v.value(ParameterKey.ELIGIBILITY_AGE_LIMIT_INCLUSIVE));
    assertEquals(6, v.value(ParameterKey.LIMIT_CLAIM_WINDOW_MONTHS));
    assertEquals(Reliability.OFFICIAL, v.parameter(ParameterKey.LIMIT_CLAIM_WINDOW_MONTHS).source().reliability());
  }

  @Test
  void bundled_roundTrip_readsBackEqual() {
    for (SubsidySchedule s : List.of(SubsidySchedule.jinjiang(), SubsidySchedule.xiamen())) {
      byte[] json = SubsidyJson.defaults().writeSchedule(s);
      assertEquals(s, SubsidyJson.defaults().readSchedule(json, "round-trip"));
      assertEquals(new String(json, StandardCharsets.UTF_8), new String(SubsidyJson.defaults().writeSchedule(SubsidyJson.defaults().readSchedule(json, null)), StandardCharsets.UTF_8));
    }
  }

  @Test
  void unknownMember_isRejected_withPointerAndLine() {
    Finding f = only(failures(edited(r -> ((ObjectNode) params0(r).get("amount.cap")).put("amout", "1元"))));
    assertEquals("RL-JSON-003", f.code());
    assertEquals("/versions/0/parameters/amount.cap/amout", f.path());
  }

  @Test
  void unknownParameter_isRejected() {
    Finding f = only(failures(edited(r -> params0(r).set("amount.level-6", params0(r).get("amount.level-5")))));
    assertEquals("RL-JSON-003", f.code());
    assertEquals("/versions/0/parameters/amount.level-6", f.path());
  }

  @Test
  void missingParameter_isRejected() {
    Finding f = only(failures(edited(r -> params0(r).remove("amount.cap"))));
    assertEquals("RL-JSON-005", f.code());
    assertEquals("/versions/0/parameters/amount.cap", f.path());
  }

  @Test
  void duplicateKey_isRejected() {
    String text = bundledText().replace("\"name\": \"jinjiang\",", "\"name\": \"jinjiang\",\n  \"name\": \"again\",");
    Finding f = only(failures(text.getBytes(StandardCharsets.UTF_8)));
    assertEquals("RL-JSON-002", f.code());
    assertEquals(4, f.line().getAsInt()); // the second "name"
  }

  @Test
  void badDate_isRejected() {
    Finding f = only(failures(edited(r -> version0(r).put("effectiveFrom", "2024-02-30"))));
    assertEquals("RL-JSON-006", f.code());
    assertEquals("RL-JSON-006.date", f.messageKey());
    assertEquals("/versions/0/effectiveFrom", f.path());
  }

  @Test
  void everyInputProblem_isReportedAtOnce_beforeAnyDefinitionError() {
    List<Finding> all = failures(edited(r -> {
      version0(r).put("effectiveTo", "2024-13-01");
      ((ObjectNode) params0(r).get("limit.total")).put("value", "three");
      ((ObjectNode) params0(r).get("uplift.priority-groups")).put("value", "20");
      ((ObjectNode) params0(r).get("amount.cap")).put("source", "nobody"); // a definition error: not yet
    }));
    assertEquals(
        java.util.Set.of("/versions/0/effectiveTo",
            "/versions/0/parameters/uplift.priority-groups/value", "/versions/0/parameters/limit.total/value"),
        all.stream().map(Finding::path).collect(java.util.stream.Collectors.toSet()));
    assertEquals(3, all.size());
    // Located in document order: the lines differ and follow the findings' positions.
    assertEquals(3, all.stream().mapToInt(f -> f.line().getAsInt()).distinct().count());
    assertTrue(all.stream().anyMatch(f -> f.code().equals("SUB-DEF-003")));
  }

  @Test
  void undeclaredSources_areDefinitionErrors_atEachCitation() {
    List<Finding> all = definitionErrors(edited(r -> {
      ((ObjectNode) params0(r).get("amount.cap")).put("source", "nobody");
      ((ObjectNode) params0(r).get("limit.total")).put("source", "nobody");
    }));
    assertEquals(List.of("/versions/0/parameters/amount.cap/source", "/versions/0/parameters/limit.total/source"),
        all.stream().map(Finding::path).toList());
    assertEquals("SUB-DEF-005", all.get(0).code());
    assertTrue(all.get(0).message(Locale.ENGLISH).contains("\"nobody\""), all.get(0).message(Locale.ENGLISH));
    assertTrue(all.get(0).line().getAsInt() < all.get(1).line().getAsInt());
  }

  @Test
  void endBeforeStart_isRejected() {
    Finding f = only(failures(edited(r -> version0(r).put("effectiveTo", "2024-06-30"))));
    assertEquals("RL-JSON-006", f.code());
    assertEquals("/versions/0", f.path());
  }

  @Test
  void overlappingVersions_ofOneJurisdiction_failWhenLoaded() {
    List<Finding> f = definitionErrors(edited(r -> {
      ObjectNode second = version0(r).deepCopy();
      second.put("id", "jinjiang-2025-01-01");
      second.put("effectiveFrom", "2025-01-01");
      ((ArrayNode) r.get("versions")).add(second);
    }));
    Finding overlap = only(f);
    assertEquals("SUB-DEF-001", overlap.code());
    assertEquals("/versions/1/effectiveFrom", overlap.path());
    assertTrue(overlap.message(Locale.ENGLISH).contains("jinjiang-2025-01-01 and jinjiang-2024-07-01"), overlap.message(Locale.ENGLISH));
    assertTrue(overlap.message().contains("有效期重叠"));
  }

  @Test
  void duplicateVersionId_failsWhenLoaded() {
    Finding f = only(definitionErrors(edited(r -> {
      version0(r).put("effectiveTo", "2024-12-31");
      ObjectNode second = version0(r).deepCopy();
      second.remove("effectiveTo");
      second.put("effectiveFrom", "2025-01-01");
      ((ArrayNode) r.get("versions")).add(second);
    })));
    assertEquals("SUB-DEF-002", f.code());
    assertEquals("/versions/1/id", f.path());
  }

  @Test
  void duplicateSourceId_isADefinitionError_noVersion_anInputError() {
    Finding dup = only(definitionErrors(edited(r -> ((ArrayNode) r.get("sources")).add(r.get("sources").get(0).deepCopy()))));
    assertEquals("SUB-DEF-002", dup.code());
    assertEquals("/sources/5/id", dup.path());
    // The published schema refuses an empty version list too: not a schedule's JSON.
    Finding none = only(failures(edited(r -> {
      ((ArrayNode) r.get("sources")).add(r.get("sources").get(0).deepCopy());
      r.set("versions", r.arrayNode());
    })));
    assertEquals("SUB-DEF-004", none.code());
    assertEquals("/versions", none.path());
  }

  @Test
  void limits_areThoseOfTheFacadeInstance_forReadingAndWriting() {
    byte[] json = bundledText().getBytes(StandardCharsets.UTF_8);
    SubsidyJson small = SubsidyJson.defaults().withLimits(
        org.replyletter.json.ReadLimits.builder().maxDocumentBytes(json.length - 1).build());
    JsonInputException e = assertThrows(JsonInputException.class, () -> small.readSchedule(json, "big.json"));
    assertEquals("RL-JSON-009", e.findings().get(0).code());
    SubsidySchedule s = SubsidyJson.defaults().readSchedule(json, "ok.json");
    org.replyletter.json.JsonOutputException out =
        assertThrows(org.replyletter.json.JsonOutputException.class, () -> small.writeSchedule(s));
    assertEquals("RL-JSON-009", out.finding().code());
    assertTrue(new String(SubsidyJson.defaults().writeSchedule(s), StandardCharsets.UTF_8)
        .startsWith("{\n  \"schemaVersion\": \"" + SubsidyJson.SCHEDULE_SCHEMA_VERSION + "\""));
  }

  @Test
  void brokenSource_isReportedOnce_notAtEveryCitation() {
    Finding f = only(failures(edited(r -> ((ObjectNode) r.get("sources").get(0)).remove("issuer"))));
    assertEquals("RL-JSON-005", f.code());
    assertEquals("/sources/0/issuer", f.path());
  }

  @Test
  void policyChange_isANewVersion_chosenByTheDecisionDate() {
    byte[] json = edited(r -> {
      r.remove("versionSelection"); // form 1.0's rule: the decision date
      version0(r).put("effectiveTo", "2024-12-31");
      ObjectNode second = version0(r).deepCopy();
      second.put("id", "jinjiang-2025-01-01");
      second.remove("effectiveTo");
      second.put("effectiveFrom", "2025-01-01");
      ((ObjectNode) second.get("parameters").get("amount.entrepreneurship-training")).put("value", "2000元");
      ((ArrayNode) r.get("versions")).add(second);
      // The same jurisdiction may not overlap, another may.
      ObjectNode other = version0(r).deepCopy();
      other.put("id", "quanzhou");
      other.put("jurisdiction", "泉州市");
      ((ArrayNode) r.get("versions")).add(other);
    });
    SubsidyCalculator calc = SubsidyCalculator.of(SubsidyJson.defaults().readSchedule(json, "two-versions.json"));
    Claim claim = Claim.builder().kind(SubsidyKind.ENTREPRENEURSHIP_TRAINING).issueDate(LocalDate.of(2024, 12, 1))
        .providerQualified(true).build();
    SubsidyRequest before = SubsidyRequest.builder().jurisdiction("晋江市").decisionDate(LocalDate.of(2024, 12, 31))
        .applicant(Requests.eligibleApplicant().build()).claim(claim).build();
    SubsidyDecision old = calc.decide(before);
    SubsidyDecision changed = calc.decide(before.withDecisionDate(LocalDate.of(2025, 1, 1)));
    assertEquals(Money.ofYuan(1200), old.amount());
    assertEquals(java.util.Optional.of("jinjiang-2024-07-01"), old.version());
    assertEquals(Money.ofYuan(2000), changed.amount());
    assertEquals(java.util.Optional.of("jinjiang-2025-01-01"), changed.version());
    // Without a jurisdiction, two versions are in force on 2024-12-31: the request must say which.
    assertEquals(List.of(SubsidyCalculator.AMBIGUOUS), calc.decide(before.withJurisdiction(java.util.Optional.empty())).reasons());
  }

  @Test
  void unsupportedSchemaVersion_isRejected() {
    Finding f = only(failures(edited(r -> r.put("schemaVersion", "2.0"))));
    assertEquals("RL-JSON-008", f.code());
  }

  @Test
  void missingFile_isAnIoFailure() {
    JsonInputException e =
        assertThrows(JsonInputException.class, () -> SubsidyJson.defaults().readSchedule(Path.of("no/such/schedule.json")));
    assertTrue(e.isIoFailure());
  }

  @Test
  void everyKey_hasAType_andCountsAreBoundedAsInJson() {
    for (ParameterKey<?> k : ParameterKey.values()) {
      assertTrue(k.type().accepts(SubsidySchedule.jinjiang().versions().get(0).value(k)), k.id());
    }
    assertEquals(ParameterType.Form.RATE, ParameterKey.UPLIFT_PRIORITY_GROUPS.type().form());
    assertEquals(ParameterType.Form.CHOICE, ParameterKey.UPLIFT_COMBINATION.type().form());
    assertEquals(ParameterType.Form.KINDS, ParameterKey.UPLIFT_APPLIES_TO.type().form());
    assertEquals(1200, ParameterKey.LIMIT_CLAIM_WINDOW_MONTHS.type().max());
    ScheduleVersion v = SubsidySchedule.jinjiang().versions().get(0);
    Parameter<Integer> total = v.parameter(ParameterKey.LIMIT_TOTAL);
    // Schedule JSON holds 0 to 1000 subsidies per person; a version built in code holds no more.
    ScheduleVersion.Builder b = ScheduleVersion.builder().from(v).putParameter(ParameterKey.LIMIT_TOTAL, total.withValue(1001));
    assertThrows(IllegalStateException.class, b::build);
  }

  @Test
  void builtInCode_overlappingVersions_areRefused() {
    ScheduleVersion v = SubsidySchedule.jinjiang().versions().get(0);
    SubsidySchedule.Builder b = SubsidySchedule.builder().name("x").title("x").addVersions(v, v.withId("other"));
    assertThrows(IllegalStateException.class, b::build);
  }
}
