package org.replyletter.jsonschema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.replyletter.SubsidyKind;
import org.replyletter.subsidy.Outcome;
import org.replyletter.subsidy.ParameterKey;
import org.replyletter.subsidy.Payee;
import org.replyletter.subsidy.Reliability;
import org.replyletter.subsidy.VersionBasis;
import org.replyletter.subsidy.RoundingRule;
import org.replyletter.subsidy.StepKind;
import org.replyletter.subsidy.SubsidyCalculator;
import org.replyletter.subsidy.SubsidyDecision;
import org.replyletter.subsidy.SubsidyJson;
import org.replyletter.subsidy.SubsidyRequest;
import org.replyletter.subsidy.SubsidySchedule;
import org.replyletter.diagnostics.Finding;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The decision schema describes exactly what {@link org.replyletter.subsidy.SubsidyJson#writeDecision} writes (the library
 * writes decisions and has no reader for them): every decision the calculator makes for the example
 * requests and for requests varied over kinds, levels, shortage classes, priority groups and dates,
 * with both bundled schedules and in both languages, conforms; the members written are the schema's,
 * in its order, and every member of the schema is written by some decision; the enumerations are the
 * model's; and documents the writer never produces are rejected.
 */
class SubsidyDecisionSchemaTest {
  private static final ReplyLetterSchema SCHEMA = ReplyLetterSchema.named(ReplyLetterSchema.SUBSIDY_DECISION);
  private static final JsonNode TREE = Documents.tree(SCHEMA.text());
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Decisions in both languages: the example requests and variations, by both bundled schedules. */
  static List<byte[]> decisions() {
    List<SubsidyRequest> requests = new ArrayList<>();
    for (var file : SubsidyDocuments.exampleRequests()) {
      requests.add(SubsidyJson.defaults().readRequest(file));
    }
    ObjectNode base = (ObjectNode) Documents.tree(SubsidyDocuments.read(SubsidyDocuments.EXAMPLE_REQUESTS.resolve("retired-60.json")));
    int n = 0;
    for (SubsidyKind kind : SubsidyKind.values()) {
      for (String shortage : List.of("none", "comprehensive-service", "production-manufacturing")) {
        for (String date : List.of("2020-01-01", "2025-03-01", "2027-01-01")) {
          ObjectNode r = base.deepCopy();
          r.put("decisionDate", date);
          if (n++ % 2 == 0) {
            r.remove("id");
            ((ObjectNode) r.get("applicant")).putArray("priorityGroups").add("就业困难人员");
          }
          ObjectNode claim = (ObjectNode) r.get("claim");
          claim.put("kind", kind.id());
          claim.put("shortageCategory", shortage);
          claim.put("issueDate", date.equals("2020-01-01") ? "2019-12-01" : "2025-02-01");
          if (kind != SubsidyKind.SKILL_LEVEL_CERTIFICATE) {
            claim.remove("level");
          }
          if (!kind.requiresOccupation()) {
            claim.remove("occupation");
          }
          requests.add(SubsidyJson.defaults().readRequest(Documents.bytes(r), "variation"));
        }
      }
    }
    List<byte[]> out = new ArrayList<>();
    for (SubsidySchedule schedule : List.of(SubsidySchedule.jinjiang(), SubsidySchedule.xiamen())) {
      SubsidyCalculator calc = SubsidyCalculator.of(schedule);
      for (int i = 0; i < requests.size(); i++) {
        SubsidyDecision d = calc.decide(requests.get(i));
        out.add(SubsidyJson.defaults().writeDecision(d, i % 2 == 0 ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH));
        if (i % 5 == 0) {
          out.add(SubsidyJson.defaults().writeDecision(calc.decideWithoutExplanation(requests.get(i)), Locale.ENGLISH));
        }
      }
    }
    return out;
  }

