package org.replyletter.jsonschema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.replyletter.Channel;
import org.replyletter.ClassificationScheme;
import org.replyletter.ContactRole;
import org.replyletter.Disclosure;
import org.replyletter.HandlingRole;
import org.replyletter.ProposerRole;
import org.replyletter.Sponsorship;
import org.replyletter.SubsidyKind;
import org.replyletter.json.internal.LetterCodecs;
import org.replyletter.json.internal.ObjectCodec;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.testing.LetterGenerators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema never drifts from the model: the codecs' declarations (members, order, required
 * members, enum identifiers) are the schema's, every letter the library writes conforms, and every
 * change to a document that the Java reader rejects the schema rejects too, at the same path, and
 * the other way round.
 */
class SchemaDriftTest {
  private static final JsonNode SCHEMA = Documents.tree(ReplyLetterSchema.replyLetter().text());
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  // ---------------------------------------------------------------------------------------------
  // Declarations

  @Test
  void rootMembers_areTheLetterCodecsMembers_inOrder_withSchemaVersionFirst() {
    List<String> expected = new ArrayList<>();
    expected.add("schemaVersion");
    for (String m : LetterCodecs.LETTER.memberNames()) {
      if (!m.equals("schemaVersion")) {
        expected.add(m);
      }
    }
    assertEquals(expected, names(SCHEMA.get("properties")));
    Set<String> required = new HashSet<>(LetterCodecs.LETTER.requiredMemberNames());
    required.add("schemaVersion");
    assertEquals(required, set(SCHEMA.get("required")));
  }

  @Test
  void everyObjectDefinition_hasItsCodecsMembers_inOrder_andRequiredMembers() {
    Map<String, ObjectCodec<?, ?>> table = Documents.CODEC_BY_DEF;
    for (Map.Entry<String, ObjectCodec<?, ?>> e : table.entrySet()) {
      JsonNode def = SCHEMA.get("$defs").get(e.getKey());
      assertNotNull(def, "no $defs/" + e.getKey());
      assertEquals(e.getValue().memberNames(), names(def.get("properties")), "members of " + e.getKey());
      assertEquals(
          new HashSet<>(e.getValue().requiredMemberNames()),
          def.has("required") ? set(def.get("required")) : Set.of(),
          "required members of " + e.getKey());
    }
  }

