package org.replyletter.internal.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Reads one kind of value from a JSON tree and writes it to a generator. Reading never throws for
 * bad input: it records every problem in the {@link ReadContext} and returns null for a value it
 * could not read, so that one pass reports everything.
 *
 * @param <T> the value type
 */
public interface Codec<T> {

  /**
   * Reads a value; {@code node} is never null and never a JSON null (the caller reports those).
   *
   * @return the value, or null if a problem was recorded
   */
  T read(JsonNode node, ReadContext ctx);

  /** Writes {@code value}, never null. */
  void write(T value, JsonGenerator generator);

  /** The JSON type this codec expects, for "wrong type" messages: {@code string}, {@code object}… */
  String jsonType();
}
