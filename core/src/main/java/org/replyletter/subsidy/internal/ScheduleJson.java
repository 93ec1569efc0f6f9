package org.replyletter.subsidy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.replyletter.json.internal.Codec;
import org.replyletter.json.internal.Codecs;
import org.replyletter.json.internal.LetterCodecs;
import org.replyletter.json.internal.ObjectCodec;
import org.replyletter.json.internal.ReadContext;
import org.replyletter.subsidy.Parameter;
import org.replyletter.subsidy.ParameterKey;
import org.replyletter.subsidy.Reliability;
import org.replyletter.subsidy.ScheduleVersion;
import org.replyletter.subsidy.Source;
import org.replyletter.subsidy.SubsidySchedule;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of a {@link SubsidySchedule}: a root with {@code schemaVersion}, {@code name},
 * {@code title}, {@code sources} (declared once, cited by id) and {@code versions}, each with a closed
 * {@code parameters} object that must give every {@link ParameterKey}. Reading is strict and reports
 * every problem, located; overlapping versions and duplicate identifiers are reported at the member
 * that causes them. Thread-safe.
 */
public final class ScheduleJson {
  /** The schema version written; {@code 1} and {@code 1.x} are read. */
  public static final String SCHEMA_VERSION = "1.0";

  /** The codec of each parameter's value, chosen by the type of its key. */
  private static final Map<ParameterKey<?>, Codec<?>> VALUE_CODECS = new LinkedHashMap<>();

  static {
    for (ParameterKey<?> k : ParameterKey.values()) {
      VALUE_CODECS.put(k, ParameterCodecs.of(k.type()));
    }
  }

  private static final ObjectCodec<Source, Source.Builder> SOURCE =
      ObjectCodec.of(Source::builder, Source.Builder::build)
          .required("id", Codecs.STRING, Source::id, Source.Builder::id)
          .required("document", Codecs.STRING, Source::document, Source.Builder::document)
          .required("issuer", Codecs.STRING, Source::issuer, Source.Builder::issuer)
          .required(
              "reliability",
              Codecs.enumeration(Reliability.class, Reliability::id),
              Source::reliability,
              Source.Builder::reliability)
          .optional("url", Codecs.STRING, Source::url, Source.Builder::url)
          .build();

  private static final Map<String, SubsidySchedule> BUNDLED = new ConcurrentHashMap<>();

  private ScheduleJson() {}

  /** The bundled schedule {@code name} ({@code jinjiang} or {@code xiamen}), read once. */
  public static SubsidySchedule bundled(String name) {
    return BUNDLED.computeIfAbsent(name, ScheduleJson::loadBundled);
  }

