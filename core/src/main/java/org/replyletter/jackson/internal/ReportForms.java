package org.replyletter.jackson.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.replyletter.diagnostics.Finding;
import org.replyletter.diagnostics.Severity;
import org.replyletter.json.internal.Codec;
import org.replyletter.json.internal.Codecs;
import org.replyletter.json.internal.ReadCode;
import org.replyletter.json.internal.ReadContext;
import org.replyletter.validation.ValidationReport;
import org.replyletter.validation.internal.ReportJson;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;

/**
 * Reading what {@code ValidationReport.writeJson} writes: a report, and a finding (an element of its
 * {@code findings}), as strictly as the library reads letters. The members a report derives from its
 * findings ({@code valid}, {@code counts}, a finding's {@code message}) are read and checked, not
 * kept: a report read back renders its messages again, in its locale.
 */
final class ReportForms {
  private ReportForms() {}

  private static final Codec<Severity> SEVERITY = Codecs.enumeration(Severity.class, Severity::code);
  private static final Codec<Integer> POSITIVE = Codecs.integer(1, Integer.MAX_VALUE);
  private static final Codec<Integer> COUNT = Codecs.integer(0, Integer.MAX_VALUE);
  private static final Codec<List<String>> STRINGS = Codecs.list(Codecs.STRING);
  private static final Codec<List<Finding>> FINDINGS =
      Codecs.list(
          new Codec<Finding>() {
            @Override
            public Finding read(JsonParser p, ReadContext ctx) {
              return readFinding(p, ctx);
            }

            @Override
            public void write(Finding f, tools.jackson.core.JsonGenerator g) {
              ReportJson.writeFinding(f, f.message(), g);
            }

            @Override
            public String jsonType() {
              return "object";
            }
          });

  /** The form of a finding. */
  static Form<Finding> finding() {
    return Form.of(
        Finding.class,
        (f, g, l) -> ReportJson.writeFinding(f, f.message(l == null ? Finding.ZH_CN : l), g),
        ReportForms::readFinding);
  }

  /** The form of a report; read back in {@code locale}, or Chinese if null. */
  static Form<ValidationReport> report(Locale locale) {
    return Form.of(
        ValidationReport.class,
        (r, g, l) -> r.writeJson(g, l == null ? r.locale() : l),
        (p, ctx) -> readReport(p, ctx, locale == null ? Finding.ZH_CN : locale));
  }

  /** The members of an object, each once, names checked; calls {@code member} on each value. */
  private interface Member {
    void read(String name, JsonParser p);
  }

