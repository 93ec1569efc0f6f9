package org.replyletter.internal.json;

import tools.jackson.databind.JsonNode;

/** Names of JSON types, as used in messages. */
final class JsonTypes {
  private JsonTypes() {}

  static String of(JsonNode node) {
    switch (node.getNodeType()) {
      case STRING:
        return "string";
      case NUMBER:
        return node.isIntegralNumber() ? "integer" : "number";
      case BOOLEAN:
        return "boolean";
      case NULL:
        return "null";
      case OBJECT:
        return "object";
      case ARRAY:
        return "array";
      default:
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
