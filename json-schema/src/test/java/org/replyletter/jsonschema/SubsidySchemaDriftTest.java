package org.replyletter.jsonschema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.replyletter.json.internal.Codec;
import org.replyletter.json.internal.Codecs;
import org.replyletter.json.internal.LetterCodecs;
import org.replyletter.json.internal.ObjectCodec;
import org.replyletter.jsonschema.SubsidyDocuments.Form;
import org.replyletter.subsidy.internal.SubsidyCodecs;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The subsidy schedule and request schemas never drift from the Java readers: every object codec
 * the readers use has its schema definition with the same members, in the same order, and the same
 * required members; every member has the codec's JSON type, enumeration, range and value form; the
 * bundled schedules and the example requests conform; and every mutation the readers reject the
 * schemas reject too, at the same paths (rules across members: see {@link SubsidyDocuments#assertAgree}).
 */
class SubsidySchemaDriftTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> CONDITIONS = List.of("allOf", "anyOf", "if", "then", "else", "not");

  // ---------------------------------------------------------------------------------------------
  // Declarations

  @Test
  void scheduleSchema_hasEveryCodecsMembers_types_enumsAndRanges() {
    checkDeclarations(Form.SCHEDULE, SubsidyDocuments.scheduleCodec());
  }

  @Test
  void requestSchema_hasEveryCodecsMembers_types_enumsAndRanges() {
    checkDeclarations(Form.REQUEST, SubsidyDocuments.requestCodec());
  }

  @Test
  void everyParameter_hasItsValueForm() {
    JsonNode schema = Form.SCHEDULE.schemaTree();
    JsonNode parameters = schema.at("/$defs/parameters/properties");
    Map<String, Codec<?>> codecs = SubsidyDocuments.parameterValueCodecs();
    List<String> keys = new ArrayList<>();
    org.replyletter.subsidy.ParameterKey.values().forEach(k -> keys.add(k.id()));
    assertEquals(keys, SubsidyDocuments.names(parameters));
    assertEquals(new HashSet<>(keys), codecs.keySet());
    int money = 0;
    int rates = 0;
    for (Map.Entry<String, Codec<?>> e : codecs.entrySet()) {
      JsonNode value = resolve(schema, parameters.get(e.getKey())).at("/properties/value");
      if (e.getValue() == LetterCodecs.MONEY) {
        assertEquals("#/$defs/money", value.path("$ref").asString(), e.getKey());
        money++;
      } else if (e.getValue() == SubsidyCodecs.RATE) {
        assertEquals("#/$defs/rate", value.path("$ref").asString(), e.getKey());
        rates++;
      }
    }
    assertEquals(10, money);
    assertEquals(3, rates);
    // The money form is the reply letter's, character for character.
    assertEquals(
        Documents.tree(ReplyLetterSchema.replyLetter().text()).at("/$defs/money"), schema.at("/$defs/money"));
  }

  private static void checkDeclarations(Form form, ObjectCodec<?, ?> root) {
    JsonNode schema = form.schemaTree();
    Set<String> visitedDefs = new HashSet<>();
    Set<String> comparedEnums = new HashSet<>();
    walk(schema, schema, "", root, visitedDefs, comparedEnums);
    visitedDefs.remove("");
    Set<String> objectDefs = new HashSet<>();
    schema.get("$defs").properties().forEach(e -> {
      if (e.getValue().path("type").asString().equals("object")) {
        objectDefs.add("/$defs/" + e.getKey());
      }
    });
    assertEquals(objectDefs, visitedDefs, "object definitions without a codec, or codecs without a definition");
    List<String> enums = new ArrayList<>();
    collectEnums(schema, "", enums);
    assertEquals(new HashSet<>(enums), comparedEnums, "enumerations not compared with a codec");
  }

  /** Compares an object codec with its schema definition, member by member, recursively. */
  private static void walk(
      JsonNode schema, JsonNode def, String defPointer, ObjectCodec<?, ?> codec, Set<String> visited, Set<String> enums) {
    visited.add(defPointer);
    JsonNode properties = def.get("properties");
    assertEquals(codec.memberNames(), SubsidyDocuments.names(properties), "members of " + defPointer);
    assertEquals(
        new HashSet<>(codec.requiredMemberNames()),
        def.has("required") ? SubsidyDocuments.strings(def.get("required")) : Set.of(),
        "required members of " + defPointer);
    assertFalse(def.get("additionalProperties").asBoolean(true), "closed: " + defPointer);
    for (String m : codec.memberNames()) {
      Codec<?> mc = codec.memberCodec(m);
      if (defPointer.isEmpty() && m.equals("sources")) {
        mc = Codecs.list(SubsidyDocuments.scheduleSourceCodec()); // the source list codec keeps its element inside read
        JsonNode items = properties.get(m).get("items");
        walk(schema, resolve(schema, items), items.get("$ref").asString().substring(1),
            SubsidyDocuments.scheduleSourceCodec(), visited, enums);
        assertEquals("array", properties.get(m).get("type").asString());
        continue;
      }
      compareValue(schema, properties.get(m), defPointer + "/properties/" + m, mc, visited, enums);
    }
  }

  /** Compares a member's codec with its schema: type, enumeration, range, value form; objects recursively. */
  private static void compareValue(
      JsonNode schema, JsonNode prop, String pointer, Codec<?> codec, Set<String> visited, Set<String> enums) {
    String where = pointer;
    String ownerPointer = pointer;
    if (prop.has("$ref")) {
      ownerPointer = prop.get("$ref").asString().substring(1);
    }
    JsonNode node = resolve(schema, prop);
    assertEquals(codec.jsonType(), node.path("type").asString(), "JSON type of " + where);
    if (codec instanceof ObjectCodec<?, ?> o) {
      walk(schema, node, ownerPointer, o, visited, enums);
      return;
    }
    if (codec == Codecs.DATE) {
      assertEquals("#/$defs/date", prop.path("$ref").asString(), where);
    } else if (codec == LetterCodecs.MONEY) {
      assertEquals("#/$defs/money", prop.path("$ref").asString(), where);
    } else if (codec == SubsidyCodecs.RATE) {
      assertEquals("#/$defs/rate", prop.path("$ref").asString(), where);
    } else if (codec.toString().startsWith("schemaVersion ")) {
      // A form's own version codec names the pattern it reads; the form's schema must say the same.
      assertEquals(codec.toString().substring("schemaVersion ".length()), node.get("pattern").asString(), where);
    }
    List<String> ids = enumIds(codec);
    if (ids != null) {
      List<String> actual = new ArrayList<>();
      node.get("enum").forEach(n -> actual.add(n.stringValue()));
      assertEquals(ids, actual, "enumeration of " + where);
      enums.add(ownerPointer);
    } else {
      assertFalse(node.has("enum"), "an enumeration the codec does not have: " + where);
    }
    int[] range = integerRange(codec);
    if (range != null) {
      assertEquals(range[0], node.get("minimum").asInt(), "minimum of " + where);
      assertEquals(range[1], node.get("maximum").asInt(), "maximum of " + where);
    }
    if (codec.jsonType().equals("array")) {
      Codec<?> element = elementOf(codec);
      JsonNode items = node.get("items");
      if (element == null) {
        // The version list: its element is inside a wrapper that checks the versions together.
        ObjectCodec<?, ?> o = SubsidyDocuments.objectCodecIn(codec);
        assertNotNull(o, "element of " + where);
        compareValue(schema, items, ownerPointer + "/items", o, visited, enums);
      } else {
        compareValue(schema, items, ownerPointer + "/items", element, visited, enums);
      }
    }
  }

  private static JsonNode resolve(JsonNode schema, JsonNode prop) {
    JsonNode node = prop;
    while (node.has("$ref")) {
      node = schema.at(node.get("$ref").asString().substring(1));
      assertFalse(node.isMissingNode(), "dangling $ref " + prop);
    }
    if (node.path("type").asString().equals("array") && node.has("items") && node.get("items").has("$ref")
        && prop != node && false) {
      return node;
    }
    return node;
  }

  /** The identifiers of an enumeration codec (its id table), or null for another codec. */
  private static List<String> enumIds(Codec<?> codec) {
    for (Field f : codec.getClass().getDeclaredFields()) {
      if (Map.class.isAssignableFrom(f.getType()) && codec.jsonType().equals("string")) {
        f.setAccessible(true);
        try {
          Map<?, ?> byId = (Map<?, ?>) f.get(codec);
          if (!byId.isEmpty() && byId.values().iterator().next() instanceof Enum<?>) {
            List<String> ids = new ArrayList<>();
            byId.keySet().forEach(k -> ids.add((String) k));
            return ids;
          }
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return null;
  }

  /** The bounds of an integer codec. */
  private static int[] integerRange(Codec<?> codec) {
    if (!codec.jsonType().equals("integer")) {
      return null;
    }
    try {
      Field min = codec.getClass().getDeclaredField("val$min");
      Field max = codec.getClass().getDeclaredField("val$max");
      min.setAccessible(true);
      max.setAccessible(true);
      return new int[] {min.getInt(codec), max.getInt(codec)};
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("Codecs.integer(min, max) keeps its bounds", e);
    }
  }

  /** The element codec of a {@code Codecs.list} codec, or null for another array codec. */
  private static Codec<?> elementOf(Codec<?> codec) {
    for (Field f : codec.getClass().getDeclaredFields()) {
      if (f.getName().equals("val$element")) {
        f.setAccessible(true);
        try {
          return (Codec<?>) f.get(codec);
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return null;
  }

  /** Enumerations of members (not of conditions, which name subsets of the kinds). */
  private static void collectEnums(JsonNode node, String pointer, List<String> out) {
    if (node.isObject()) {
      if (node.has("enum")) {
        out.add(pointer);
      }
      node.properties().forEach(e -> {
        if (!CONDITIONS.contains(e.getKey())) {
          collectEnums(e.getValue(), pointer + "/" + e.getKey(), out);
        }
      });
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Published documents

  @Test
  void bundledSchedules_conformAndAreRead() {
    for (String name : SubsidyDocuments.BUNDLED_SCHEDULES) {
      byte[] json = SubsidyDocuments.bundledSchedule(name);
      assertEquals(List.of(), Form.SCHEDULE.schemaFindings(json), name);
      assertEquals(List.of(), Form.SCHEDULE.readerFindings(json), name);
    }
  }

  @Test
  void exampleRequests_conformAndAreRead() {
    for (var file : SubsidyDocuments.exampleRequests()) {
      byte[] json = SubsidyDocuments.read(file);
      assertEquals(List.of(), Form.REQUEST.schemaFindings(json), file.toString());
      assertEquals(List.of(), Form.REQUEST.readerFindings(json), file.toString());
    }
  }

  @Test
  void writtenSchedulesAndRequests_conform() {
    for (String name : SubsidyDocuments.BUNDLED_SCHEDULES) {
      byte[] written = org.replyletter.subsidy.SubsidyJson.defaults().writeSchedule(org.replyletter.subsidy.SubsidyJson.defaults().readSchedule(SubsidyDocuments.bundledSchedule(name), name));
      assertEquals(List.of(), Form.SCHEDULE.schemaFindings(written), name);
    }
    for (var file : SubsidyDocuments.exampleRequests()) {
      byte[] written = org.replyletter.subsidy.SubsidyJson.defaults().writeRequest(org.replyletter.subsidy.SubsidyJson.defaults().readRequest(file));
      assertEquals(List.of(), Form.REQUEST.schemaFindings(written), file.toString());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Mutations

  /**
   * Every kind of object in the bundled schedules (the first of each: the root, a source, a
   * version, its parameters and each of the thirty parameters) gets every mutation: each required member removed, unknown members added,
   * each member replaced by values of every JSON type, null, bad list elements, range boundaries
   * and near misses of its text. Reader and schema must agree on each.
   */
  @Test
  void scheduleMutations_agree() {
    ObjectCodec<?, ?> root = SubsidyDocuments.scheduleCodec();
    // Each kind of object once, across both schedules: 晋江's objects first, then what 厦门 adds.
    Map<ObjectCodec<?, ?>, Integer> visits = new HashMap<>();
    for (String name : SubsidyDocuments.BUNDLED_SCHEDULES) {
      ObjectNode doc = (ObjectNode) Documents.tree(SubsidyDocuments.bundledSchedule(name));
      // Short texts keep the thousand-odd copies small; the members and values stay as published.
      for (JsonNode version : doc.get("versions")) {
        ((ObjectNode) version).put("description", "d");
        version.get("parameters").forEach(p -> ((ObjectNode) p).put("note", "n").put("noteEn", "n"));
      }
      mutateEverywhere(Form.SCHEDULE, doc, "", root, visits, SubsidySchemaDriftTest::scheduleKnownDifference);
    }
  }

  @Test
  void requestMutations_agree() {
    for (var file : SubsidyDocuments.exampleRequests()) {
      JsonNode doc = Documents.tree(SubsidyDocuments.read(file));
      mutateEverywhere(Form.REQUEST, (ObjectNode) doc, "", SubsidyDocuments.requestCodec(), new HashMap<>(), (p, v) -> false);
    }
  }

  @Test
  void rootMutations_agree() {
    for (Form form : Form.values()) {
      for (String notAnObject : List.of("[]", "\"x\"", "1", "true", "null", "{}")) {
        SubsidyDocuments.assertAgree(form, Documents.tree(notAnObject), form + " root " + notAnObject);
      }
    }
    ObjectNode schedule = (ObjectNode) Documents.tree(SubsidyDocuments.bundledSchedule("xiamen"));
    for (JsonNode v : List.<JsonNode>of(NODES.stringNode("2.0"), NODES.stringNode("1"), NODES.stringNode("1.9999"),
        NODES.stringNode("1.10000"), NODES.stringNode("1.0\n"), NODES.numberNode(1))) {
      ObjectNode m = schedule.deepCopy();
      m.set("schemaVersion", v);
      SubsidyDocuments.assertAgree(Form.SCHEDULE, m, "schemaVersion = " + v);
    }
    ObjectNode noVersions = schedule.deepCopy();
    noVersions.set("versions", NODES.arrayNode());
    SubsidyDocuments.assertAgree(Form.SCHEDULE, noVersions, "no versions");
  }

  /** Rates: the reader's percentage parser and the schema's pattern accept the same texts. */
  @Test
  void rates_agree() {
    ObjectNode schedule = (ObjectNode) Documents.tree(SubsidyDocuments.bundledSchedule("jinjiang"));
    String pointer = "/versions/0/parameters/uplift.comprehensive-service";
    for (String rate : List.of("0%", "20%", "12.5%", "1000%", "1000.0%", "0001000%", "999.99999%", "00.5%",
        "1000.01%", "1001%", "%", "20", "20 %", " 20%", "20%\n", "-5%", "+5%", ".5%", "5.%", "1.2.3%", "２０%",
        "20％", "1e2%", "12345678901%", "1234567890%", "0.000000001%", "20%%")) {
      ObjectNode m = schedule.deepCopy();
      ((ObjectNode) m.at(pointer)).put("value", rate);
      SubsidyDocuments.assertAgree(Form.SCHEDULE, m, "rate " + rate);
    }
  }

  /** The model's rules across members: level, occupation and kind; birth date or age. */
  @Test
  void rulesAcrossMembers_agree() {
    ObjectNode request = (ObjectNode) Documents.tree(SubsidyDocuments.read(SubsidyDocuments.EXAMPLE_REQUESTS.resolve("fourth-claim.json")));
    for (String at : List.of("/claim", "/history/0")) {
      for (org.replyletter.SubsidyKind kind : org.replyletter.SubsidyKind.values()) {
        for (String level : new String[] {null, "level-3", "level-9"}) {
          for (JsonNode occupation : new JsonNode[] {null, NODES.stringNode(""), NODES.stringNode(" \u3000"),
              NODES.stringNode("\u00A0"), NODES.stringNode("电工"), NODES.numberNode(3)}) {
            ObjectNode m = request.deepCopy();
            ObjectNode o = (ObjectNode) m.at(at);
            o.put("kind", kind.id());
            o.remove(List.of("level", "occupation"));
            if (level != null) {
              o.put("level", level);
            }
            if (occupation != null) {
              o.set("occupation", occupation);
            }
            SubsidyDocuments.assertAgree(Form.REQUEST, m, at + " " + o);
          }
        }
      }
    }
    for (boolean birthDate : new boolean[] {true, false}) {
      for (JsonNode age : new JsonNode[] {null, NODES.numberNode(41), NODES.numberNode(151), NODES.stringNode("41")}) {
        ObjectNode m = request.deepCopy();
        ObjectNode a = (ObjectNode) m.get("applicant");
        a.remove(List.of("birthDate", "age"));
        if (birthDate) {
          a.put("birthDate", "1984-02-29");
        }
        if (age != null) {
          a.set("age", age);
        }
        SubsidyDocuments.assertAgree(Form.REQUEST, m, "applicant " + a);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Known differences: rules a JSON Schema cannot state. The reader rejects, the schema accepts.

  @Test
  void knownDifferences_areExactlyTheRulesASchemaCannotState() {
    ObjectNode schedule = (ObjectNode) Documents.tree(SubsidyDocuments.bundledSchedule("jinjiang"));
    // A parameter cites a source that is not declared.
    ObjectNode undeclared = schedule.deepCopy();
    ((ObjectNode) undeclared.at("/versions/0/parameters/amount.cap")).put("source", "nowhere");
    assertKnownDifference(undeclared, "/versions/0/parameters/amount.cap/source");
    // A source declared twice.
    ObjectNode twice = schedule.deepCopy();
    ((ArrayNode) twice.get("sources")).add(twice.get("sources").get(0).deepCopy());
    assertKnownDifference(twice, "/sources/" + (twice.get("sources").size() - 1) + "/id");
    // A version id used twice; versions of one jurisdiction that overlap.
    ObjectNode sameId = schedule.deepCopy();
    ObjectNode copy = (ObjectNode) sameId.at("/versions/0").deepCopy();
    copy.put("effectiveFrom", "2030-01-01");
    copy.remove("effectiveTo");
    ((ArrayNode) sameId.get("versions")).add(copy);
    assertKnownDifference(sameId, "/versions/1/id");
    ObjectNode overlap = schedule.deepCopy();
    ObjectNode later = (ObjectNode) overlap.at("/versions/0").deepCopy();
    later.put("id", "later");
    later.put("effectiveFrom", "2025-01-01");
    later.remove("effectiveTo");
    ((ArrayNode) overlap.get("versions")).add(later);
    assertKnownDifference(overlap, "/versions/1/effectiveFrom");
    // effectiveTo before effectiveFrom.
    ObjectNode backwards = schedule.deepCopy();
    ((ObjectNode) backwards.at("/versions/0")).put("effectiveTo", "2024-06-30");
    assertKnownDifference(backwards, "/versions/0");
    // An integer written with a fraction (JSON Schema counts 41.0 as an integer).
    byte[] request = ("{\"decisionDate\":\"2025-03-01\",\"applicant\":{\"age\":41.0},"
        + "\"claim\":{\"kind\":\"completion-certificate\",\"issueDate\":\"2025-02-10\",\"providerQualified\":true}}")
        .getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of("/applicant/age"), Form.REQUEST.readerFindings(request).stream().map(f -> f.path()).toList());
    assertEquals(List.of(), Form.REQUEST.schemaFindings(request));
  }

  private static void assertKnownDifference(JsonNode schedule, String readerPath) {
    byte[] json = Documents.bytes(schedule);
    List<String> paths = Form.SCHEDULE.readerFindings(json).stream().map(f -> f.path()).toList();
    assertTrue(paths.contains(readerPath), readerPath + " not in " + paths);
    assertEquals(List.of(), Form.SCHEDULE.schemaFindings(json), readerPath);
  }

  /**
   * Mutations that would make a difference listed above: the source list or a source id removed or
   * replaced by anything (the citations become undeclared, which the reader reports too), a citation
   * changed to other text. Also left out, for speed: the source and note members of every parameter
   * but the first, which the same codec reads. {@code value} is null for a removal.
   */
  private static boolean scheduleKnownDifference(String memberPointer, JsonNode value) {
    if (memberPointer.equals("/sources") || memberPointer.matches("/sources/[0-9]+/id")) {
      return true;
    }
    // The thirty parameters share their source and note members: vary those on the first only.
    if (memberPointer.matches("/versions/[0-9]+/parameters/[^/]+/(source|note|noteEn)")
        && !memberPointer.contains("/amount.employment-skills-training/")) {
      return true;
    }
    if (value != null && !value.isString()) {
      return false;
    }
    // A citation of an undeclared source is a definition error (SUB-DEF-005), which no schema states.
    return memberPointer.matches("/versions/[0-9]+/parameters/[^/]+/source")
        || memberPointer.matches("/versionSelection/source|/versions/[0-9]+/(shortageCatalogue|counting)/source");
  }

  // ---------------------------------------------------------------------------------------------

  private static void mutateEverywhere(
      Form form,
      ObjectNode root,
      String pointer,
      ObjectCodec<?, ?> codec,
      Map<ObjectCodec<?, ?>, Integer> visits,
      BiPredicate<String, JsonNode> skip) {
    if (visits.merge(codec, 1, Integer::sum) > 1) {
      return;
    }
    ObjectNode here = (ObjectNode) root.at(pointer);
    for (String m : codec.requiredMemberNames()) {
      if (skip.test(pointer + "/" + m, null)) {
        continue;
      }
      ObjectNode copy = root.deepCopy();
      ((ObjectNode) copy.at(pointer)).remove(m);
      SubsidyDocuments.assertAgree(form, copy, "remove " + pointer + "/" + m);
    }
    for (String unknown : List.of("unknownMember", "a/b~c")) {
      ObjectNode copy = root.deepCopy();
      ((ObjectNode) copy.at(pointer)).put(unknown, "x");
      SubsidyDocuments.assertAgree(form, copy, "add " + pointer + "/" + unknown);
    }
    for (String m : codec.memberNames()) {
      if (m.equals("schemaVersion")) {
        continue;
      }
      for (JsonNode v : probes(here.get(m))) {
        if (skip.test(pointer + "/" + m, v)) {
          continue;
        }
        ObjectNode copy = root.deepCopy();
        ((ObjectNode) copy.at(pointer)).set(m, v);
        SubsidyDocuments.assertAgree(form, copy, "set " + pointer + "/" + m + " = " + v);
      }
    }
    for (String m : codec.memberNames()) {
      JsonNode child = here.get(m);
      ObjectCodec<?, ?> childCodec = pointer.isEmpty() && m.equals("sources") && form == Form.SCHEDULE
          ? SubsidyDocuments.scheduleSourceCodec()
          : SubsidyDocuments.objectCodecIn(codec.memberCodec(m));
      if (child == null || childCodec == null) {
        continue;
      }
      String childPointer = pointer + "/" + m.replace("~", "~0").replace("/", "~1");
      if (child.isObject()) {
        mutateEverywhere(form, root, childPointer, childCodec, visits, skip);
      } else if (child.isArray()) {
        for (int i = 0; i < child.size(); i++) {
          mutateEverywhere(form, root, childPointer + "/" + i, childCodec, visits, skip);
        }
      }
    }
  }

  private static List<JsonNode> probes(JsonNode current) {
    if (current != null && current.isObject()) {
      // An object member (a parameter, the applicant…): one value of each other kind is enough.
      return List.of(NODES.nullNode(), NODES.booleanNode(true), NODES.numberNode(12), NODES.stringNode("text"), NODES.arrayNode());
    }
    Set<JsonNode> values = new LinkedHashSet<>();
    values.add(NODES.nullNode());
    values.add(NODES.booleanNode(true));
    values.add(NODES.numberNode(12));
    values.add(NODES.numberNode(1.5));
    values.add(NODES.stringNode("text"));
    values.add(NODES.objectNode());
    values.add(NODES.arrayNode());
    if (current == null || current.isIntegralNumber()) {
      for (long n : new long[] {-1, 0, 150, 151, 1000, 1001, 1200, 1201, 1899, 1900, 2200, 2201, Integer.MAX_VALUE + 1L}) {
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
    }
    if (current != null && current.isString()) {
      String s = current.stringValue();
      values.add(NODES.stringNode(s.toUpperCase(java.util.Locale.ROOT)));
      values.add(NODES.stringNode(s + "x"));
      values.add(NODES.stringNode(""));
      values.add(NODES.stringNode(" "));
    }
    return new ArrayList<>(values);
  }
}
