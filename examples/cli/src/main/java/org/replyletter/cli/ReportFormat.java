package org.replyletter.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.replyletter.validation.Finding;
import org.replyletter.validation.Severity;
import org.replyletter.validation.ValidationReport;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * How {@code validate} prints reports.
 *
 * <p><b>Text</b>: per file, one line per finding in the report's order,
 * {@code FILE:LINE:COLUMN: SEVERITY CODE MESSAGE (PATH)} ({@code :LINE:COLUMN} left out when unknown,
 * e.g. for a file that cannot be read; {@code (PATH)} left out for the whole document), then a
 * summary line {@code FILE: valid|invalid (E errors, W warnings, I infos)}; with several files a
 * last line totals them.
 *
 * <p><b>JSON</b>: {@code {"files":[{"file":…,"valid":…,"findings":[{"code":…,"severity":…,"path":…,
 * "line":…,"column":…,"message":…}]}]}}, members in this order, two-space indent, an empty list as
 * {@code []}; {@code line} and {@code column} are null when unknown.
 */
final class ReportFormat {
  private ReportFormat() {}

  /** The JSON writer, built on first use: text output needs none. */
  private static final class Json {
    private Json() {}

    static final ObjectWriter WRITER = writer();
  }

  private static ObjectWriter writer() {
    DefaultIndenter indent = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pretty =
        new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
    pretty.indentArraysWith(indent);
    pretty.indentObjectsWith(indent);
    // The shared mapper: the JSON Schema check has usually built it already.
    return JsonMapper.shared().writer().with(pretty);
  }

  static void text(List<ValidationReport> reports, Locale locale, PrintWriter out) {
    boolean en = "en".equals(locale.getLanguage());
    int invalid = 0;
    for (ValidationReport r : reports) {
      String file = r.sourceName().orElse(ValidateCommand.STDIN_NAME);
      for (Finding f : r.findings()) {
        StringBuilder b = new StringBuilder(file);
        if (f.line().isPresent()) {
          b.append(':').append(f.line().getAsInt()).append(':').append(f.column().orElse(1));
        }
        b.append(": ").append(f.severity().code()).append(' ').append(f.code()).append(' ').append(r.message(f, locale));
        if (!f.path().isEmpty()) {
          b.append(" (").append(f.path()).append(')');
        }
        out.println(b);
      }
      if (!r.isValid()) {
        invalid++;
      }
      int e = r.count(Severity.ERROR);
      int w = r.count(Severity.WARNING);
      int i = r.count(Severity.INFO);
      out.println(
          en
              ? file + ": " + (r.isValid() ? "valid" : "invalid") + " (" + e + " error" + (e == 1 ? "" : "s") + ", "
                  + w + " warning" + (w == 1 ? "" : "s") + ", " + i + " info" + (i == 1 ? "" : "s") + ")"
              : file + "：" + (r.isValid() ? "有效" : "无效") + "（" + e + " 个错误，" + w + " 个警告，" + i + " 个提示）");
    }
    if (reports.size() > 1) {
      int n = reports.size();
      out.println(
          en
              ? n + " files: " + (n - invalid) + " valid, " + invalid + " invalid"
              : "共 " + n + " 个文件：" + (n - invalid) + " 个有效，" + invalid + " 个无效");
    }
  }

  static void json(List<ValidationReport> reports, Locale locale, PrintWriter out) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = Json.WRITER.createGenerator(w)) {
      g.writeStartObject();
      g.writeName("files");
      g.writeStartArray();
      for (ValidationReport r : reports) {
        g.writeStartObject();
        g.writeStringProperty("file", r.sourceName().orElse(ValidateCommand.STDIN_NAME));
        g.writeBooleanProperty("valid", r.isValid());
        g.writeName("findings");
        g.writeStartArray();
        for (Finding f : r.findings()) {
          g.writeStartObject();
          g.writeStringProperty("code", f.code());
          g.writeStringProperty("severity", f.severity().code());
          g.writeStringProperty("path", f.path());
          g.writeName("line");
          if (f.line().isPresent()) {
            g.writeNumber(f.line().getAsInt());
          } else {
            g.writeNull();
          }
          g.writeName("column");
          if (f.column().isPresent()) {
            g.writeNumber(f.column().getAsInt());
          } else {
            g.writeNull();
          }
          g.writeStringProperty("message", r.message(f, locale));
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.println(w);
  }
}
