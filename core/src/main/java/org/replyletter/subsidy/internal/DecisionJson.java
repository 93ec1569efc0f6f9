package org.replyletter.subsidy.internal;

import java.util.Locale;
import org.replyletter.json.internal.JsonSupport;
import org.replyletter.subsidy.DecisionStep;
import org.replyletter.subsidy.Source;
import org.replyletter.subsidy.SubsidyDecision;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a {@link SubsidyDecision} as JSON, members in a fixed order, each explanation step with its
 * message in one language. Thread-safe.
 */
public final class DecisionJson {
  private DecisionJson() {}

  /** The schema version of the decision form written. */
  public static final String SCHEMA_VERSION = "1.1";

  /** Writes one decision as a document. */
  public static byte[] write(JsonSupport support, SubsidyDecision d, Locale locale) {
    return support.write(g -> write(d, locale, g));
  }

  /** Writes decisions as an array document. */
  public static byte[] writeAll(JsonSupport support, java.util.List<SubsidyDecision> decisions, Locale locale) {
    return support.write(g -> {
      g.writeStartArray();
      for (SubsidyDecision d : decisions) {
        write(d, locale, g);
      }
      g.writeEndArray();
    });
  }

  /** Writes one decision as an object on {@code g}. */
  private static void write(SubsidyDecision d, Locale locale, JsonGenerator g) {
    g.writeStartObject();
    // Every decision names its form's version, also inside an array of decisions.
    g.writeName("schemaVersion");
    g.writeString(SCHEMA_VERSION);
    if (d.requestId().isPresent()) {
      g.writeName("requestId");
      g.writeString(d.requestId().get());
    }
    g.writeName("eligible");
    g.writeBoolean(d.eligible());
    g.writeName("amount");
    g.writeString(d.amount().format());
    if (d.payee().isPresent()) {
      g.writeName("payee");
      g.writeString(d.payee().get().id());
    }
    if (d.version().isPresent()) {
      g.writeName("version");
      g.writeString(d.version().get());
    }
    if (d.jurisdiction().isPresent()) {
      g.writeName("jurisdiction");
      g.writeString(d.jurisdiction().get());
    }
    if (d.rounding().isPresent()) {
      g.writeName("rounding");
      g.writeString(d.rounding().get().id());
    }
    if (d.versionBasis().isPresent()) {
      g.writeName("versionBasis");
      g.writeString(d.versionBasis().get().id());
    }
    if (d.versionDate().isPresent()) {
      g.writeName("versionDate");
      g.writeString(d.versionDate().get().toString());
    }
    g.writeName("reasons");
    g.writeStartArray();
    for (String r : d.reasons()) {
      g.writeString(r);
    }
    g.writeEndArray();
    g.writeName("warnings");
    g.writeStartArray();
    for (String w : d.warnings()) {
      g.writeString(w);
    }
    g.writeEndArray();
    g.writeName("explanation");
    g.writeStartArray();
    for (DecisionStep s : d.explanation()) {
      g.writeStartObject();
      g.writeName("kind");
      g.writeString(s.kind().id());
      g.writeName("code");
      g.writeString(s.code());
      g.writeName("outcome");
      g.writeString(s.outcome().id());
      if (s.parameter().isPresent()) {
        g.writeName("parameter");
        g.writeString(s.parameter().get());
      }
      if (s.value().isPresent()) {
        g.writeName("value");
        g.writeString(s.value().get());
      }
      if (s.source().isPresent()) {
        Source src = s.source().get();
        g.writeName("source");
        g.writeStartObject();
        g.writeName("id");
        g.writeString(src.id());
        g.writeName("document");
        g.writeString(src.document());
        g.writeName("issuer");
        g.writeString(src.issuer());
        g.writeName("reliability");
        g.writeString(src.reliability().id());
        if (src.url().isPresent()) {
          g.writeName("url");
          g.writeString(src.url().get());
        }
        g.writeEndObject();
      }
      g.writeName("message");
      g.writeString(s.message(locale));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
