package org.replyletter.jackson.internal;

import java.util.Locale;
import java.util.function.Function;
import org.replyletter.json.internal.Codec;
import org.replyletter.json.internal.ObjectCodec;
import org.replyletter.json.internal.ReadContext;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The JSON form of one type of the library as the module sees it: how to write a value on a user's
 * generator and how to read one from a user's parser. Immutable and thread-safe.
 *
 * @param <T> the type
 */
public final class Form<T> {
  /** Writes a value; {@code locale} is that of messages, for the forms that carry them. */
  @FunctionalInterface
  public interface Writer<T> {
    /** Writes {@code value} as one JSON value on {@code g}. */
    void write(T value, JsonGenerator g, Locale locale);
  }

  /**
   * Reads a value from the parser on its first token, leaving it on the last, recording problems in
   * {@code ctx} (whose pointer is where the value is in the whole document); null if it recorded any.
   */
  @FunctionalInterface
  public interface Reader<T> {
    /** Reads; see the interface. */
    T read(JsonParser p, ReadContext ctx);
  }

  private final Class<T> type;
  private final Writer<T> writer;
  private final Reader<T> reader;
  private final String notRead;

  private Form(Class<T> type, Writer<T> writer, Reader<T> reader, String notRead) {
    this.type = type;
    this.writer = writer;
    this.reader = reader;
    this.notRead = notRead;
  }

  /** A form read and written by {@code codec}. */
  public static <T> Form<T> of(Class<T> type, Codec<T> codec) {
    return new Form<>(type, (v, g, l) -> codec.write(v, g), codec::read, null);
  }

  /**
   * A document form: an object whose first member is {@code schemaVersion} (the version the library's
   * own writer gives the value), then the members of {@code codec} (which reads and checks
   * {@code schemaVersion} as a reserved member).
   */
  public static <T> Form<T> document(
      Class<T> type, Function<? super T, String> schemaVersion, ObjectCodec<T, ?> codec) {
    return new Form<>(
        type,
        (v, g, l) -> {
          g.writeStartObject();
          g.writeName("schemaVersion");
          g.writeString(schemaVersion.apply(v));
          codec.writeMembers(v, g);
          g.writeEndObject();
        },
        codec::read,
        null);
  }

  /** A form with its own reader and writer. */
  public static <T> Form<T> of(Class<T> type, Writer<T> writer, Reader<T> reader) {
    return new Form<>(type, writer, reader, null);
  }

  /**
   * A form the library writes and does not read ({@code why} says so in the failure of a read, which
   * names what to use instead).
   */
  public static <T> Form<T> writtenOnly(Class<T> type, Writer<T> writer, String why) {
    return new Form<>(type, writer, null, why);
  }

  /** The type. */
  public Class<T> type() {
    return type;
  }

  /** Writes a value. */
  public void write(T value, JsonGenerator g, Locale locale) {
    writer.write(value, g, locale);
  }

  /** Whether the form can be read. */
  public boolean readable() {
    return reader != null;
  }

  /** Why the form cannot be read; null if it can. */
  public String notRead() {
    return notRead;
  }

  /** Reads; see {@link Reader}. */
  public T read(JsonParser p, ReadContext ctx) {
    return reader.read(p, ctx);
  }
}