  @Test
  void mappingTable_coversEveryObjectCodec_andEveryObjectDefinition() throws IllegalAccessException {
    Set<Object> declared = new HashSet<>();
    for (Field f : LetterCodecs.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == ObjectCodec.class && f.get(null) != LetterCodecs.LETTER) {
        declared.add(f.get(null));
      }
    }
    assertEquals(declared, new HashSet<>(Documents.CODEC_BY_DEF.values()), "an object codec without a schema definition");
    Set<String> objectDefs = new HashSet<>();
    SCHEMA.get("$defs").properties().forEach(e -> {
      if (e.getValue().path("type").asString().equals("object")) {
        objectDefs.add(e.getKey());
      }
    });
    assertEquals(objectDefs, Documents.CODEC_BY_DEF.keySet(), "an object definition without a codec");
  }

  @Test
  void enumerations_areTheModelEnumsIdentifiers_inOrder() {
    assertEnum("/$defs/classification/properties/scheme", ClassificationScheme.values(), ClassificationScheme::id);
    assertEnum("/$defs/proposal/properties/channel", Channel.values(), Channel::id);
    assertEnum("/$defs/proposer/properties/role", ProposerRole.values(), ProposerRole::id);
    assertEnum("/$defs/proposer/properties/sponsorship", Sponsorship.values(), Sponsorship::id);
    assertEnum("/$defs/contact/properties/role", ContactRole.values(), ContactRole::id);
    assertEnum("/properties/disclosure", Disclosure.values(), Disclosure::id);
    assertEnum("/properties/handlingRole", HandlingRole.values(), HandlingRole::id);
    assertEnum("/$defs/statedSubsidy/properties/kinds/items", SubsidyKind.values(), SubsidyKind::id);
    // No other enumeration hides in the schema without being compared here.
    List<String> enums = new ArrayList<>();
    collectEnums(SCHEMA, "", enums);
    assertEquals(8, enums.size(), "enumerations in the schema: " + enums);
  }

  @Test
  void schemaVersionWritten_isTheCurrentVersion_andThe$idsVersion() {
    assertEquals("1.1", ReplyLetterJson.SCHEMA_VERSION);
    assertTrue(ReplyLetterSchema.replyLetter().id().contains("/" + ReplyLetterJson.SCHEMA_VERSION + "/"));
  }

  // ---------------------------------------------------------------------------------------------
  // Behaviour

  @Test
  void everyGeneratedLetter_conformsToTheSchema() {
    qt().withExamples(200)
        .forAll(LetterGenerators.letters())
        .checkAssert(letter -> {
          byte[] json = ReplyLetterJson.defaults().write(letter);
          assertEquals(List.of(), Documents.schemaFindings(json), new String(json, java.nio.charset.StandardCharsets.UTF_8));
        });
  }

  @Test
  void lettersWithEdgeCaseTexts_conformToTheSchema() {
    qt().withExamples(100)
        .forAll(LetterGenerators.lettersWithEdgeCaseTexts())
        .checkAssert(letter -> assertEquals(List.of(), Documents.schemaFindings(ReplyLetterJson.defaults().write(letter))));
  }

  /**
   * For generated letters, every kind of object in the document (the first two of each) gets every mutation: each required member
   * removed, an unknown member added, and each member replaced by a value of every JSON type
   * (null included), by bad list elements, and, for integers, by the boundary values. Reader and
   * schema must agree on each.
   */
  @Test
  void everyMutation_isAcceptedOrRejectedAlike_atTheSamePaths() {
    qt().withExamples(10)
        .forAll(LetterGenerators.letters())
        .checkAssert(letter -> {
          JsonNode doc = Documents.tree(ReplyLetterJson.defaults().write(letter));
          mutateEverywhere((ObjectNode) doc, doc, "", LetterCodecs.LETTER, new java.util.HashMap<>());
        });
  }

  @Test
  void rootMutations_agree() {
    JsonNode doc = Documents.tree("{\"schemaVersion\":\"1.0\"}");
    Documents.assertAgree(doc, "minimal letter");
    for (JsonNode v : List.<JsonNode>of(NODES.nullNode(), NODES.numberNode(1), NODES.stringNode("2.0"),
        NODES.stringNode("1.10000"), NODES.stringNode("1."), NODES.stringNode(" 1.0"), NODES.stringNode("1.0\n"),
        NODES.stringNode("1"), NODES.stringNode("1.9999"), NODES.stringNode("１.0"))) {
      ObjectNode m = ((ObjectNode) doc).deepCopy();
      m.set("schemaVersion", v);
      Documents.assertAgree(m, "schemaVersion = " + v);
    }
    Documents.assertAgree(Documents.tree("{}"), "no schemaVersion");
    for (String notAnObject : List.of("[]", "\"letter\"", "1", "true", "null")) {
      Documents.assertAgree(Documents.tree(notAnObject), "root " + notAnObject);
    }
  }

  /** JSON Schema counts 1.0 as an integer (draft 2020-12 §6.3); the Java reader wants 1. A known, documented difference. */
  @Test
  void integerWrittenWithAFraction_isTheOneKnownDifference() {
    byte[] json = ("{\"schemaVersion\":\"1.0\",\"proposal\":{\"channel\":\"cppcc-proposal\",\"body\":\"晋江市政协\","
        + "\"term\":14.0,\"number\":\"3\"}}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(List.of("/proposal/term"), Documents.readerFindings(json).stream().map(f -> f.path()).toList());
    assertEquals(List.of(), Documents.schemaFindings(json));
  }

  private void mutateEverywhere(
      ObjectNode root, JsonNode node, String pointer, ObjectCodec<?, ?> codec, Map<ObjectCodec<?, ?>, Integer> visits) {
    // The first two objects of each kind per document: enough to vary context, and fast.
    if (visits.merge(codec, 1, Integer::sum) > 2) {
      return;
    }
    ObjectNode here = (ObjectNode) root.at(pointer);
    // Missing required members.
    for (String m : codec.requiredMemberNames()) {
      ObjectNode copy = root.deepCopy();
      ((ObjectNode) copy.at(pointer)).remove(m);
      Documents.assertAgree(copy, "remove " + pointer + "/" + m);
    }
    // An unknown member, and one with a name that needs escaping in a pointer.
    for (String unknown : List.of("unknownMember", "a/b~c")) {
      ObjectNode copy = root.deepCopy();
      ((ObjectNode) copy.at(pointer)).put(unknown, "x");
      Documents.assertAgree(copy, "add " + pointer + "/" + unknown);
    }
    // Every member, present or not, replaced by values of every type.
    for (String m : codec.memberNames()) {
      if (m.equals("schemaVersion")) {
        continue;
      }
      for (JsonNode v : probes(here.get(m))) {
        ObjectNode copy = root.deepCopy();
        ((ObjectNode) copy.at(pointer)).set(m, v);
        Documents.assertAgree(copy, "set " + pointer + "/" + m + " = " + v);
      }
    }
    // Recurse into present objects and arrays of objects.
    for (String m : codec.memberNames()) {
      JsonNode child = here.get(m);
      ObjectCodec<?, ?> childCodec = codecUnder(m);
      if (child == null || childCodec == null) {
        continue;
      }
      String childPointer = pointer + "/" + m;
      if (child.isObject()) {
        mutateEverywhere(root, child, childPointer, childCodec, visits);
      } else if (child.isArray()) {
        for (int i = 0; i < child.size(); i++) {
          mutateEverywhere(root, child.get(i), childPointer + "/" + i, childCodec, visits);
        }
      }
    }
  }

  /** The codec for the objects a member holds, by the schema definition its property refers to. */
  private static ObjectCodec<?, ?> codecUnder(String member) {
    Map<String, String> defByMember = Map.ofEntries(
        Map.entry("classification", "classification"),
        Map.entry("proposal", "proposal"),
        Map.entry("addressees", "proposer"),
        Map.entry("sections", "section"),
        Map.entry("notImplementable", "notImplementableItem"),
        Map.entry("disposition", "disposition"),
        Map.entry("statedSubsidies", "statedSubsidy"),
        Map.entry("suggestions", "suggestion"),
        Map.entry("checklist", "checklist"),
        Map.entry("cc", "ccGroup"),
        Map.entry("contacts", "contact"));
    String def = defByMember.get(member);
    return def == null ? null : Documents.CODEC_BY_DEF.get(def);
  }

  /**
   * Values of every JSON type; for an integer or an absent member, the range boundaries; for a list
   * or an absent member, bad elements; for a string, near misses of the current value.
   */
  private static List<JsonNode> probes(JsonNode current) {
    Set<JsonNode> values = new LinkedHashSet<>();
    values.add(NODES.nullNode());
    values.add(NODES.booleanNode(true));
    values.add(NODES.numberNode(12));
    values.add(NODES.numberNode(1.5));
    values.add(NODES.stringNode("text"));
    values.add(NODES.objectNode());
    values.add(NODES.arrayNode());
    if (current == null || current.isIntegralNumber()) {
      for (long n : new long[] {-1, 0, 1, 999, 1000, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L}) {
        values.add(NODES.numberNode(n));
      }
    }
    if (current == null || current.isArray()) {
      ArrayNode withNull = NODES.arrayNode();
      withNull.addNull();
      values.add(withNull);
      ArrayNode withText = NODES.arrayNode();
      withText.add("text");
      values.add(withText);
      ArrayNode withObject = NODES.arrayNode();
      withObject.addObject();
      values.add(withObject);
      ArrayNode withNumber = NODES.arrayNode();
      withNumber.add(7);
      values.add(withNumber);
    }
    if (current != null && current.isString()) {
      String s = current.stringValue();
      values.add(NODES.stringNode(s.toUpperCase(java.util.Locale.ROOT)));
      values.add(NODES.stringNode(s + "x"));
      values.add(NODES.stringNode(""));
    }
    return new ArrayList<>(values);
  }

  // ---------------------------------------------------------------------------------------------

  private static List<String> names(JsonNode properties) {
    List<String> names = new ArrayList<>();
    properties.propertyNames().forEach(names::add);
    return names;
  }

  private static Set<String> set(JsonNode array) {
    Set<String> s = new HashSet<>();
    array.forEach(n -> s.add(n.stringValue()));
    return s;
  }

  private static <E> void assertEnum(String pointer, E[] constants, Function<E, String> id) {
    List<String> expected = new ArrayList<>();
    for (E e : constants) {
      expected.add(id.apply(e));
    }
    List<String> actual = new ArrayList<>();
    SCHEMA.at(pointer).get("enum").forEach(n -> actual.add(n.stringValue()));
    assertEquals(expected, actual, pointer);
  }

  private static void collectEnums(JsonNode node, String pointer, List<String> out) {
    if (node.isObject()) {
      if (node.has("enum")) {
        out.add(pointer);
      }
      node.properties().forEach(e -> collectEnums(e.getValue(), pointer + "/" + e.getKey(), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectEnums(node.get(i), pointer + "/" + i, out);
      }
    }
  }
}
