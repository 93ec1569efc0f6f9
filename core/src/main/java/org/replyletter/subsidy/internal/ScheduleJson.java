package org.replyletter.subsidy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.replyletter.diagnostics.Finding;
import org.replyletter.json.internal.Codec;
import org.replyletter.json.internal.Codecs;
import org.replyletter.json.internal.JsonSupport;
import org.replyletter.json.internal.ObjectCodec;
import org.replyletter.json.internal.ReadContext;
import org.replyletter.subsidy.Parameter;
import org.replyletter.subsidy.ParameterKey;
import org.replyletter.subsidy.Reliability;
import org.replyletter.subsidy.ScheduleDefinitionException;
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
 * {@code parameters} object that must give every {@link ParameterKey}, in the form its
 * {@linkplain ParameterKey#type() type} says. Thread-safe.
 *
 * <p>Reading has two outcomes for a bad document. Input that is not a schedule's JSON (what the
 * published schema also refuses: malformed JSON, a wrong shape or value, no version) is a
 * {@link org.replyletter.json.JsonInputException} with every such problem, located. A readable
 * document whose schedule is badly defined (what no schema can say: a parameter citing an undeclared
 * source, a source or version id used twice, overlapping versions of a jurisdiction) is a
 * {@link ScheduleDefinitionException} with every definition error, located; it is only checked once
 * the input is readable.
 */
public final class ScheduleJson {
  /** The schema version of the schedule form written; {@code 1} and {@code 1.x} are read. */
  public static final String SCHEMA_VERSION = "1.0";

  /** The schedule's {@code schemaVersion}. */
  private static final Codec<String> VERSION = Codecs.schemaVersion(SCHEMA_VERSION);

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

  private static final Codec<List<Source>> SOURCES = Codecs.list(SOURCE);

  private static final Map<String, SubsidySchedule> BUNDLED = new ConcurrentHashMap<>();

  private ScheduleJson() {}

  /** The bundled schedule {@code name} ({@code jinjiang} or {@code xiamen}), read once with the default limits. */
  public static SubsidySchedule bundled(String name) {
    return BUNDLED.computeIfAbsent(name, ScheduleJson::loadBundled);
  }

