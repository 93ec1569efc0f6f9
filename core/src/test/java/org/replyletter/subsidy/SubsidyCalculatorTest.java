package org.replyletter.subsidy;

import org.replyletter.StatedSubsidy;
import org.replyletter.SubsidyKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.ReplyLetter;
import org.replyletter.Money;
import org.replyletter.json.JsonInputException;
import org.replyletter.diagnostics.Finding;

/** The calculator: explanations, the fast path, batches, threads, requests as JSON, derived versions. */
class SubsidyCalculatorTest {
  private static final SubsidyCalculator JINJIANG = SubsidyCalculator.of(SubsidySchedule.jinjiang());

  private static SubsidyRequest seniorTechnicianManufacturing() {
    return Requests.request(
        Requests.eligibleApplicant().addPriorityGroup("就业困难人员").build(),
        Requests.claim(SubsidyKind.SKILL_LEVEL_CERTIFICATE, SkillLevel.LEVEL_1)
            .shortageCategory(ShortageCategory.PRODUCTION_MANUFACTURING)
            .build());
  }

  @Test
  void explanation_startsWithTheVersion_readsParametersWithSources_endsWithTheResult() {
    SubsidyDecision d = JINJIANG.decide(seniorTechnicianManufacturing());
    assertTrue(d.eligible());
    assertEquals(Money.ofYuan(3900), d.amount());
    assertEquals(Optional.of(Payee.INDIVIDUAL), d.payee());
    assertEquals(Optional.of(RoundingRule.HALF_UP_TO_YUAN), d.rounding());
    List<DecisionStep> steps = d.explanation();
    assertEquals(StepKind.VERSION, steps.get(0).kind());
    assertEquals("SUB-VER-005", steps.get(0).code());
    assertEquals("SUB-VER-001", steps.get(1).code());
    assertEquals(StepKind.RESULT, steps.get(steps.size() - 1).kind());
    // Every parameter step carries its value and source; every condition passed.
    for (DecisionStep s : steps) {
      if (s.kind() == StepKind.PARAMETER && !s.messageKey().equals("SUB-PAR-002.none")) {
        assertTrue(s.parameter().isPresent() && s.value().isPresent() && s.source().isPresent(), s::toString);
      }
      if (s.kind() == StepKind.CONDITION && !s.code().equals("SUB-OCC-001")) {
        assertTrue(s.outcome() == Outcome.PASSED || s.outcome() == Outcome.NOTED, s::toString);
      }
    }
    // 晋江 has no shortage catalogue: the claimed class is applied, with a warning, never silently.
    assertEquals(List.of("SUB-OCC-001"), d.warnings());
    List<String> codes = steps.stream().map(DecisionStep::code).toList();
    assertTrue(codes.contains("SUB-AMT-005"), "two uplifts apply, the largest alone: " + codes);
    DecisionStep cap = steps.stream().filter(s -> s.parameter().equals(Optional.of("amount.cap"))).findFirst().orElseThrow();
    assertEquals(Optional.of("3900元"), cap.value());
    assertEquals(Reliability.LETTER, cap.source().orElseThrow().reliability());
    DecisionStep combination =
        steps.stream().filter(s -> s.parameter().equals(Optional.of("uplift.combination"))).findFirst().orElseThrow();
    assertTrue(combination.message(Locale.ENGLISH).contains("an assumption"), combination.message(Locale.ENGLISH));
    // A parameter is read before the condition that uses it.
    assertTrue(codes.indexOf("SUB-ELIG-004") > indexOfParameter(steps, "eligibility.exclude-pensioners"));
  }

