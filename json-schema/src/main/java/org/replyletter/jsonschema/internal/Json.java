package org.replyletter.jsonschema.internal;

import tools.jackson.databind.JsonNode;

/** Small helpers for message arguments taken from JSON values. */
final class Json {
  private Json() {}

  /** The JSON type name of a value, as in core's wrong-type messages. */
  static String typeOf(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isObject()) {
      return "object";
    }
    if (node.isArray()) {
      return "array";
    }
    if (node.isString()) {
      return "string";
    }
    if (node.isBoolean()) {
      return "boolean";
    }
    if (node.isIntegralNumber()) {
      return "integer";
    }
    return node.isNumber() ? "number" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
  }

  /** A value as message text: a string as itself, anything else as JSON. */
  static String text(JsonNode node) {
    if (node == null) {
      return "";
    }
    return node.isString() ? node.stringValue() : node.toString();
  }
}