  private static SubsidySchedule loadBundled(String name) {
    String resource = "/org/replyletter/subsidy/schedule-" + name + ".json";
    try (InputStream in = ScheduleJson.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no bundled schedule " + name);
      }
      return read(SubsidyCodecs.SUPPORT, in.readAllBytes(), resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a schedule.
   *
   * @throws org.replyletter.json.JsonInputException with every input problem, if the input is not a schedule's JSON
   * @throws ScheduleDefinitionException with every definition error, if the schedule is badly defined
   */
  public static SubsidySchedule read(JsonSupport support, byte[] json, String sourceName) {
    // Parameters cite sources declared anywhere in the document: collect the sources first, then
    // read everything once, from the bytes, with every limit.
    Citations citations = new Citations(declaredSources(support, json));
    Document doc = SubsidyCodecs.readBytes(support, json, sourceName, rootCodec(citations));
    List<Finding> errors = ScheduleDefinition.check(doc.sources(), doc.versions(), citations.undeclared, citations.known.keySet());
    if (!errors.isEmpty()) {
      List<Finding> located = new ArrayList<>(support.locate(json, errors));
      located.sort(Comparator.comparingInt((Finding f) -> f.line().orElse(0)).thenComparingInt(f -> f.column().orElse(0)));
      throw new ScheduleDefinitionException(sourceName, located);
    }
    return SubsidySchedule.builder().name(doc.name()).title(doc.title()).addAllVersions(doc.versions()).build();
  }

  /** The sources the document declares, by id (the first of a duplicate); empty when unreadable. */
  private static Map<String, Source> declaredSources(JsonSupport support, byte[] json) {
    Map<String, Source> known = new LinkedHashMap<>();
    JsonNode sources = support.precheck(json) == null ? sourcesTree(support, json) : null;
    if (sources != null) {
      List<Source> list = SubsidyCodecs.readTree(sources, SubsidyCodecs.newContext(support), SOURCES);
      if (list != null) {
        for (Source s : list) {
          known.putIfAbsent(s.id(), s);
        }
      }
    }
    return known;
  }

  /**
   * The value of the root's {@code sources} member as a tree, skipping every other member unread;
   * null if there is none or the bytes do not parse that far.
   */
  private static JsonNode sourcesTree(JsonSupport support, byte[] json) {
    JsonMapper mapper = support.mapper();
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

  /** Writes a schedule, {@code schemaVersion} first; sources are declared once each, in order of first citation. */
  public static byte[] write(JsonSupport support, SubsidySchedule schedule) {
    Map<String, Source> sources = new LinkedHashMap<>();
    for (ScheduleVersion v : schedule.versions()) {
      for (ParameterKey<?> k : ParameterKey.values()) {
        Source s = v.parameters().get(k).source();
        sources.putIfAbsent(s.id(), s);
      }
    }
    Document doc = new Document(schedule.name(), schedule.title(), List.copyOf(sources.values()), schedule.versions());
    ObjectCodec<Document, Draft> root = rootCodec(new Citations(sources));
    return support.write(
        g -> {
          g.writeStartObject();
          g.writeName("schemaVersion");
          g.writeString(SCHEMA_VERSION);
          root.writeMembers(doc, g);
          g.writeEndObject();
        });
  }

  /** The root codec with no source declared, for tools that describe the JSON form (the schema's drift test). */
  public static ObjectCodec<?, ?> describingCodec() {
    return rootCodec(new Citations(Map.of()));
  }

  /** The codec of one declared source, for tools that describe the JSON form. */
  public static ObjectCodec<?, ?> sourceCodec() {
    return SOURCE;
  }

  /** The codec of each parameter's value, by key, for tools that describe the JSON form. */
  public static Map<ParameterKey<?>, Codec<?>> valueCodecs() {
    return Collections.unmodifiableMap(VALUE_CODECS);
  }

  /** A schedule as read, before its definition is checked. */
  record Document(String name, String title, List<Source> sources, List<ScheduleVersion> versions) {}

  /** Builds a {@link Document}; built only when every member was read. */
  private static final class Draft {
    String name;
    String title;
    List<Source> sources;
    List<ScheduleVersion> versions;

    /** Refuses what the schedule itself refuses on its own members (an input problem at the root). */
    Document build() {
      if (name.isBlank() || title.isBlank()) {
        throw new IllegalStateException("schedule name and title must not be blank");
      }
      return new Document(name, title, sources, versions);
    }
  }

  /**
   * The sources declared, by id, and the citations of ids that are not: each resolves to a stand-in
   * source, by identity, so that the version still builds and the definition check names it.
   */
  private static final class Citations {
    final Map<String, Source> known;
    final Set<Source> undeclared = Collections.newSetFromMap(new IdentityHashMap<>());

    Citations(Map<String, Source> known) {
      this.known = known;
    }

    Source resolve(String id) {
      Source s = known.get(id);
      if (s == null) {
        s = Source.builder().id(id).document("?").issuer("?").reliability(Reliability.ASSUMPTION).build();
        undeclared.add(s);
      }
      return s;
    }
  }

  /** The root codec for one read: source references resolve against {@code citations}. */
  private static ObjectCodec<Document, Draft> rootCodec(Citations citations) {
    Codec<Source> ref = sourceRef(citations);
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
    return ObjectCodec.of(Draft::new, Draft::build)
        .reserved("schemaVersion", VERSION, true)
        .required("name", Codecs.STRING, Document::name, (d, v) -> d.name = v)
        .required("title", Codecs.STRING, Document::title, (d, v) -> d.title = v)
        .required("sources", SOURCES, Document::sources, (d, v) -> d.sources = v)
        .required("versions", new VersionsCodec(Codecs.list(version)), Document::versions, (d, v) -> d.versions = v)
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

  private static Codec<Source> sourceRef(Citations citations) {
    return new Codec<>() {
      @Override
      public Source read(JsonParser p, ReadContext ctx) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          return Codecs.wrongType(p, ctx, "string");
        }
        return citations.resolve(p.getString());
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

  /** The version list: not empty, as the schema says ({@code SUB-DEF-004}, an input problem). */
  private static final class VersionsCodec implements Codec<List<ScheduleVersion>> {
    private final Codec<List<ScheduleVersion>> list;

    VersionsCodec(Codec<List<ScheduleVersion>> list) {
      this.list = list;
    }

    @Override
    public List<ScheduleVersion> read(JsonParser p, ReadContext ctx) {
      List<ScheduleVersion> versions = list.read(p, ctx);
      if (versions != null && versions.isEmpty()) {
        SubsidyCode c = SubsidyCode.DEF_NO_VERSION;
        ctx.problemAt(ctx.pointer(), -1, c.code(), c.messageKey());
        return null;
      }
      return versions;
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
