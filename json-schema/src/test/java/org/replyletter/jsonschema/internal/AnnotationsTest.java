package org.replyletter.jsonschema.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schemas are compiled without their annotation keywords ({@link Annotations}); networknt must
 * report exactly the same errors as with the published schema, on valid documents and on every
 * document one edit away from them.
 */
class AnnotationsTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Values put in place of each value in turn: every JSON type, and strings near the schema's forms. */
  private static final List<JsonNode> REPLACEMENTS =
      List.of(
          NODES.nullNode(),
          NODES.booleanNode(true),
          NODES.numberNode(-1),
          NODES.numberNode(1.5),
          NODES.numberNode(100000),
          NODES.stringNode(""),
          NODES.stringNode("x"),
          NODES.stringNode("１２"),
          NODES.stringNode("2023-02-29"),
          NODES.stringNode("晋残函[2024]第07号"),
          NODES.arrayNode(),
          NODES.objectNode());

  @Test
  void stripped_dropsAnnotationKeywords_keepsPropertiesOfTheSameName() {
    JsonNode root = schema(SchemaCatalog.REPLY_LETTER).root();
    JsonNode stripped = Annotations.stripped(root);
    assertTrue(root.get("properties").has("title"), "the letter has a member named title");
    assertTrue(stripped.get("properties").has("title"), "a property named title is not a keyword");
    assertFalse(stripped.get("properties").get("title").has("description"));
    assertTrue(root.get("properties").get("title").has("description"));
    assertEquals(0, count(stripped, true), "no annotation keyword left in a schema position");
    assertTrue(count(root, true) > 100, "the published schema is annotated");
    assertEquals(MAPPER.readTree(schema(SchemaCatalog.REPLY_LETTER).bytes()), root, "the published tree is untouched");
  }

  @Test
  void strippedSchemas_reportTheSameErrors_onDocumentsAndEveryOneEditAway() throws IOException {
    int checked = 0;
    for (Map.Entry<String, List<JsonNode>> e : documents().entrySet()) {
      CompiledSchema published = schema(e.getKey());
      Schema full = CompiledSchema.compile(published.id(), published.root());
      Schema lean = CompiledSchema.compile(published.id(), Annotations.stripped(published.root()));
      for (JsonNode document : e.getValue()) {
        List<JsonNode> variants = new ArrayList<>();
        variants.add(document);
        edits(document, document, "", variants);
        for (JsonNode v : variants) {
          List<Error> expected = full.validate(v);
          List<Error> actual = lean.validate(v);
          assertEquals(describe(expected), describe(actual), e.getKey() + " variant " + checked);
          assertEquals(SchemaFindings.of(expected, published.root()), SchemaFindings.of(actual, published.root()));
          checked++;
        }
      }
    }
    assertTrue(checked > 8_000, "documents checked: " + checked);
  }

  private static CompiledSchema schema(String name) {
    return new CompiledSchema(SchemaCatalog.find(name).orElseThrow());
  }

  /** Every networknt error as text: keyword, where in the document and the schema, message. */
  private static List<String> describe(List<Error> errors) {
    List<String> out = new ArrayList<>();
    for (Error e : errors) {
      out.add(
          e.getKeyword() + " " + e.getInstanceLocation() + " " + e.getSchemaLocation() + " "
              + e.getProperty() + " " + java.util.Arrays.toString(e.getArguments()) + " " + e.getMessage());
    }
    return out;
  }

  /**
   * Documents per schema: the seed letter and the letter cases, a bundled schedule, the example
   * requests, and two decisions (one with each schedule's parameters; the other decisions repeat
   * their structure and would only triple the time).
   */
  private static Map<String, List<JsonNode>> documents() throws IOException {
    List<JsonNode> letters = new ArrayList<>();
    letters.add(read(Path.of("..", "examples", "letters", "jinjiang-2024-7.json")));
    for (Path p : list(Path.of("src", "test", "resources", "cases"))) {
      letters.add(read(p).get("document"));
    }
    List<JsonNode> schedules = new ArrayList<>();
    schedules.add(read(list(Path.of("..", "core", "src", "main", "resources", "org", "replyletter", "subsidy")).get(0)));
    List<JsonNode> requests = new ArrayList<>();
    for (Path p : list(Path.of("..", "examples", "subsidy"))) {
      requests.add(read(p));
    }
    List<JsonNode> decisions = new ArrayList<>();
    for (Path p : list(Path.of("src", "test", "resources", "subsidy-decisions")).subList(0, 2)) {
      decisions.add(read(p));
    }
    return Map.of(
        SchemaCatalog.REPLY_LETTER, letters,
        SchemaCatalog.SUBSIDY_SCHEDULE, schedules,
        SchemaCatalog.SUBSIDY_REQUEST, requests,
        SchemaCatalog.SUBSIDY_DECISION, decisions);
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> files = new ArrayList<>(s.filter(p -> p.toString().endsWith(".json")).sorted().toList());
      assertFalse(files.isEmpty(), "no documents in " + dir.toAbsolutePath());
      return files;
    }
  }

  private static JsonNode read(Path p) throws IOException {
    return MAPPER.readTree(Files.readAllBytes(p));
  }

  /**
   * Each value of {@code node} (at {@code pointer} in {@code root}) replaced by each of {@link
   * #REPLACEMENTS}, each member removed, and an unknown member added to each object: copies of
   * {@code root}, one edit each.
   */
  private static void edits(JsonNode root, JsonNode node, String pointer, List<JsonNode> out) {
    if (node.isObject()) {
      JsonNode withUnknown = root.deepCopy();
      ((ObjectNode) withUnknown.at(pointer)).put("unknownMember", "x");
      out.add(withUnknown);
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        JsonNode removed = root.deepCopy();
        ((ObjectNode) removed.at(pointer)).remove(member.getKey());
        out.add(removed);
        for (JsonNode r : REPLACEMENTS) {
          JsonNode replaced = root.deepCopy();
          ((ObjectNode) replaced.at(pointer)).set(member.getKey(), r);
          out.add(replaced);
        }
        String escaped = member.getKey().replace("~", "~0").replace("/", "~1");
        edits(root, member.getValue(), pointer + "/" + escaped, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        for (JsonNode r : REPLACEMENTS) {
          JsonNode replaced = root.deepCopy();
          ((ArrayNode) replaced.at(pointer)).set(i, r);
          out.add(replaced);
        }
        edits(root, node.get(i), pointer + "/" + i, out);
      }
    }
  }

  /** How many annotation keywords sit in schema positions (those that the stripping removes). */
  private static int count(JsonNode schema, boolean schemaPosition) {
    int n = 0;
    if (schema.isObject()) {
      for (Map.Entry<String, JsonNode> e : schema.properties()) {
        String k = e.getKey();
        if (schemaPosition && Annotations.KEYWORDS.contains(k)) {
          n++;
          continue;
        }
        if (!schemaPosition) {
          n += count(e.getValue(), true); // a member of properties/$defs/...: a schema
        } else if (List.of("properties", "patternProperties", "$defs", "dependentSchemas").contains(k)) {
          n += count(e.getValue(), false);
        } else if (List.of("enum", "const", "required").contains(k)) {
          continue;
        } else {
          n += count(e.getValue(), true);
        }
      }
    } else if (schema.isArray()) {
      for (JsonNode v : schema) {
        n += count(v, true);
      }
    }
    return n;
  }
}
