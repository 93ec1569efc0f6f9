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
import org.replyletter.validation.Finding;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One published schema, loaded and compiled once: its text, its {@code $id} and a networknt
 * validator set up for draft 2020-12 with format assertions on (as Ajv with ajv-formats does) and
 * JSON Pointer locations. Thread-safe: the validator is compiled once, on first use, and networknt
 * schemas are safe to share once their validators are initialised.
 */
public final class CompiledSchema {
  // A streaming parser, not a JsonMapper: building a mapper costs about 200 ms in a fresh JVM, which
  // is a sixth of a command line's cold `validate`, and a schema file needs only a tree.
  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

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
    this.root = readTree(bytes);
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

  /**
   * The tree of a schema file, node for node what {@code JsonMapper.readTree} gives with default
   * settings (integers as int, long or big-integer nodes by size; other numbers as doubles).
   */
  static JsonNode readTree(byte[] json) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      JsonNode root = value(p, p.nextToken());
      if (root == null || p.nextToken() != null) {
        throw new IllegalStateException("a schema file holds one JSON value");
      }
      return root;
    }
  }

  private static JsonNode value(JsonParser p, JsonToken t) {
    if (t == null) {
      return null;
    }
    switch (t) {
      case START_OBJECT -> {
        ObjectNode o = NODES.objectNode();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          o.set(name, value(p, p.nextToken()));
        }
        return o;
      }
      case START_ARRAY -> {
        ArrayNode a = NODES.arrayNode();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          a.add(value(p, e));
        }
        return a;
      }
      case VALUE_STRING -> {
        return NODES.textNode(p.getString());
      }
      case VALUE_NUMBER_INT -> {
        return switch (p.getNumberType()) {
          case INT -> NODES.numberNode(p.getIntValue());
          case LONG -> NODES.numberNode(p.getLongValue());
          default -> NODES.numberNode(p.getBigIntegerValue());
        };
      }
      case VALUE_NUMBER_FLOAT -> {
        return NODES.numberNode(p.getDoubleValue());
      }
      case VALUE_TRUE -> {
        return NODES.booleanNode(true);
      }
      case VALUE_FALSE -> {
        return NODES.booleanNode(false);
      }
      case VALUE_NULL -> {
        return NODES.nullNode();
      }
      default -> throw new IllegalStateException("unexpected token " + t);
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
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_POINTER)
            .locale(Locale.ENGLISH)
            .build();
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, b -> b.schemaRegistryConfig(config));
    Schema s = registry.getSchema(SchemaLocation.of(id), root);
    s.initializeValidators();
    return s;
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
    return Locator.locate(json, validate(document));
  }

  /** Validates a tree; every problem becomes a finding. */
  public List<Finding> validate(JsonNode document) {
    List<Error> errors = schema().validate(document);
    return SchemaFindings.of(errors, root);
  }
}
