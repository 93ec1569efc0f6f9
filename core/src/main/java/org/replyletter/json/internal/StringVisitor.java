package org.replyletter.json.internal;

import java.util.Arrays;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Receives every string value a value's JSON form would contain, in written order, with the JSON
 * Pointer of each: the walk of {@link Codec#visitStrings}. It lets a rule look at all the text of a
 * letter as it would be written, without writing it. The pointer is kept as a stack of segments and
 * built only when asked for. One instance per walk; not thread-safe.
 */
public abstract class StringVisitor {
  private String[] names = new String[16];
  private int[] indexes = new int[16];
  private int depth;

  /** Called with each string value; {@link #pointer()} is its pointer. */
  protected abstract void string(String value);

  /** The RFC 6901 pointer of the string being visited. */
  protected final String pointer() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      b.append('/');
      if (names[i] == null) {
        b.append(indexes[i]);
      } else {
        ReadContext.appendEscaped(b, names[i]);
      }
    }
    return b.toString();
  }

  /** Enters the member {@code name} of the current object. */
  final void push(String name) {
    grow();
    names[depth++] = name;
  }

  /** Enters element {@code index} of the current array. */
  final void push(int index) {
    grow();
    names[depth] = null;
    indexes[depth++] = index;
  }

  /** Leaves the last member or element entered. */
  final void pop() {
    names[--depth] = null;
  }

  private void grow() {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
  }

  /** Visits the strings of one JSON value given as text (a kept unknown member). */
  final void visitText(String json) {
    try (JsonParser p = JsonText.parser(json)) {
      if (p.nextToken() != null) {
        visitTokens(p);
      }
    } catch (JacksonException e) {
      // The model only keeps texts that are one JSON value (JsonText.requireValues).
      throw new IllegalStateException("kept member is not JSON", e);
    }
  }

  /** Visits the value the parser is on, with its children; ends on its last token. */
  final void visitTokens(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      string(p.getString());
    } else if (t == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        push(p.currentName());
        p.nextToken();
        visitTokens(p);
        pop();
      }
    } else if (t == JsonToken.START_ARRAY) {
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        push(i++);
        visitTokens(p);
        pop();
      }
    }
  }
}
