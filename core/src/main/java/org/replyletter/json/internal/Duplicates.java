package org.replyletter.json.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;

/**
 * Duplicate member names, found by the letter's reader itself instead of Jackson's
 * {@code STRICT_DUPLICATE_DETECTION}, which builds a hash set for every object of the document, a
 * cost every read would pay. Object codecs already know which members they have
 * seen; what they skip or keep as text goes through {@link #skip} and {@link #capture}; the tree
 * recorder checks its own objects. A duplicate only stops the read: {@code LetterJson} reads any
 * input that throws again with Jackson's detection, so that the finding, and every other outcome of
 * unreadable input, is exactly Jackson's. What matters here is never to miss a duplicate Jackson
 * would find; {@code DuplicatesTest} compares the two on thousands of inputs.
 */
final class Duplicates {
  private Duplicates() {}

  /** Stops the read at a repeated member name; the letter's reader then reads again with Jackson's check. */
  static StreamReadException duplicate(JsonParser p, String name) {
    return new StreamReadException(p, "Duplicate Object property \"" + name + "\"");
  }

  /** Skips the value the parser is on, as {@link JsonParser#skipChildren()} does, checking names. */
  static void skip(JsonParser p) {
    walk(p, null);
  }

  /**
   * Copies the value the parser is on to {@code g}, checking names, numbers exactly as written; the
   * parser ends on its last token.
   */
  static void capture(JsonParser p, JsonGenerator g) {
    walk(p, g);
  }

  private static void walk(JsonParser p, JsonGenerator g) {
    JsonToken t = p.currentToken();
    if (g != null) {
      copy(p, g);
    }
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return;
    }
    // The names seen in each open object (hash sets: a skipped object may have a million members);
    // null for an open array.
    List<Set<String>> open = new ArrayList<>();
    open.add(t == JsonToken.START_OBJECT ? new HashSet<>() : null);
    while (!open.isEmpty()) {
      t = p.nextToken();
      if (t == null) {
        return; // truncated input: the parser reports it on the next read
      }
      if (t == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        if (!open.get(open.size() - 1).add(name)) {
          throw duplicate(p, name);
        }
      }
      if (g != null) {
        copy(p, g);
      }
      if (t == JsonToken.START_OBJECT) {
        open.add(new HashSet<>());
      } else if (t == JsonToken.START_ARRAY) {
        open.add(null);
      } else if (t.isStructEnd()) {
        open.remove(open.size() - 1);
      }
    }
  }

  /**
   * Copies the current token; a number as the text it was written with. Jackson's own copy goes
   * through {@code double}, which turns {@code 1E400} into {@code Infinity}, {@code -0} into
   * {@code 0} and {@code 0.1000000000000000055511151231257827} into {@code 0.1}.
   */
  private static void copy(JsonParser p, JsonGenerator g) {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
      g.writeNumber(p.getString());
    } else {
      g.copyCurrentEvent(p);
    }
  }
}