  @Test
  void everyDecisionWritten_conforms_withTheSchemasMembersInOrder_andEveryMemberOccurs() {
    Map<String, Set<String>> seen = new LinkedHashMap<>();
    int eligible = 0;
    int refused = 0;
    for (byte[] json : decisions()) {
      List<Finding> findings = SCHEMA.validate(json);
      assertEquals(List.of(), findings, new String(json, StandardCharsets.UTF_8));
      JsonNode d = Documents.tree(json);
      if (d.get("eligible").asBoolean()) {
        eligible++;
      } else {
        refused++;
      }
      checkOrder(d, TREE, "", seen);
      for (JsonNode step : d.get("explanation")) {
        checkOrder(step, TREE.at("/$defs/step"), "/$defs/step", seen);
        if (step.has("source")) {
          checkOrder(step.get("source"), TREE.at("/$defs/source"), "/$defs/source", seen);
        }
      }
    }
    assertTrue(eligible > 10 && refused > 10, eligible + " eligible, " + refused + " refused");
    for (String def : List.of("", "/$defs/step", "/$defs/source")) {
      assertEquals(
          new LinkedHashSet<>(SubsidyDocuments.names(TREE.at(def + "/properties"))), seen.get(def),
          "members of " + def + " that no decision writes");
    }
  }

  /** The object's members are the definition's, in the definition's order. */
  private static void checkOrder(JsonNode object, JsonNode def, String at, Map<String, Set<String>> seen) {
    List<String> declared = SubsidyDocuments.names(def.get("properties"));
    int last = -1;
    for (String m : SubsidyDocuments.names(object)) {
      int i = declared.indexOf(m);
      assertTrue(i > last, m + " out of order or undeclared in " + at + ": " + object);
      last = i;
      seen.computeIfAbsent(at, k -> new LinkedHashSet<>()).add(m);
    }
  }

  @Test
  void enumerations_areTheModelsIdentifiers() {
    assertEnum("/properties/payee", Payee.values(), Payee::id);
    assertEnum("/properties/rounding", RoundingRule.values(), RoundingRule::id);
    assertEnum("/$defs/step/properties/kind", StepKind.values(), StepKind::id);
    assertEnum("/$defs/step/properties/outcome", Outcome.values(), Outcome::id);
    assertEnum("/$defs/source/properties/reliability", Reliability.values(), Reliability::id);
    List<String> keys = new ArrayList<>();
    ParameterKey.values().forEach(k -> keys.add(k.id()));
    keys.add("shortageCatalogue"); // the version's catalogue and counting rule, read like parameters
    keys.add("counting");
    assertEnum("/properties/versionBasis", VersionBasis.values(), VersionBasis::id);
    List<String> actual = new ArrayList<>();
    TREE.at("/$defs/step/properties/parameter/enum").forEach(n -> actual.add(n.stringValue()));
    assertEquals(keys, actual);
  }

  private static <E> void assertEnum(String pointer, E[] constants, Function<E, String> id) {
    List<String> expected = new ArrayList<>();
    for (E e : constants) {
      expected.add(id.apply(e));
    }
    List<String> actual = new ArrayList<>();
    TREE.at(pointer).get("enum").forEach(n -> actual.add(n.stringValue()));
    assertEquals(expected, actual, pointer);
  }

