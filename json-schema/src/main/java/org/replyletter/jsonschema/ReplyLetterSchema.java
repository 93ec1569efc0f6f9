package org.replyletter.jsonschema;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.replyletter.json.JsonInputException;
import org.replyletter.jsonschema.internal.CompiledSchema;
import org.replyletter.jsonschema.internal.SchemaCatalog;
import org.replyletter.jsonschema.internal.StrictJson;
import org.replyletter.diagnostics.Finding;
import tools.jackson.databind.JsonNode;

/**
 * A published JSON Schema (draft 2020-12) of the library's JSON forms, found by name: its text, its
 * versioned {@code $id}, and validation of raw JSON against it.
 *
 * <pre>{@code
 * ReplyLetterSchema schema = ReplyLetterSchema.replyLetter();
 * String text = schema.text();                       // the schema, to publish or hand to Ajv
 * List<Finding> problems = schema.validate(jsonBytes); // empty when the document conforms
 * }</pre>
 *
 * <p>The schema describes the <em>form</em> of a document, exactly what the Java reader
 * ({@link org.replyletter.json.ReplyLetterJson}) accepts: members, types, required members, allowed
 * identifiers, the readable forms of a document number, calendar dates and number ranges. Whether a
 * letter is <em>complete</em> is the rule engine's business, not the schema's. Findings are errors
 * with stable codes {@code RL-SCHEMA-001}… (see the {@linkplain org.replyletter.jsonschema package
 * overview}) and RFC 6901 JSON Pointer paths, and, when validated from bytes, line and column.
 *
 * <p>Names: {@value #REPLY_LETTER}, {@value #SUBSIDY_SCHEDULE} (a {@link
 * org.replyletter.subsidy.SubsidySchedule}), {@value #SUBSIDY_REQUEST} (a {@link
 * org.replyletter.subsidy.SubsidyRequest}) and {@value #SUBSIDY_DECISION} (a {@link
 * org.replyletter.subsidy.SubsidyDecision} as written by {@code toJson}). Rules across members that
 * a JSON Schema cannot state (a schedule's cited sources are declared, its identifiers unique, its
 * versions do not overlap) are checked by the Java readers only. Instances are immutable and thread-safe; each schema is loaded and compiled once,
 * on first use, and shared.
 *
 * @since 0.1.0
 */
public final class ReplyLetterSchema {
  /**
   * The name of the reply letter's schema, the newest version of its JSON form, {@code
   * https://replyletter.org/schema/1.1/reply-letter.json}; it accepts every 1.0 document. The 1.0
   * schema stays in the jar, at {@code org/replyletter/schema/1.0/reply-letter.json}.
   */
  public static final String REPLY_LETTER = SchemaCatalog.REPLY_LETTER;

  /**
   * The name of the subsidy schedule's schema, {@code
   * https://replyletter.org/schema/1.1/subsidy-schedule.json}.
   */
  public static final String SUBSIDY_SCHEDULE = SchemaCatalog.SUBSIDY_SCHEDULE;

  /**
   * The name of the subsidy request's schema, {@code
   * https://replyletter.org/schema/1.1/subsidy-request.json}.
   */
  public static final String SUBSIDY_REQUEST = SchemaCatalog.SUBSIDY_REQUEST;

  /**
   * The name of the subsidy decision's schema, {@code
   * https://replyletter.org/schema/1.1/subsidy-decision.json}.
   */
  public static final String SUBSIDY_DECISION = SchemaCatalog.SUBSIDY_DECISION;

  private static final Map<String, ReplyLetterSchema> LOADED = new ConcurrentHashMap<>();

  private final CompiledSchema schema;

  private ReplyLetterSchema(CompiledSchema schema) {
    this.schema = schema;
  }

  /**
   * Returns the names of the published schemas.
   *
   * @return an unmodifiable list in a fixed order, never empty; {@value #REPLY_LETTER} first
   */
  public static List<String> names() {
    return SchemaCatalog.names();
  }

  /**
   * Returns the schema with the given name.
   *
   * @param name one of {@link #names()}; not null
   * @return the schema, shared
   * @throws IllegalArgumentException if no schema has that name (the message lists the names)
   * @throws NullPointerException if {@code name} is null
   */
  public static ReplyLetterSchema named(String name) {
    Objects.requireNonNull(name, "name");
    SchemaCatalog.Entry entry =
        SchemaCatalog.find(name)
            .orElseThrow(
                () -> new IllegalArgumentException(
                    "no schema named \"" + name + "\"; known: " + String.join(", ", names())));
    return LOADED.computeIfAbsent(entry.name(), n -> new ReplyLetterSchema(new CompiledSchema(entry)));
  }

  /**
   * Returns the reply letter's schema, {@link #named(String) named} {@value #REPLY_LETTER}.
   *
   * @return the schema, shared
   */
  public static ReplyLetterSchema replyLetter() {
    return named(REPLY_LETTER);
  }

  /**
   * Returns this schema's name.
   *
   * @return the name, e.g. {@value #REPLY_LETTER}; never null
   */
  public String name() {
    return schema.name();
  }

  /**
   * Returns this schema's {@code $id}, which carries the version of the JSON form. It identifies the
   * schema; it is not a download address.
   *
   * @return the identifier, e.g. {@code https://replyletter.org/schema/1.1/reply-letter.json}
   */
  public String id() {
    return schema.id();
  }

  /**
   * Returns the schema document as published.
   *
   * @return the JSON text, never null
   */
  public String text() {
    return schema.text();
  }

  /**
   * Returns the schema document as published, UTF-8.
   *
   * @return a new array on each call
   */
  public byte[] bytes() {
    return schema.bytes();
  }

  /**
   * Validates a parsed JSON document against this schema.
   *
   * @param document the document's root; not null (a JSON {@code null} is a {@code NullNode})
   * @return the findings in a stable order, all errors; empty if the document conforms
   * @throws NullPointerException if {@code document} is null
   */
  public List<Finding> validate(JsonNode document) {
    return schema.validate(Objects.requireNonNull(document, "document"));
  }

  /**
   * Parses UTF-8 JSON strictly, as the Java reader does, and validates it against this schema.
   * Findings carry the line and column of the problem, as the reader's do: an unknown member at its
   * name, a missing member at the start of its object, any other problem at its value.
   *
   * <p>The bytes are read within the reader's default limits, {@link
   * org.replyletter.json.ReadLimits#defaults()}: document size, nesting depth, string and member
   * name length, number length and array length. An exceeded limit is {@code RL-JSON-009}, with the
   * line, column and JSON Pointer where it was crossed (the size limit, checked first, has none).
   * Input that is not UTF-8 (UTF-16 or UTF-32) is refused as {@code RL-JSON-001} at line 1, column 1.
   *
   * @param json the bytes; not null
   * @return the findings in a stable order, all errors; empty if the document conforms
   * @throws JsonInputException if the bytes are not one UTF-8 JSON document (malformed, a duplicate
   *     key, trailing content, not UTF-8, over the limits); its findings use the reader's codes
   * @throws NullPointerException if {@code json} is null
   */
  public List<Finding> validate(byte[] json) {
    Objects.requireNonNull(json, "json");
    return schema.validate(StrictJson.parse(json), json);
  }

  /**
   * Returns the name and the {@code $id}.
   *
   * @return e.g. {@code reply-letter (https://replyletter.org/schema/1.1/reply-letter.json)}
   */
  @Override
  public String toString() {
    return name() + " (" + id() + ")";
  }
}
