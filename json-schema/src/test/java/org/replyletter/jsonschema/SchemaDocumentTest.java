package org.replyletter.jsonschema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every published schema follows the house conventions, which are also what strict validators of
 * other ecosystems (Ajv in strict mode) require: draft 2020-12, a versioned {@code $id} matching
 * the file's place, only standard keywords (no invented ones), no union types, a declared type on
 * every schema that uses type-specific keywords, closed objects, arrays with item schemas, only
 * formats that validators know, anchored patterns that compile, and a Chinese and English title and
 * description ({@code 中文 | English}) on the root, every definition and every property.
 */
class SchemaDocumentTest {
  private static final Set<String> KEYWORDS = Set.of(
      "$schema", "$id", "$comment", "$ref", "$defs", "title", "description", "examples", "type", "properties",
      "required", "additionalProperties", "items", "enum", "pattern", "format", "minimum", "maximum", "minItems",
      // Rules across members (the subsidy schemas): conditions, checked as such below.
      "allOf", "anyOf", "if", "then", "else", "not");
  /** Keywords allowed inside a condition, which states a rule across members, not a member. */
  private static final Set<String> CONDITION_KEYWORDS = Set.of(
      "type", "properties", "required", "const", "enum", "not", "pattern", "minItems", "maxItems", "$ref");
  private static final List<String> CONDITIONS = List.of("allOf", "anyOf", "if", "then", "else", "not");
  private static final Set<String> FORMATS = Set.of("date");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final Pattern ENGLISH_WORDS = Pattern.compile("[A-Za-z]{2,}.*[A-Za-z]{2,}.*[A-Za-z]{2,}");

  @Test
  void everySchema_isDraft2020_12_withA$idMatchingItsFile() {
    for (String name : ReplyLetterSchema.names()) {
      JsonNode root = Documents.tree(ReplyLetterSchema.named(name).text());
      assertEquals("https://json-schema.org/draft/2020-12/schema", root.get("$schema").stringValue());
      String id = root.get("$id").stringValue();
      assertTrue(id.matches("https://replyletter\\.org/schema/[0-9]+\\.[0-9]+/" + Pattern.quote(name) + "\\.json"), id);
      String resource = "org/replyletter/schema/" + id.substring("https://replyletter.org/schema/".length());
      assertTrue(ClassLoader.getSystemResource(resource) != null, resource);
    }
  }

  @Test
  void everySchema_followsTheConventions() {
    for (String name : ReplyLetterSchema.names()) {
      JsonNode root = Documents.tree(ReplyLetterSchema.named(name).text());
      List<String> problems = new ArrayList<>();
      checkSchema(root, root, "", problems);
      bilingual(root, "", problems);
      root.path("$defs").properties().forEach(e -> bilingual(e.getValue(), "/$defs/" + e.getKey(), problems));
      assertEquals(List.of(), problems, name);
    }
  }

  private static void checkSchema(JsonNode root, JsonNode s, String at, List<String> problems) {
    s.propertyNames().forEach(k -> {
      if (!KEYWORDS.contains(k)) {
        problems.add(at + ": keyword not in the allowed set: " + k);
      }
    });
    JsonNode type = s.get("type");
    if (type != null && !type.isString()) {
      problems.add(at + ": type must be one name (no union types)");
    }
    String t = type == null ? "" : type.stringValue();
    if ((s.has("properties") || s.has("required") || s.has("additionalProperties")) && !t.equals("object")) {
      problems.add(at + ": object keywords without type object");
    }
    if (t.equals("object") && !(s.has("additionalProperties") && s.get("additionalProperties").isBoolean()
        && !s.get("additionalProperties").booleanValue())) {
      problems.add(at + ": object without additionalProperties false");
    }
    if (s.has("items") && !t.equals("array")) {
      problems.add(at + ": items without type array");
    }
    if (t.equals("array") && !s.has("items")) {
      problems.add(at + ": array without items");
    }
    if ((s.has("pattern") || s.has("format")) && !t.equals("string")) {
      problems.add(at + ": string keywords without type string");
    }
    if ((s.has("minimum") || s.has("maximum")) && !(t.equals("integer") || t.equals("number"))) {
      problems.add(at + ": number keywords without a number type");
    }
    if (type == null && !s.has("$ref") && !at.isEmpty()) {
      problems.add(at + ": no type");
    }
    if (s.has("format") && !FORMATS.contains(s.get("format").stringValue())) {
      problems.add(at + ": format not declared for validators: " + s.get("format"));
    }
    if (s.has("pattern")) {
      String p = s.get("pattern").stringValue();
      if (!p.startsWith("^") || !p.endsWith("$")) {
        problems.add(at + ": pattern not anchored");
      }
      Pattern.compile(p);
    }
    if (s.has("$ref")) {
      String ref = s.get("$ref").stringValue();
      if (!ref.startsWith("#/$defs/") || root.at(ref.substring(1)).isMissingNode()) {
        problems.add(at + ": $ref does not name a definition: " + ref);
      }
    }
    if (s.has("enum")) {
      s.get("enum").forEach(v -> {
        if (!v.isString()) {
          problems.add(at + ": enum value not a string: " + v);
        }
      });
    }
    if (s.has("required")) {
      s.get("required").forEach(r -> {
        if (!s.path("properties").has(r.stringValue())) {
          problems.add(at + ": required member not among the properties: " + r);
        }
      });
    }
    if (s.has("properties")) {
      s.get("properties").properties().forEach(e -> {
        bilingual(e.getValue(), at + "/properties/" + e.getKey(), problems);
        checkSchema(root, e.getValue(), at + "/properties/" + e.getKey(), problems);
      });
    }
    if (s.has("items")) {
      checkSchema(root, s.get("items"), at + "/items", problems);
    }
    if (s.has("$defs")) {
      s.get("$defs").properties().forEach(e -> checkSchema(root, e.getValue(), at + "/$defs/" + e.getKey(), problems));
    }
    if (!t.isEmpty() && !t.equals("object") && CONDITIONS.stream().anyMatch(s::has)) {
      problems.add(at + ": a rule across members outside an object");
    }
    for (String c : CONDITIONS) {
      if (s.has(c)) {
        checkCondition(root, s.get(c), at + "/" + c, s.path("properties"), problems);
      }
    }
  }