  /** Documents the writer never produces are rejected, each at the member concerned and nowhere else. */
  @Test
  void mutations_areRejected_atTheirPaths() {
    SubsidyCalculator calc = SubsidyCalculator.of(SubsidySchedule.jinjiang());
    ObjectNode paid = (ObjectNode) Documents.tree(
        SubsidyJson.defaults().writeDecision(
            calc.decide(SubsidyJson.defaults().readRequest(SubsidyDocuments.EXAMPLE_REQUESTS.resolve("senior-technician-manufacturing.json"))),
            Locale.ENGLISH));
    assertTrue(paid.get("eligible").asBoolean());
    int stepWithSource = -1;
    for (int i = 0; i < paid.get("explanation").size(); i++) {
      if (paid.get("explanation").get(i).has("source")) {
        stepWithSource = i;
        break;
      }
    }
    assertTrue(stepWithSource >= 0);
    String step = "/explanation/" + stepWithSource;
    Map<String, JsonNode> bad = new LinkedHashMap<>();
    bad.put("/eligible", null);
    bad.put("/amount", null);
    bad.put("/reasons", null);
    bad.put("/explanation", null);
    bad.put(step + "/kind", null);
    bad.put(step + "/code", null);
    bad.put(step + "/outcome", null);
    bad.put(step + "/message", null);
    bad.put(step + "/source/id", null);
    bad.put(step + "/source/reliability", null);
    for (Map.Entry<String, JsonNode> e : bad.entrySet()) {
      ObjectNode m = paid.deepCopy();
      ((ObjectNode) m.at(parent(e.getKey()))).remove(last(e.getKey()));
      assertRejectedAt(m, e.getKey(), "RL-SCHEMA-002");
    }
    Object[][] values = {
        {"/eligible", NODES.stringNode("true"), "RL-SCHEMA-001"},
        {"/eligible", NODES.nullNode(), "RL-SCHEMA-001"},
        {"/amount", NODES.stringNode("3900"), "RL-SCHEMA-005"},
        {"/amount", NODES.stringNode("39.001元"), "RL-SCHEMA-005"},
        {"/amount", NODES.numberNode(3900), "RL-SCHEMA-001"},
        {"/payee", NODES.stringNode("person"), "RL-SCHEMA-004"},
        {"/rounding", NODES.stringNode("half-even"), "RL-SCHEMA-004"},
        {"/requestId", NODES.nullNode(), "RL-SCHEMA-001"},
        {"/reasons", NODES.stringNode("SUB-LIM-001"), "RL-SCHEMA-001"},
        {step + "/kind", NODES.stringNode("Parameter"), "RL-SCHEMA-004"},
        {step + "/code", NODES.stringNode("sub-par-001"), "RL-SCHEMA-005"},
        {step + "/outcome", NODES.stringNode("ok"), "RL-SCHEMA-004"},
        {step + "/parameter", NODES.stringNode("amount.unknown"), "RL-SCHEMA-004"},
        {step + "/value", NODES.numberNode(3900), "RL-SCHEMA-001"},
        {step + "/source/reliability", NODES.stringNode("rumour"), "RL-SCHEMA-004"},
        {step + "/source/url", NODES.nullNode(), "RL-SCHEMA-001"},
        {"/unknownMember", NODES.stringNode("x"), "RL-SCHEMA-003"},
        {step + "/unknownMember", NODES.stringNode("x"), "RL-SCHEMA-003"},
        {step + "/source/unknownMember", NODES.stringNode("x"), "RL-SCHEMA-003"},
    };
    for (Object[] v : values) {
      String pointer = (String) v[0];
      ObjectNode m = paid.deepCopy();
      ((ObjectNode) m.at(parent(pointer))).set(last(pointer), (JsonNode) v[1]);
      assertRejectedAt(m, pointer, (String) v[2]);
    }
    // The model's rules: eligible exactly when no reason; a refusal pays nothing to no one.
    ObjectNode withReason = paid.deepCopy();
    ((ArrayNode) withReason.get("reasons")).add("SUB-LIM-001");
    assertRejectedAt(withReason, "/reasons", "RL-SCHEMA-009");
    ObjectNode refusedButPaid = paid.deepCopy();
    refusedButPaid.put("eligible", false);
    ((ArrayNode) refusedButPaid.get("reasons")).add("SUB-LIM-001");
    List<Finding> f = SCHEMA.validate(Documents.bytes(refusedButPaid));
    assertEquals(Set.of("/amount", "/payee"), Documents.paths(f), Documents.describe(f));
    ObjectNode refusedWithoutReason = paid.deepCopy();
    refusedWithoutReason.put("eligible", false);
    refusedWithoutReason.put("amount", "0元");
    refusedWithoutReason.remove("payee");
    assertRejectedAt(refusedWithoutReason, "/reasons", "RL-SCHEMA-009");
    ((ArrayNode) refusedWithoutReason.get("reasons")).add("SUB-LIM-001");
    assertEquals(List.of(), SCHEMA.validate(Documents.bytes(refusedWithoutReason)));
  }

  private static void assertRejectedAt(JsonNode document, String pointer, String code) {
    List<Finding> findings = SCHEMA.validate(Documents.bytes(document));
    assertFalse(findings.isEmpty(), pointer + " " + document);
    assertEquals(Set.of(pointer), Documents.paths(findings), "one problem, at its member: " + Documents.describe(findings));
    assertTrue(
        findings.stream().anyMatch(f -> f.path().equals(pointer) && f.code().equals(code)),
        code + " at " + pointer + ": " + Documents.describe(findings));
  }

  private static String parent(String pointer) {
    return pointer.substring(0, pointer.lastIndexOf('/'));
  }

  private static String last(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1);
  }
}
