package org.replyletter.jackson.internal;

import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a value of the library on a user's generator, token by token, as the library's own writer
 * does: the same members in the same order, so that with the library's pretty printer the bytes are
 * the library's. Thread-safe.
 *
 * @param <T> the type
 */
public final class FormSerializer<T> extends StdSerializer<T> {
  private final Form<T> form;
  private final Locale locale;

  /** A serializer of {@code form}, messages (reports, decisions) in {@code locale}, or the value's own if null. */
  public FormSerializer(Form<T> form, Locale locale) {
    super(form.type());
    this.form = form;
    this.locale = locale;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
    form.write(value, g, locale);
  }
}