  private static SubsidySchedule loadBundled(String name) {
    String resource = "/org/replyletter/subsidy/schedule-" + name + ".json";
    try (InputStream in = ScheduleJson.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no bundled schedule " + name);
      }
      return read(in.readAllBytes(), resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a file with the size limit. */
  public static byte[] readFile(Path file) {
    return SubsidyCodecs.SUPPORT.readFile(file);
  }

  /** Reads a schedule or throws {@link org.replyletter.json.JsonInputException} with every problem. */
  public static SubsidySchedule read(byte[] json, String sourceName) {
    // Parameters cite sources declared anywhere in the document: collect the sources first (their
    // problems are reported by the full read), then read everything once, from the bytes, with
    // every limit.
    return SubsidyCodecs.readBytes(json, sourceName, rootCodec(declaredSources(json)));
  }

  /**
   * The sources the document declares, by id; empty when it has none or cannot be parsed (the full
   * read reports why).
   */
  private static Map<String, Source> declaredSources(byte[] json) {
    Map<String, Source> known = new LinkedHashMap<>();
    JsonNode sources = SubsidyCodecs.SUPPORT.precheck(json) == null ? sourcesTree(json) : null;
    if (sources == null) {
      return known;
    }
    SubsidyCodecs.readTree(sources, SubsidyCodecs.newContext(), new SourcesCodec(known, true));
    // A source with a problem of its own is still known by its id, so that its citations are not
    // reported too; the schedule is not built anyway.
    if (sources.isArray()) {
      for (JsonNode s : sources) {
        JsonNode id = s.isObject() ? s.get("id") : null;
        if (id != null && id.isString() && !known.containsKey(id.stringValue())) {
          known.put(id.stringValue(), Source.builder().id(id.stringValue()).document("?").issuer("?")
              .reliability(Reliability.ASSUMPTION).build());
        }
      }
    }
    return known;
  }

  /**
   * The value of the root's {@code sources} member as a tree, skipping every other member unread;
   * null if there is none or the bytes do not parse that far.
   */
  private static JsonNode sourcesTree(byte[] json) {
    JsonMapper mapper = SubsidyCodecs.SUPPORT.mapper();
    try (JsonParser p = mapper.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        boolean wanted = p.currentName().equals("sources");
        p.nextToken();
        if (wanted) {
          return mapper.readTree(p);
        }
        p.skipChildren();
      }
    } catch (JacksonException e) {
      // Reported, located, by the full read.
    }
    return null;
  }

  /** Writes a schedule; sources are declared once each, in order of first citation. */
  public static byte[] write(SubsidySchedule schedule) {
    Map<String, Source> sources = new LinkedHashMap<>();
    for (ScheduleVersion v : schedule.versions()) {
      for (ParameterKey<?> k : ParameterKey.values()) {
        Source s = v.parameters().get(k).source();
        sources.putIfAbsent(s.id(), s);
      }
    }
    ObjectCodec<SubsidySchedule, SubsidySchedule.Builder> root = rootCodec(sources);
    return SubsidyCodecs.SUPPORT.write(
        g -> {
          g.writeStartObject();
          g.writeName("schemaVersion");
          g.writeString(SCHEMA_VERSION);
          root.writeMembers(schedule, g);
          g.writeEndObject();
        });
  }

  /**
   * The root codec for one read: {@code sources} is read first and fills {@code known}, which the
   * source references of the parameters then resolve against.
   */
  private static ObjectCodec<SubsidySchedule, SubsidySchedule.Builder> rootCodec(Map<String, Source> known) {
    Codec<Source> ref = sourceRef(known);
    ObjectCodec.Declaration<Map<ParameterKey<?>, Parameter<?>>, Map<ParameterKey<?>, Parameter<?>>> params =
        ObjectCodec.of(LinkedHashMap::new, m -> m);
    for (ParameterKey<?> k : ParameterKey.values()) {
      declare(params, k, ref);
    }
    ObjectCodec<Map<ParameterKey<?>, Parameter<?>>, Map<ParameterKey<?>, Parameter<?>>> parameters = params.build();
    ObjectCodec<ScheduleVersion, ScheduleVersion.Builder> version =
        ObjectCodec.of(ScheduleVersion::builder, ScheduleVersion.Builder::build)
            .required("id", Codecs.STRING, ScheduleVersion::id, ScheduleVersion.Builder::id)
            .required("jurisdiction", Codecs.STRING, ScheduleVersion::jurisdiction, ScheduleVersion.Builder::jurisdiction)
            .required("effectiveFrom", Codecs.DATE, ScheduleVersion::effectiveFrom, ScheduleVersion.Builder::effectiveFrom)
            .optional("effectiveTo", Codecs.DATE, ScheduleVersion::effectiveTo, ScheduleVersion.Builder::effectiveTo)
            .optional("description", Codecs.STRING, ScheduleVersion::description, ScheduleVersion.Builder::description)
            .required("parameters", parameters, ScheduleVersion::parameters, ScheduleVersion.Builder::putAllParameters)
            .build();
    return ObjectCodec.of(SubsidySchedule::builder, SubsidySchedule.Builder::build)
        .reserved("schemaVersion", LetterCodecs.VERSION, true)
        .required("name", Codecs.STRING, SubsidySchedule::name, SubsidySchedule.Builder::name)
        .required("title", Codecs.STRING, SubsidySchedule::title, SubsidySchedule.Builder::title)
        .required("sources", new SourcesCodec(known, false), s -> List.copyOf(known.values()), (b, v) -> {})
        .required("versions", new VersionsCodec(version), SubsidySchedule::versions, SubsidySchedule.Builder::addAllVersions)
        .build();
  }

  @SuppressWarnings("unchecked") // VALUE_CODECS maps each key to a codec of the key's type.
  private static <T> void declare(
      ObjectCodec.Declaration<Map<ParameterKey<?>, Parameter<?>>, Map<ParameterKey<?>, Parameter<?>>> d,
      ParameterKey<T> key,
      Codec<Source> ref) {
    Codec<T> value = (Codec<T>) VALUE_CODECS.get(key);
    ObjectCodec<Parameter<T>, Parameter.Builder<T>> parameter =
        ObjectCodec.<Parameter<T>, Parameter.Builder<T>>of(Parameter::builder, Parameter.Builder::build)
            .required("value", value, Parameter::value, Parameter.Builder::value)
            .required("source", ref, Parameter::source, Parameter.Builder::source)
            .optional("note", Codecs.STRING, Parameter::note, Parameter.Builder::note)
            .build();
    d.required(
        key.id(),
        parameter,
        m -> (Parameter<T>) m.get(key),
        (m, p) -> m.put(key, p));
  }

  private static Codec<Source> sourceRef(Map<String, Source> known) {
    return new Codec<>() {
      @Override
      public Source read(JsonParser p, ReadContext ctx) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          return Codecs.wrongType(p, ctx, "string");
        }
        Source s = known.get(p.getString());
        if (s == null) {
          ctx.problem(p, Codecs.INVALID_VALUE, "RL-JSON-006.enum", p.getString(), String.join(", ", known.keySet()));
        }
        return s;
      }

      @Override
      public void write(Source value, JsonGenerator g) {
        g.writeString(value.id());
      }

      @Override
      public String jsonType() {
        return "string";
      }
    };
  }

  /**
   * The source list. In the first pass it fills the table of known sources; in the full pass it
   * reports an identifier used twice.
   */
  private static final class SourcesCodec implements Codec<List<Source>> {
    private final Map<String, Source> known;
    private final boolean fill;

    SourcesCodec(Map<String, Source> known, boolean fill) {
      this.known = known;
      this.fill = fill;
    }

    @Override
    public List<Source> read(JsonParser p, ReadContext ctx) {
      List<Source> sources = Codecs.list(SOURCE).read(p, ctx);
      if (sources == null) {
        return null;
      }
      Map<String, Source> seen = new HashMap<>();
      int before = ctx.problemCount();
      for (int i = 0; i < sources.size(); i++) {
        Source s = sources.get(i);
        if (seen.putIfAbsent(s.id(), s) != null) {
          SubsidyCodecs.definitionProblem(
              ctx, ctx.pointer() + "/" + i + "/id", SubsidyCode.DEF_DUPLICATE_ID.code(), SubsidyCode.DEF_DUPLICATE_ID.messageKey("Source"), s.id());
        } else if (fill) {
          known.put(s.id(), s);
        }
      }
      return ctx.problemCount() == before ? sources : null;
    }

    @Override
    public void write(List<Source> value, JsonGenerator g) {
      Codecs.list(SOURCE).write(value, g);
    }

    @Override
    public String jsonType() {
      return "array";
    }
  }

  /**
   * The version list: identifiers unique, versions of one jurisdiction never overlapping; each check
   * is linear (or N log N) with at most one finding per version, whatever the input.
   */
  private static final class VersionsCodec implements Codec<List<ScheduleVersion>> {
    private final Codec<List<ScheduleVersion>> list;

    VersionsCodec(ObjectCodec<ScheduleVersion, ScheduleVersion.Builder> version) {
      this.list = Codecs.list(version);
    }

    @Override
    public List<ScheduleVersion> read(JsonParser p, ReadContext ctx) {
      List<ScheduleVersion> versions = list.read(p, ctx);
      if (versions == null) {
        return null;
      }
      int before = ctx.problemCount();
      if (versions.isEmpty()) {
        SubsidyCodecs.definitionProblem(ctx, ctx.pointer(), SubsidyCode.DEF_NO_VERSION.code(), SubsidyCode.DEF_NO_VERSION.messageKey());
      }
      Map<String, Integer> ids = new HashMap<>();
      for (int i = 0; i < versions.size(); i++) {
        ScheduleVersion v = versions.get(i);
        if (ids.putIfAbsent(v.id(), i) != null) {
          SubsidyCodecs.definitionProblem(
              ctx, ctx.pointer() + "/" + i + "/id", SubsidyCode.DEF_DUPLICATE_ID.code(), SubsidyCode.DEF_DUPLICATE_ID.messageKey("Version"), v.id());
        }
      }
      for (VersionOverlaps.Overlap o : VersionOverlaps.find(versions)) {
        ScheduleVersion v = versions.get(o.index());
        SubsidyCodecs.definitionProblem(
            ctx,
            ctx.pointer() + "/" + o.index() + "/effectiveFrom",
            SubsidyCode.DEF_OVERLAP.code(),
            SubsidyCode.DEF_OVERLAP.messageKey(),
            v.id(),
            versions.get(o.overlapped()).id(),
            v.jurisdiction());
      }
      return ctx.problemCount() == before ? versions : null;
    }

    @Override
    public void write(List<ScheduleVersion> value, JsonGenerator g) {
      list.write(value, g);
    }

    @Override
    public String jsonType() {
      return "array";
    }
  }
}
