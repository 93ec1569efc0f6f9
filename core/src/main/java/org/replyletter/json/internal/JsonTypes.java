package org.replyletter.json.internal;

import tools.jackson.core.JsonToken;

/** Names of JSON types, as used in messages. */
final class JsonTypes {
  private JsonTypes() {}

  static String of(JsonToken token) {
    switch (token) {
      case VALUE_STRING:
        return "string";
      case VALUE_NUMBER_INT:
        return "integer";
      case VALUE_NUMBER_FLOAT:
        return "number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "boolean";
      case VALUE_NULL:
        return "null";
      case START_OBJECT:
        return "object";
      case START_ARRAY:
        return "array";
      default:
        return token.name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
