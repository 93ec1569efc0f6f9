package org.replyletter.jsonschema.internal;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.replyletter.diagnostics.Finding;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One published schema, loaded and compiled once: its text, its {@code $id} and a networknt
 * validator set up for draft 2020-12 with format assertions on (as Ajv with ajv-formats does) and
 * JSON Pointer locations. Thread-safe: the validator is compiled once, on first use, and networknt
 * schemas are safe to share once their validators are initialised.
 */
public final class CompiledSchema {
  private final String name;
  private final byte[] bytes;
  private final JsonNode root;
  private final String id;
  private final String dialect;
  private volatile Schema schema;

  /** Loads the catalogue entry; a file that is not JSON, or has no {@code $id}, fails here. */
  public CompiledSchema(SchemaCatalog.Entry entry) {
    this.name = entry.name();
    this.bytes = SchemaCatalog.read(entry);
    // Jackson's shared mapper: networknt builds it anyway (its enum keyword prints values with
    // JsonNode.toString), so a mapper of our own would be a second one, a cost a cold start feels.
    this.root = JsonMapper.shared().readTree(bytes);
    JsonNode idNode = root.get("$id");
    if (idNode == null || !idNode.isString()) {
      throw new IllegalStateException("schema " + name + " has no $id");
    }
    this.id = idNode.stringValue();
    JsonNode dialectNode = root.get("$schema");
    this.dialect = dialectNode == null ? "" : dialectNode.asString();
    if (!dialect.equals(SpecificationVersion.DRAFT_2020_12.getDialectId())) {
      throw new IllegalStateException("schema " + name + " is not draft 2020-12: " + dialect);
    }
  }

  /** Compiles on first use: printing a schema needs no validator (nor its logging). */
  private Schema schema() {
    Schema s = schema;
    if (s == null) {
      synchronized (this) {
        s = schema;
        if (s == null) {
          s = compile();
          schema = s;
        }
      }
    }
    return s;
  }

  private Schema compile() {
    // Without annotation keywords (Annotations): the same errors, half the keywords to walk.
    return compile(id, Annotations.stripped(root));
  }

  /** Compiles a schema tree with the settings described in the class comment. */
  static Schema compile(String id, JsonNode schema) {
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_POINTER)
            .locale(Locale.ENGLISH)
            .build();
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, b -> b.schemaRegistryConfig(config));
    Schema s = registry.getSchema(SchemaLocation.of(id), schema);
    s.initializeValidators();
    return s;
  }

  /** The published schema tree, as read from the file; for tests. */
  JsonNode root() {
    return root;
  }

  /** The catalogue name. */
  public String name() {
    return name;
  }

  /** The {@code $id}. */
  public String id() {
    return id;
  }

  /** The file's text. */
  public String text() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** A copy of the file's bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** Validates the tree parsed from {@code json}; findings are located in those bytes. */
  public List<Finding> validate(JsonNode document, byte[] json) {
    return StrictJson.locate(json, validate(document));
  }

  /** Validates a tree; every problem becomes a finding. */
  public List<Finding> validate(JsonNode document) {
    return validate(schema(), root, document);
  }

  /**
   * Validates a tree with a compiled schema. A stack overflow inside the validator (a pattern that
   * recursed per character: the published ones do not, PatternSafetyTest checks) becomes one
   * {@code RL-SCHEMA-008} finding rather than an error that escapes every caller; the stack is
   * unwound by then, and networknt keeps no state across a validation that could be left broken.
   */
  static List<Finding> validate(Schema schema, JsonNode schemaRoot, JsonNode document) {
    List<Error> errors;
    try {
      errors = schema.validate(document);
    } catch (StackOverflowError e) {
      return List.of(SchemaFindings.failed("stack overflow in the JSON Schema validator"));
    }
    return SchemaFindings.of(errors, schemaRoot);
  }
}
