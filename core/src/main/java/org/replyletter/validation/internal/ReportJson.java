package org.replyletter.validation.internal;

import java.util.Locale;
import java.util.OptionalInt;
import org.replyletter.diagnostics.Finding;
import org.replyletter.diagnostics.Severity;
import org.replyletter.validation.ValidationReport;
import tools.jackson.core.JsonGenerator;

/** Writes a {@link ValidationReport} in its fixed JSON form (see the report's class comment). */
public final class ReportJson {
  private ReportJson() {}

  /** Writes {@code report} to {@code g} as one object value, messages in {@code locale}. */
  public static void write(ValidationReport report, JsonGenerator g, Locale locale) {
    g.writeStartObject();
    g.writeName("source");
    if (report.sourceName().isEmpty()) {
      g.writeNull();
    } else {
      g.writeString(report.sourceName().get());
    }
    g.writeBooleanProperty("valid", report.isValid());
    g.writeName("counts");
    g.writeStartObject();
    for (Severity s : Severity.values()) {
      g.writeNumberProperty(s.code(), report.count(s));
    }
    g.writeEndObject();
    g.writeName("findings");
    g.writeStartArray();
    for (Finding f : report.findings()) {
      writeFinding(f, report.message(f, locale), g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * Writes one finding as an object, as in a report's {@code findings}: code, severity, path, line,
   * column (null when unknown), message key, arguments, and {@code message}.
   */
  public static void writeFinding(Finding f, String message, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("code", f.code());
    g.writeStringProperty("severity", f.severity().code());
    g.writeStringProperty("path", f.path());
    writeOptionalInt(g, "line", f.line());
    writeOptionalInt(g, "column", f.column());
    g.writeStringProperty("messageKey", f.messageKey());
    g.writeName("arguments");
    g.writeStartArray();
    for (String a : f.arguments()) {
      g.writeString(a);
    }
    g.writeEndArray();
    g.writeStringProperty("message", message);
    g.writeEndObject();
  }

  private static void writeOptionalInt(JsonGenerator g, String name, OptionalInt value) {
    g.writeName(name);
    if (value.isPresent()) {
      g.writeNumber(value.getAsInt());
    } else {
      g.writeNull();
    }
  }
}