  private static int indexOfParameter(List<DecisionStep> steps, String key) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).parameter().equals(Optional.of(key))) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void explanation_rendersInBothLanguages() {
    SubsidyDecision d = JINJIANG.decide(seniorTechnicianManufacturing());
    List<String> zh = d.explain(Locale.SIMPLIFIED_CHINESE);
    List<String> en = d.explain(Locale.ENGLISH);
    assertEquals("符合条件：补贴 3900元，发给个人", zh.get(zh.size() - 1));
    assertEquals("Eligible: 3900元, paid to the individual", en.get(en.size() - 1));
    assertTrue(zh.contains("有 2 项上浮适用，不叠加，只取最高一项：紧缺工种（生产制造类） +30%"), zh::toString);
    assertTrue(en.contains("3000元 × 1.3 = 3900元, rounded half up to whole yuan: 3900元"), en::toString);
  }

  @Test
  void refusal_listsEveryFailedCondition_andPaysNothing() {
    SubsidyRequest r = Requests.request(
        Requests.eligibleApplicant().receivesPension(true).publicSectorStaff(true).build(),
        Requests.claim(SubsidyKind.SPECIAL_ABILITY_CERTIFICATE, null).paidBySkillUpgradeSubsidy(true).build());
    SubsidyDecision d = JINJIANG.decide(r);
    assertFalse(d.eligible());
    assertEquals(Money.ZERO, d.amount());
    assertTrue(d.payee().isEmpty());
    assertEquals(List.of("SUB-ELIG-002", "SUB-ELIG-004", "SUB-LIM-005"), d.reasons());
    assertTrue(d.explanation().stream().noneMatch(s -> s.kind() == StepKind.CALCULATION));
    assertEquals("不符合条件：3 项条件未通过（SUB-ELIG-002, SUB-ELIG-004, SUB-LIM-005）",
        d.explanation().get(d.explanation().size() - 1).message(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void noVersionInForce_isARefusalWithAReason() {
    SubsidyRequest r = seniorTechnicianManufacturing();
    SubsidyDecision d = JINJIANG.decide(r.withDecisionDate(LocalDate.of(2024, 6, 30))
        .withClaim(r.claim().withIssueDate(LocalDate.of(2024, 6, 1))));
    assertEquals(List.of(SubsidyCalculator.NO_VERSION), d.reasons());
    assertTrue(d.version().isEmpty());
    // The selection rule, the refusal naming the versions that exist, the note that only the
    // conditions reading no parameter follow, the issue-date check, the result.
    assertEquals(List.of("SUB-VER-005", "SUB-VER-002", "SUB-VER-007", "SUB-LIM-006", "SUB-DEC-002"),
        d.explanation().stream().map(DecisionStep::code).toList());
    assertEquals("按证书颁发日期 2024-06-01，补贴标准 jinjiang 没有有效的版本（辖区：任意）；现有版本：jinjiang-2024-07-01 (晋江市, 2024-07-01 – )",
        d.explanation().get(1).message(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void batch_decidesInOrder_withOrWithoutExplanation() {
    List<SubsidyRequest> requests = sample(500, 7);
    List<SubsidyDecision> full = JINJIANG.decideAll(requests, true);
    List<SubsidyDecision> fast = JINJIANG.decideAll(requests, false);
    assertEquals(requests.size(), full.size());
    for (int i = 0; i < requests.size(); i++) {
      assertEquals(JINJIANG.decide(requests.get(i)), full.get(i));
      assertEquals(full.get(i).withExplanation(List.of()), fast.get(i));
    }
  }

  @Test
  void eightThreads_decideExactlyAsSequentially() throws Exception {
    List<SubsidyRequest> requests = sample(2000, 11);
    List<SubsidyDecision> sequential = JINJIANG.decideAll(requests, true);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<SubsidyDecision>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        boolean explain = t % 2 == 0;
        futures.add(pool.submit(() -> JINJIANG.decideAll(requests, explain)));
      }
      for (int t = 0; t < 8; t++) {
        List<SubsidyDecision> got = futures.get(t).get(60, TimeUnit.SECONDS);
        for (int i = 0; i < requests.size(); i++) {
          SubsidyDecision expected = t % 2 == 0 ? sequential.get(i) : sequential.get(i).withExplanation(List.of());
          assertEquals(expected, got.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Reproducible random requests. */
  private static List<SubsidyRequest> sample(int n, long seed) {
    java.util.Random random = new java.util.Random(seed);
    List<SubsidyRequest> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(Requests.random(random));
    }
    return out;
  }

  @Test
  void request_roundTripsThroughJson() {
    for (SubsidyRequest r : sample(200, 3)) {
      assertEquals(r, SubsidyJson.defaults().readRequest(SubsidyJson.defaults().writeRequest(r), "r.json"));
    }
  }

  @Test
  void request_isReadStrictly_reportingEveryProblemLocated() {
    String json = "{\n  \"decisionDate\": \"2025-02-29\",\n  \"applicant\": {\"age\": 30, \"pension\": true},\n"
        + "  \"claim\": {\"kind\": \"skill-level-certificate\", \"occupation\": \"电工\", \"level\": \"level-6\","
        + " \"issueDate\": \"2025-01-01\", \"providerQualified\": true}\n}\n";
    JsonInputException e = assertThrows(
        JsonInputException.class, () -> SubsidyJson.defaults().readRequest(json.getBytes(StandardCharsets.UTF_8), "req.json"));
    assertEquals(
        List.of("/decisionDate", "/applicant/pension", "/claim/level"),
        e.findings().stream().map(Finding::path).toList());
    assertEquals(List.of(2, 3, 4), e.findings().stream().map(f -> f.line().getAsInt()).toList());
    assertTrue(e.getMessage().startsWith("req.json:2:"), e.getMessage());
  }

  @Test
  void request_withoutLevelForASkillLevelCertificate_isRefusedByTheModel() {
    assertThrows(IllegalStateException.class,
        () -> Claim.builder().kind(SubsidyKind.SKILL_LEVEL_CERTIFICATE).occupation("电工")
            .issueDate(LocalDate.of(2025, 1, 1)).providerQualified(true).build());
    assertThrows(IllegalStateException.class, () -> Applicant.builder().build());
  }

  @Test
  void statedSubsidies_ofTheLetter_deriveAVersion() {
    Source letter = Source.builder().id("letter").document("晋残函〔2024〕7号").issuer("晋江市残疾人联合会")
        .reliability(Reliability.LETTER).build();
    ScheduleVersion base = SubsidySchedule.jinjiang().versions().get(0);
    List<StatedSubsidy> stated = List.of(
        StatedSubsidy.fixed(Money.ofYuan(1000), SubsidyKind.EMPLOYMENT_SKILLS_TRAINING),
        StatedSubsidy.fixed(Money.ofYuan(1200), SubsidyKind.ENTREPRENEURSHIP_TRAINING),
        StatedSubsidy.fixed(Money.ofYuan(500), SubsidyKind.COMPLETION_CERTIFICATE, SubsidyKind.SPECIAL_ABILITY_CERTIFICATE),
        StatedSubsidy.levelRange(Money.ofYuan(700), Money.ofYuan(3000)),
        StatedSubsidy.cap(Money.ofYuan(3900)));
    ScheduleVersion derived = ScheduleVersion.fromStatedSubsidies("letter-2024", LocalDate.of(2024, 7, 1), letter, stated, base);
    assertEquals(letter, derived.parameter(ParameterKey.AMOUNT_LEVEL_1).source());
    assertEquals(letter, derived.parameter(ParameterKey.CAP).source());
    assertEquals(base.parameter(ParameterKey.AMOUNT_LEVEL_3), derived.parameter(ParameterKey.AMOUNT_LEVEL_3));
    SubsidySchedule schedule = SubsidySchedule.builder().name("letter").title("答复函").addVersion(derived).build();
    assertEquals(Money.ofYuan(3900), SubsidyCalculator.of(schedule).decide(seniorTechnicianManufacturing()).amount());
    // A letter that contradicts the base's inner levels, or a source that is not the letter, is refused.
    assertThrows(IllegalArgumentException.class, () -> ScheduleVersion.fromStatedSubsidies("x", LocalDate.of(2024, 7, 1),
        letter, List.of(StatedSubsidy.levelRange(Money.ofYuan(700), Money.ofYuan(1200))), base));
    assertThrows(IllegalArgumentException.class, () -> ScheduleVersion.fromStatedSubsidies("x", LocalDate.of(2024, 7, 1),
        letter.withReliability(Reliability.REPORT), stated, base));
  }

  @Test
  void seedLetter_carriesItsStatedSubsidies_andTheyDeriveTheLettersSchedule() {
    ReplyLetter seed =
        ReplyLetterJson.defaults().read(Path.of("..", "examples", "letters", "jinjiang-2024-7.json"));
    List<StatedSubsidy> stated =
        seed.checklist().orElseThrow().suggestions().get(3).disposition().statedSubsidies();
    // 1000 / 1200 / 500 for both certificates / 700-3000 by level / cap 3900, each quoting the letter.
    assertEquals(5, stated.size());
    assertEquals(List.of(SubsidyKind.COMPLETION_CERTIFICATE, SubsidyKind.SPECIAL_ABILITY_CERTIFICATE), stated.get(2).kinds());
    assertEquals(Money.ofYuan(3000), stated.get(3).upTo().orElseThrow());
    assertTrue(stated.get(4).isCap());
    stated.forEach(s -> assertTrue(s.quote().isPresent(), s.toString()));
    Source letter = Source.builder().id("letter").document("晋残函〔2024〕7号").issuer("晋江市残疾人联合会")
        .reliability(Reliability.LETTER).build();
    ScheduleVersion derived = ScheduleVersion.fromStatedSubsidies(
        "letter-2024", LocalDate.of(2024, 7, 1), letter, stated, SubsidySchedule.jinjiang().versions().get(0));
    assertEquals(Money.ofYuan(1200), derived.value(ParameterKey.amountOf(SubsidyKind.ENTREPRENEURSHIP_TRAINING, java.util.Optional.empty())));
    assertEquals(letter, derived.parameter(ParameterKey.CAP).source());
    SubsidySchedule schedule = SubsidySchedule.builder().name("letter").title("答复函").addVersion(derived).build();
    assertEquals(Money.ofYuan(3900), SubsidyCalculator.of(schedule).decide(seniorTechnicianManufacturing()).amount());
  }

  @Test
  void requestsAndDecisions_carryTheirSchemaVersion_andAnUnsupportedOneIsRefused() {
    SubsidyRequest request = seniorTechnicianManufacturing();
    String json = new String(SubsidyJson.defaults().writeRequest(request), StandardCharsets.UTF_8);
    assertTrue(json.startsWith("{\n  \"schemaVersion\": \"1.1\","), json);
    assertEquals(request, SubsidyJson.defaults().readRequest(SubsidyJson.defaults().writeRequest(request), "request.json"));
    String decision = new String(SubsidyJson.defaults().writeDecision(JINJIANG.decide(request), Locale.ENGLISH), StandardCharsets.UTF_8);
    assertTrue(decision.startsWith("{\n  \"schemaVersion\": \"1.1\","), decision);
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SubsidyJson.defaults().readRequest(json.replace("\"1.1\"", "\"2.0\"").getBytes(StandardCharsets.UTF_8), "request.json"));
    assertEquals("RL-JSON-008", e.findings().get(0).code());
  }

  @Test
  void decisionJson_isDeterministic_andCarriesMessages() {
    SubsidyDecision d = JINJIANG.decide(seniorTechnicianManufacturing());
    String json = new String(SubsidyJson.defaults().writeDecision(d, Locale.ENGLISH), StandardCharsets.UTF_8);
    assertEquals(json, new String(SubsidyJson.defaults().writeDecision(JINJIANG.decide(seniorTechnicianManufacturing()), Locale.ENGLISH), StandardCharsets.UTF_8));
    assertTrue(json.contains("\"amount\": \"3900元\""), json);
    assertTrue(json.contains("\"message\": \"Eligible: 3900元, paid to the individual\""), json);
  }
}