  /**
   * A condition (under allOf, anyOf, if, then, else or not) only constrains members its object
   * declares, with a few value keywords; it declares no members of its own.
   */
  private static void checkCondition(JsonNode root, JsonNode c, String at, JsonNode members, List<String> problems) {
    if (c.isBoolean()) {
      return;
    }
    if (c.isArray()) {
      for (int i = 0; i < c.size(); i++) {
        checkCondition(root, c.get(i), at + "/" + i, members, problems);
      }
      return;
    }
    c.propertyNames().forEach(k -> {
      if (!CONDITION_KEYWORDS.contains(k) && !CONDITIONS.contains(k)) {
        problems.add(at + ": keyword not allowed in a condition: " + k);
      }
    });
    c.path("required").forEach(r -> {
      if (!members.has(r.stringValue())) {
        problems.add(at + ": condition requires an undeclared member: " + r);
      }
    });
    c.path("properties").properties().forEach(e -> {
      if (!members.has(e.getKey())) {
        problems.add(at + ": condition constrains an undeclared member: " + e.getKey());
      }
      if (e.getValue().isObject()) {
        checkCondition(root, e.getValue(), at + "/properties/" + e.getKey(), members, problems);
      }
    });
    if (c.has("$ref") && root.at(c.get("$ref").stringValue().substring(1)).isMissingNode()) {
      problems.add(at + ": $ref does not name a definition: " + c.get("$ref"));
    }
    if ((c.has("pattern")) && !c.path("type").asString().equals("string")) {
      problems.add(at + ": string keywords without type string");
    }
    if ((c.has("minItems") || c.has("maxItems")) && !c.path("type").asString().equals("array")) {
      problems.add(at + ": array keywords without type array");
    }
    for (String k : CONDITIONS) {
      if (c.has(k)) {
        checkCondition(root, c.get(k), at + "/" + k, members, problems);
      }
    }
  }

  /** {@code title} and {@code description} each read "中文 | English". */
  private static void bilingual(JsonNode s, String at, List<String> problems) {
    for (String k : List.of("title", "description")) {
      JsonNode v = s.get(k);
      if (v == null || !v.isString()) {
        problems.add(at + ": no " + k);
        continue;
      }
      String[] parts = v.stringValue().split(" \\| ", -1);
      if (parts.length != 2 || !HAN.matcher(parts[0]).find() || !ENGLISH_WORDS.matcher(parts[1]).find()
          && !(k.equals("title") && parts[1].matches("[A-Za-z].*"))) {
        problems.add(at + ": " + k + " is not \"中文 | English\": " + v.stringValue());
      }
    }
  }

  @Test
  void convention_rejectsAMonolingualTitle() {
    List<String> problems = new ArrayList<>();
    bilingual(Documents.tree("{\"title\":\"发文字号\",\"description\":\"发文字号 | The document number of the letter\"}"), "", problems);
    assertFalse(problems.isEmpty());
  }
}
