package org.replyletter.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.replyletter.diagnostics.Finding;
import org.replyletter.diagnostics.Severity;
import org.replyletter.validation.ValidationReport;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * How {@code validate} prints reports: each as soon as it is ready ({@link #print}), then what comes
 * after the last ({@link #end}), so that a batch of thousands of files holds no report and no output
 * in memory. One printer per run, and one buffer or JSON generator for all its reports.
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
abstract class ReportFormat {
  final Locale locale;
  final PrintWriter out;
  /** Files printed, and how many of them are invalid. */
  int files;
  int invalid;

  private ReportFormat(Locale locale, PrintWriter out) {
    this.locale = locale;
    this.out = out;
  }

  /** A printer of {@code format} in the language of {@code locale} to {@code out}. */
  static ReportFormat of(ValidateCommand.Format format, Locale locale, PrintWriter out) {
    return format == ValidateCommand.Format.JSON ? new Json(locale, out) : new Text(locale, out);
  }

  /** Prints one file's report, and flushes it. */
  final void print(ValidationReport r) {
    files++;
    if (!r.isValid()) {
      invalid++;
    }
    write(r, r.sourceName().orElse(ValidateCommand.STDIN_NAME));
    out.flush();
  }

  abstract void write(ValidationReport r, String file);

  /** Prints what follows the last report. */
  abstract void end();

  /** Text, built per file in one buffer and written at once. */
  private static final class Text extends ReportFormat {
    private static final String NL = System.lineSeparator();
    private final boolean en;
    private final StringBuilder b = new StringBuilder(4096);

    Text(Locale locale, PrintWriter out) {
      super(locale, out);
      en = "en".equals(locale.getLanguage());
    }

    @Override
    void write(ValidationReport r, String file) {
      b.setLength(0);
      for (Finding f : r.findings()) {
        b.append(file);
        if (f.line().isPresent()) {
          b.append(':').append(f.line().getAsInt()).append(':').append(f.column().orElse(1));
        }
        b.append(": ").append(f.severity().code()).append(' ').append(f.code()).append(' ').append(r.message(f, locale));
        if (!f.path().isEmpty()) {
          b.append(" (").append(f.path()).append(')');
        }
        b.append(NL);
      }
      int e = r.count(Severity.ERROR);
      int w = r.count(Severity.WARNING);
      int i = r.count(Severity.INFO);
      if (en) {
        b.append(file).append(": ").append(r.isValid() ? "valid" : "invalid")
            .append(" (").append(e).append(" error").append(e == 1 ? "" : "s")
            .append(", ").append(w).append(" warning").append(w == 1 ? "" : "s")
            .append(", ").append(i).append(" info").append(i == 1 ? "" : "s").append(')');
      } else {
        b.append(file).append('：').append(r.isValid() ? "有效" : "无效")
            .append('（').append(e).append(" 个错误，").append(w).append(" 个警告，").append(i).append(" 个提示）");
      }
      b.append(NL);
      out.append(b);
    }

    @Override
    void end() {
      if (files > 1) {
        int valid = files - invalid;
        b.setLength(0);
        if (en) {
          b.append(files).append(" files: ").append(valid).append(" valid, ").append(invalid).append(" invalid");
        } else {
          b.append("共 ").append(files).append(" 个文件：").append(valid).append(" 个有效，").append(invalid).append(" 个无效");
        }
        b.append(NL);
        out.append(b);
      }
    }

  }

  /** JSON, through one generator writing straight to the output. */
  private static final class Json extends ReportFormat {
    /** The JSON writer, built on first use: text output needs none. */
    private static final ObjectWriter WRITER = writer();

    private final JsonGenerator g;

    Json(Locale locale, PrintWriter out) {
      super(locale, out);
      g = WRITER.createGenerator(out);
      g.writeStartObject();
      g.writeName("files");
      g.writeStartArray();
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
      // The shared mapper: the JSON Schema check has usually built it already. The output is the
      // command's standard output, closed by no generator.
      return JsonMapper.shared().writer().with(pretty).without(StreamWriteFeature.AUTO_CLOSE_TARGET);
    }

    @Override
    void write(ValidationReport r, String file) {
      g.writeStartObject();
      g.writeStringProperty("file", file);
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
      g.flush();
    }

    @Override
    void end() {
      g.writeEndArray();
      g.writeEndObject();
      g.close();
      out.println();
    }
  }
}
