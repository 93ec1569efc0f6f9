package org.replyletter.internal;

import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The model's check of kept unknown members: each must be the text of exactly one JSON value. Here,
 * not beside the JSON codecs, so that the model depends on no part of its JSON form.
 */
public final class JsonValues {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private JsonValues() {}

  /**
   * Throws {@link IllegalArgumentException} unless every value of {@code members} is the text of one
   * JSON value.
   */
  public static void requireValues(Map<String, String> members) {
    for (Map.Entry<String, String> e : members.entrySet()) {
      if (!isValue(e.getValue())) {
        throw new IllegalArgumentException("unknown member '" + e.getKey() + "' is not one JSON value: " + e.getValue());
      }
    }
  }

  /** True if {@code text} is exactly one JSON value, surrounded by nothing but white space. */
  public static boolean isValue(String text) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      if (p.nextToken() == null) {
        return false;
      }
      p.skipChildren();
      return p.nextToken() == null;
    } catch (JacksonException e) {
      return false;
    }
  }
}