  /** Walks an object's members; false (with the problem recorded) if the value is no object. */
  private static boolean members(JsonParser p, ReadContext ctx, Set<String> known, Member member) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      Codecs.wrongType(p, ctx, "object");
      return false;
    }
    Set<String> seen = new HashSet<>();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      if (!seen.add(name)) {
        throw new StreamReadException(p, "Duplicate Object property \"" + name + "\"");
      }
      p.nextToken();
      if (!known.contains(name)) {
        ctx.problemAt(ctx.pointer(name), ReadContext.offsetOf(p), ReadCode.UNKNOWN_MEMBER.code(), ReadCode.UNKNOWN_MEMBER.code(), name);
        p.skipChildren();
        continue;
      }
      ctx.push(name);
      member.read(name, p);
      ctx.pop();
    }
    return true;
  }

  private static <T> T value(JsonParser p, ReadContext ctx, Codec<T> codec, boolean nullable) {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return nullable ? null : Codecs.wrongType(p, ctx, codec.jsonType());
    }
    return codec.read(p, ctx);
  }

  private static void missing(ReadContext ctx, Set<String> present, String... required) {
    for (String name : required) {
      if (!present.contains(name)) {
        ctx.problemAt(ctx.pointer(name), -1, ReadCode.MISSING_MEMBER.code(), ReadCode.MISSING_MEMBER.code(), name);
      }
    }
  }

  private static final Set<String> FINDING_MEMBERS =
      Set.of("code", "severity", "path", "line", "column", "messageKey", "arguments", "message");

  static Finding readFinding(JsonParser p, ReadContext ctx) {
    int before = ctx.problemCount();
    Finding.Builder b = Finding.builder();
    Set<String> present = new HashSet<>();
    boolean object =
        members(
            p,
            ctx,
            FINDING_MEMBERS,
            (name, q) -> {
              present.add(name);
              switch (name) {
                case "code" -> set(value(q, ctx, Codecs.STRING, false), b::code);
                case "severity" -> set(value(q, ctx, SEVERITY, false), b::severity);
                case "path" -> set(value(q, ctx, Codecs.STRING, false), b::path);
                case "line" -> set(value(q, ctx, POSITIVE, true), b::line);
                case "column" -> set(value(q, ctx, POSITIVE, true), b::column);
                case "messageKey" -> set(value(q, ctx, Codecs.STRING, false), b::messageKey);
                case "arguments" -> set(value(q, ctx, STRINGS, false), b::addAllArguments);
                default -> value(q, ctx, Codecs.STRING, false); // message: derived, checked for type
              }
            });
    if (object) {
      missing(ctx, present, "code", "severity");
    }
    return ctx.problemCount() == before ? b.build() : null;
  }

  private static final Set<String> REPORT_MEMBERS = Set.of("source", "valid", "counts", "findings");

  static ValidationReport readReport(JsonParser p, ReadContext ctx, Locale locale) {
    int before = ctx.problemCount();
    Set<String> present = new HashSet<>();
    Object[] read = new Object[4]; // source, valid, counts, findings
    boolean object =
        members(
            p,
            ctx,
            REPORT_MEMBERS,
            (name, q) -> {
              present.add(name);
              switch (name) {
                case "source" -> read[0] = value(q, ctx, Codecs.STRING, true);
                case "valid" -> read[1] = value(q, ctx, Codecs.BOOLEAN, false);
                case "counts" -> read[2] = readCounts(q, ctx);
                default -> read[3] = value(q, ctx, FINDINGS, false);
              }
            });
    if (object) {
      missing(ctx, present, "valid", "counts", "findings");
    }
    if (ctx.problemCount() != before) {
      return null;
    }
    @SuppressWarnings("unchecked")
    List<Finding> findings = (List<Finding>) read[3];
    ValidationReport report = ValidationReport.of((String) read[0], findings, locale);
    int[] counts = (int[]) read[2];
    for (Severity s : Severity.values()) {
      if (counts[s.ordinal()] != report.count(s)) {
        ctx.problemAt(ctx.pointer("counts") + "/" + s.code(), -1, ReadCode.INVALID_VALUE.code(), ReadCode.INVALID_VALUE.code(),
            "counts." + s.code() + " is " + counts[s.ordinal()] + ", the findings have " + report.count(s));
      }
    }
    if ((Boolean) read[1] != report.isValid()) {
      ctx.problemAt(ctx.pointer("valid"), -1, ReadCode.INVALID_VALUE.code(), ReadCode.INVALID_VALUE.code(),
          "valid is " + read[1] + ", the findings say " + report.isValid());
    }
    return ctx.problemCount() == before ? report : null;
  }

  private static final Set<String> SEVERITY_CODES = Set.of("error", "warning", "info");

  private static int[] readCounts(JsonParser p, ReadContext ctx) {
    int[] counts = new int[Severity.values().length];
    Set<String> present = new HashSet<>();
    if (members(
        p,
        ctx,
        SEVERITY_CODES,
        (name, q) -> {
          present.add(name);
          Integer n = value(q, ctx, COUNT, false);
          if (n != null) {
            counts[Severity.valueOf(name.toUpperCase(Locale.ROOT)).ordinal()] = n;
          }
        })) {
      missing(ctx, present, "error", "warning", "info");
    }
    return counts;
  }

  private static <T> void set(T value, java.util.function.Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }
}
