package org.replyletter.jsonschema.internal;

import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A copy of a draft 2020-12 schema without the keywords that only annotate ({@code title},
 * {@code description} and the like), for compiling. networknt makes a validator of every keyword,
 * annotations included, and walks them all for every value it checks; with annotation collection
 * off they never assert anything, and in the letter's schema they are half of all keywords.
 *
 * <p>Only schema positions are stripped: a member named {@code title} under {@code properties} is a
 * property, not a keyword, and stays. The copy keeps every other member where it was, so schema
 * locations in errors (JSON Pointers such as {@code /$defs/date/pattern}) still resolve in the
 * published file, which is where {@link SchemaFindings} looks them up.
 */
final class Annotations {
  /** The meta-data vocabulary's keywords and {@code $comment}. readOnly/writeOnly can assert in networknt: kept. */
  static final Set<String> KEYWORDS = Set.of("title", "description", "$comment", "examples", "default", "deprecated");

  /** Keywords whose value is a schema. */
  private static final Set<String> ONE =
      Set.of(
          "items", "additionalProperties", "unevaluatedProperties", "unevaluatedItems", "contains",
          "propertyNames", "not", "if", "then", "else", "contentSchema");

  /** Keywords whose value is an object of schemas. */
  private static final Set<String> MAP = Set.of("properties", "patternProperties", "$defs", "dependentSchemas");

  /** Keywords whose value is an array of schemas. */
  private static final Set<String> LIST = Set.of("allOf", "anyOf", "oneOf", "prefixItems");

  private Annotations() {}

  /** The schema without annotation keywords; the argument is not changed. */
  static JsonNode stripped(JsonNode schema) {
    if (!schema.isObject()) {
      return schema; // true or false
    }
    ObjectNode out = ((ObjectNode) schema).objectNode();
    for (java.util.Map.Entry<String, JsonNode> e : schema.properties()) {
      String keyword = e.getKey();
      JsonNode value = e.getValue();
      if (KEYWORDS.contains(keyword)) {
        continue;
      }
      if (ONE.contains(keyword)) {
        out.set(keyword, stripped(value));
      } else if (MAP.contains(keyword) && value.isObject()) {
        ObjectNode schemas = out.objectNode();
        for (java.util.Map.Entry<String, JsonNode> s : value.properties()) {
          schemas.set(s.getKey(), stripped(s.getValue()));
        }
        out.set(keyword, schemas);
      } else if (LIST.contains(keyword) && value.isArray()) {
        ArrayNode schemas = out.arrayNode();
        for (JsonNode s : value) {
          schemas.add(stripped(s));
        }
        out.set(keyword, schemas);
      } else {
        out.set(keyword, value); // data (enum, const, required, ...) or an unknown keyword: as is
      }
    }
    return out;
  }
}
