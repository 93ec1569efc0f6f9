package org.replyletter.json.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Reads one kind of value from a token stream and writes it to a generator. Reading never throws for
 * bad input: it records every problem in the {@link ReadContext}, skips what it cannot read and
 * returns null, so that one pass reports everything. The same codec reads bytes (with locations) and
 * parsed trees (through {@code JsonNode.traverse}).
 *
 * @param <T> the value type
 */
public interface Codec<T> {

  /**
   * Reads a value. The parser is on the value's first token, which is never {@code VALUE_NULL} (the
   * caller reports nulls); on return it is on the value's last token.
   *
   * @return the value, or null if a problem was recorded
   */
  T read(JsonParser parser, ReadContext ctx);

  /** Writes {@code value}, never null. */
  void write(T value, JsonGenerator generator);

  /** The JSON type this codec expects, for "wrong type" messages: {@code string}, {@code object}… */
  String jsonType();

  /**
   * Calls {@code visitor} with each string value that {@link #write} would write for {@code value},
   * in the same order and at the same pointers, without writing. This default writes the value into a
   * token buffer and walks it, which is right for any codec; the codecs of the letter override it
   * with a direct walk.
   */
  default void visitStrings(T value, StringVisitor visitor) {
    try (tools.jackson.databind.util.TokenBuffer buffer = tools.jackson.databind.util.TokenBuffer.forGeneration()) {
      write(value, buffer);
      try (JsonParser p = buffer.asParserOnFirstToken(tools.jackson.core.ObjectReadContext.empty())) {
        visitor.visitTokens(p);
      }
    }
  }
}
