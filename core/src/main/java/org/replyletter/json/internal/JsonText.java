package org.replyletter.json.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** The text of kept unknown members: captured from a parser, written back to a generator. */
public final class JsonText {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private JsonText() {}

  /**
   * The compact text of the value the parser is on (its whole subtree), its member names checked
   * for duplicates; the parser ends on its last token.
   */
  static String capture(JsonParser p) {
    java.io.StringWriter out = new java.io.StringWriter();
    try (tools.jackson.core.JsonGenerator g =
        FACTORY.createGenerator(tools.jackson.core.ObjectWriteContext.empty(), out)) {
      Duplicates.capture(p, g);
    }
    return out.toString();
  }

  /** A parser over a kept member's text, with the set-up every reader of such text uses. */
  static JsonParser parser(String text) {
    return FACTORY.createParser(ObjectReadContext.empty(), text);
  }

  /** Writes a JSON value given as text to {@code g}, so that {@code g}'s pretty printer applies. */
  static void copy(String text, tools.jackson.core.JsonGenerator g) {
    try (JsonParser p = parser(text)) {
      p.nextToken();
      Duplicates.capture(p, g); // numbers as written, not through double as copyCurrentStructure
    }
  }
}
