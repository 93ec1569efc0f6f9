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
import java.util.Optional;
import org.replyletter.subsidy.CatalogueCoverage;
import org.replyletter.subsidy.CountGroup;
import org.replyletter.subsidy.HistoryCounting;
import org.replyletter.subsidy.Parameter;
import org.replyletter.subsidy.ShortageCatalogue;
import org.replyletter.subsidy.ShortageCategory;
import org.replyletter.subsidy.ShortageEntry;
import org.replyletter.subsidy.UnconfirmedShortage;
import org.replyletter.subsidy.VersionBasis;
import org.replyletter.subsidy.VersionSelection;
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
  public static final String SCHEMA_VERSION = "1.1";

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
    List<Finding> errors = ScheduleDefinition.check(
        doc.sources(), doc.versionSelection(), doc.versions(), citations.undeclared, citations.known.keySet());
    if (!errors.isEmpty()) {
      List<Finding> located = new ArrayList<>(support.locate(json, errors));
      located.sort(Comparator.comparingInt((Finding f) -> f.line().orElse(0)).thenComparingInt(f -> f.column().orElse(0)));
      throw new ScheduleDefinitionException(sourceName, located);
    }
    SubsidySchedule.Builder b = SubsidySchedule.builder().name(doc.name()).title(doc.title()).addAllVersions(doc.versions());
    doc.versionSelection().ifPresent(b::versionSelection);
    return b.build();
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
    schedule.versionSelection().source().ifPresent(s -> sources.putIfAbsent(s.id(), s));
    for (ScheduleVersion v : schedule.versions()) {
      for (ParameterKey<?> k : ParameterKey.values()) {
        Source s = v.parameters().get(k).source();
        sources.putIfAbsent(s.id(), s);
      }
      v.shortageCatalogue().ifPresent(c -> sources.putIfAbsent(c.source().id(), c.source()));
      v.counting().ifPresent(c -> sources.putIfAbsent(c.source().id(), c.source()));
    }
    Optional<VersionSelection> selection = schedule.versionSelection().source().isPresent()
        ? Optional.of(schedule.versionSelection())
        : Optional.empty();
    Document doc = new Document(
        schedule.name(), schedule.title(), List.copyOf(sources.values()), selection, schedule.versions());
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
  record Document(
      String name, String title, List<Source> sources, Optional<VersionSelection> versionSelection,
      List<ScheduleVersion> versions) {}

  /** Builds a {@link Document}; built only when every member was read. */
  private static final class Draft {
    String name;
    String title;
    List<Source> sources;
    VersionSelection versionSelection;
    List<ScheduleVersion> versions;

    /** Refuses what the schedule itself refuses on its own members (an input problem at the root). */
    Document build() {
      if (name.isBlank() || title.isBlank()) {
        throw new IllegalStateException("schedule name and title must not be blank");
      }
      return new Document(name, title, sources, Optional.ofNullable(versionSelection), versions);
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
        ObjectCodec.of(LinkedHashMap::new, ScheduleJson::withForm10Defaults);
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
            .optional("shortageCatalogue", catalogueCodec(ref), ScheduleVersion::shortageCatalogue,
                ScheduleVersion.Builder::shortageCatalogue)
            .optional("counting", countingCodec(ref), ScheduleVersion::counting, ScheduleVersion.Builder::counting)
            .build();
    return ObjectCodec.of(Draft::new, Draft::build)
        .reserved("schemaVersion", VERSION, true)
        .required("name", Codecs.STRING, Document::name, (d, v) -> d.name = v)
        .required("title", Codecs.STRING, Document::title, (d, v) -> d.title = v)
        .required("sources", SOURCES, Document::sources, (d, v) -> d.sources = v)
        .optional("versionSelection", selectionCodec(ref), Document::versionSelection, (d, v) -> d.versionSelection = v)
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
            .optional("noteEn", Codecs.STRING, Parameter::noteEn, Parameter.Builder::noteEn)
            .build();
    if (FORM_10_DEFAULTS.containsKey(key)) {
      d.optional(key.id(), parameter, m -> Optional.ofNullable((Parameter<T>) m.get(key)), (m, p) -> m.put(key, p));
    } else {
      d.required(key.id(), parameter, m -> (Parameter<T>) m.get(key), (m, p) -> m.put(key, p));
    }
  }

  /**
   * The source of the values a schedule of form 1.0 gets for the parameters added in 1.1; written
   * with the schedule like any other source.
   */
  public static final Source FORM_10 = Source.builder()
      .id("form-1.0")
      .document("补贴标准格式 1.0 没有此参数，取 1.0 版的做法")
      .issuer("reply-letter 库")
      .reliability(Reliability.ASSUMPTION)
      .build();

  /** The parameters added in form 1.1, optional in schedule JSON, with the value a schedule without them gets. */
  private static final Map<ParameterKey<?>, Parameter<?>> FORM_10_DEFAULTS = Map.of(
      ParameterKey.SHORTAGE_UNCONFIRMED,
      Parameter.<UnconfirmedShortage>builder()
          .value(UnconfirmedShortage.ACCEPT_WITH_WARNING)
          .source(FORM_10)
          .note("1.0 版按申报的紧缺类别上浮，未经核对；现在同样上浮，但提示经办人核实")
          .noteEn("Form 1.0 applied the claimed shortage class unchecked; it is still applied, now with a warning to check it")
          .build());

  /** The parameters map as read, with the form-1.0 defaults of the parameters it lacks. */
  private static Map<ParameterKey<?>, Parameter<?>> withForm10Defaults(Map<ParameterKey<?>, Parameter<?>> read) {
    for (Map.Entry<ParameterKey<?>, Parameter<?>> e : FORM_10_DEFAULTS.entrySet()) {
      read.putIfAbsent(e.getKey(), e.getValue());
    }
    return read;
  }

  /** {@code versionSelection}: which date chooses the version, with its source and notes. */
  private static ObjectCodec<VersionSelection, VersionSelection.Builder> selectionCodec(Codec<Source> ref) {
    return ObjectCodec.of(VersionSelection::builder, VersionSelection.Builder::build)
        .required("certificates",
            Codecs.enumeration(List.of(VersionBasis.CERTIFICATE_ISSUE_DATE, VersionBasis.DECISION_DATE), VersionBasis::id),
            VersionSelection::certificates, VersionSelection.Builder::certificates)
        .required("training",
            Codecs.enumeration(List.of(VersionBasis.TRAINING_COMPLETION_DATE, VersionBasis.DECISION_DATE), VersionBasis::id),
            VersionSelection::training, VersionSelection.Builder::training)
        .optional("source", ref, VersionSelection::source, VersionSelection.Builder::source)
        .optional("note", Codecs.STRING, VersionSelection::note, VersionSelection.Builder::note)
        .optional("noteEn", Codecs.STRING, VersionSelection::noteEn, VersionSelection.Builder::noteEn)
        .build();
  }

  /** {@code shortageCatalogue}: the dated, sourced catalogue of a version. */
  private static ObjectCodec<ShortageCatalogue, ShortageCatalogue.Builder> catalogueCodec(Codec<Source> ref) {
    ObjectCodec<ShortageEntry, ShortageEntry.Builder> entry =
        ObjectCodec.of(ShortageEntry::builder, ShortageEntry.Builder::build)
            .required("occupation", Codecs.STRING, ShortageEntry::occupation, ShortageEntry.Builder::occupation)
            .optional("code", Codecs.STRING, ShortageEntry::code, ShortageEntry.Builder::code)
            .required("category",
                Codecs.enumeration(
                    List.of(ShortageCategory.COMPREHENSIVE_SERVICE, ShortageCategory.PRODUCTION_MANUFACTURING),
                    ShortageCategory::id),
                ShortageEntry::category, ShortageEntry.Builder::category)
            .build();
    return ObjectCodec.of(ShortageCatalogue::builder, ShortageCatalogue.Builder::build)
        .required("source", ref, ShortageCatalogue::source, ShortageCatalogue.Builder::source)
        .required("published", Codecs.DATE, ShortageCatalogue::published, ShortageCatalogue.Builder::published)
        .required("coverage", Codecs.enumeration(CatalogueCoverage.class, CatalogueCoverage::id),
            ShortageCatalogue::coverage, ShortageCatalogue.Builder::coverage)
        .list("entries", entry, ShortageCatalogue::entries, ShortageCatalogue.Builder::addAllEntries)
        .optional("note", Codecs.STRING, ShortageCatalogue::note, ShortageCatalogue.Builder::note)
        .optional("noteEn", Codecs.STRING, ShortageCatalogue::noteEn, ShortageCatalogue.Builder::noteEn)
        .build();
  }

  /** {@code counting}: the groups counted separately and the window, with source and notes. */
  private static ObjectCodec<HistoryCounting, HistoryCounting.Builder> countingCodec(Codec<Source> ref) {
    ObjectCodec<CountGroup, CountGroup.Builder> group =
        ObjectCodec.of(CountGroup::builder, CountGroup.Builder::build)
            .required("id", Codecs.STRING, CountGroup::id, CountGroup.Builder::id)
            .required("kinds", Codecs.list(SubsidyCodecs.KIND), CountGroup::kinds, CountGroup.Builder::addAllKinds)
            .build();
    return ObjectCodec.of(HistoryCounting::builder, HistoryCounting.Builder::build)
        .required("groups", Codecs.list(group), HistoryCounting::groups, HistoryCounting.Builder::addAllGroups)
        .optional("windowFrom", Codecs.DATE, HistoryCounting::windowFrom, HistoryCounting.Builder::windowFrom)
        .optional("windowTo", Codecs.DATE, HistoryCounting::windowTo, HistoryCounting.Builder::windowTo)
        .required("source", ref, HistoryCounting::source, HistoryCounting.Builder::source)
        .optional("note", Codecs.STRING, HistoryCounting::note, HistoryCounting.Builder::note)
        .optional("noteEn", Codecs.STRING, HistoryCounting::noteEn, HistoryCounting.Builder::noteEn)
        .build();
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
