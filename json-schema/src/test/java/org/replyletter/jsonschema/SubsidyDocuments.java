package org.replyletter.jsonschema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.replyletter.json.internal.Codec;
import org.replyletter.json.internal.ObjectCodec;
import org.replyletter.json.JsonInputException;
import org.replyletter.subsidy.ScheduleDefinitionException;
import org.replyletter.subsidy.SubsidyJson;
import org.replyletter.subsidy.SubsidyRequest;
import org.replyletter.subsidy.SubsidySchedule;
import org.replyletter.subsidy.internal.RequestJson;
import org.replyletter.subsidy.internal.ScheduleJson;
import org.replyletter.diagnostics.Finding;
import tools.jackson.databind.JsonNode;

/**
 * Test support for the subsidy schemas: the Java readers of schedules and requests side by side with
 * their schemas, the codecs that declare the JSON forms, and the published documents.
 */
final class SubsidyDocuments {
  private SubsidyDocuments() {}

  static final Path EXAMPLE_REQUESTS = Path.of("..", "examples", "subsidy");
  static final List<String> BUNDLED_SCHEDULES = List.of("jinjiang", "xiamen");

  /** A JSON form with a Java reader: its schema and its reader. */
  enum Form {
    SCHEDULE(ReplyLetterSchema.SUBSIDY_SCHEDULE) {
      @Override
      void read(byte[] json) {
        SubsidyJson.defaults().readSchedule(json, "test");
      }
    },
    REQUEST(ReplyLetterSchema.SUBSIDY_REQUEST) {
      @Override
      void read(byte[] json) {
        SubsidyJson.defaults().readRequest(json, "test");
      }
    };

    final String schemaName;

    Form(String schemaName) {
      this.schemaName = schemaName;
    }

    abstract void read(byte[] json);

    ReplyLetterSchema schema() {
      return ReplyLetterSchema.named(schemaName);
    }

    JsonNode schemaTree() {
      return Documents.tree(schema().text());
    }

    /** The reader's findings: empty if it reads the document. */
    List<Finding> readerFindings(byte[] json) {
      try {
        read(json);
        return List.of();
      } catch (JsonInputException e) {
        return e.findings();
      } catch (ScheduleDefinitionException e) {
        return e.findings(); // what no schema can say: the schema accepts such a document
      }
    }

    List<Finding> schemaFindings(byte[] json) {
      return schema().validate(json);
    }
  }

  /** Reader codes and the schema codes for the same problem at the same path. */
  static final Map<String, List<String>> SCHEMA_CODES_FOR_READER_CODE =
      Map.of(
          "RL-JSON-003", List.of("RL-SCHEMA-003"),
          "RL-JSON-004", List.of("RL-SCHEMA-001"),
          "RL-JSON-005", List.of("RL-SCHEMA-002"),
          "RL-JSON-006", List.of("RL-SCHEMA-004", "RL-SCHEMA-005", "RL-SCHEMA-006", "RL-SCHEMA-007"),
          "RL-JSON-008", List.of("RL-SCHEMA-005"),
          "SUB-DEF-003", List.of("RL-SCHEMA-005"),
          "SUB-DEF-004", List.of("RL-SCHEMA-009"));

  /**
   * Asserts that reader and schema agree on a document: both accept it, or both reject it, and
   * <ul>
   *   <li>a problem of a member is reported at the same path, with corresponding codes and the same
   *       line and column;
   *   <li>a rule across members that the reader reports at an object ({@code RL-JSON-006}, from the
   *       model's {@code @Value.Check}) is reported by the schema at that object or at a member of it;
   *   <li>the schema reports nothing else, except a rule across members of an object in which the
   *       reader found a problem of a member (the reader then does not check the object's rules; the
   *       schema checks everything): {@code RL-SCHEMA-009} at the object, or a member that a condition
   *       requires ({@code RL-SCHEMA-002}) or requires not blank ({@code RL-SCHEMA-005}).
   * </ul>
   */
  static void assertAgree(Form form, JsonNode document, String what) {
    byte[] json = Documents.bytes(document);
    List<Finding> reader = form.readerFindings(json);
    List<Finding> schema = form.schemaFindings(json);
    String context = what + "\n  document: " + new String(json, StandardCharsets.UTF_8)
        + "\n  reader: " + Documents.describe(reader) + "\n  schema: " + Documents.describe(schema);
    assertEquals(reader.isEmpty(), schema.isEmpty(), "accept/reject differ: " + context);
    List<String> objectRules = new ArrayList<>();
    for (Finding r : reader) {
      if (r.code().equals("RL-JSON-006") && document.at(r.path()).isObject()) {
        objectRules.add(r.path());
        assertTrue(
            schema.stream().anyMatch(s -> s.path().equals(r.path()) || s.path().startsWith(r.path() + "/")),
            "no schema finding at or under the object of " + r.code() + " at " + r.path() + ": " + context);
        continue;
      }
      List<String> allowed = SCHEMA_CODES_FOR_READER_CODE.getOrDefault(r.code(), List.of());
      boolean matched = false;
      for (Finding s : schema) {
        if (s.path().equals(r.path()) && allowed.contains(s.code())) {
          matched = true;
          assertEquals(r.line(), s.line(), "line of " + s.code() + " at " + s.path() + ": " + context);
          assertEquals(r.column(), s.column(), "column of " + s.code() + " at " + s.path() + ": " + context);
        }
      }
      assertTrue(matched, "no schema finding corresponds to " + r.code() + " at " + r.path() + ": " + context);
    }
    for (Finding s : schema) {
      boolean explained =
          reader.stream().anyMatch(r -> r.path().equals(s.path()))
              || objectRules.stream().anyMatch(o -> s.path().startsWith(o + "/"))
              || s.code().equals("RL-SCHEMA-009")
                  && reader.stream().anyMatch(r -> r.path().startsWith(s.path() + "/"))
              || (s.code().equals("RL-SCHEMA-002") || s.code().equals("RL-SCHEMA-005"))
                  && reader.stream().anyMatch(r -> r.path().startsWith(parent(s.path()) + "/"));
      assertTrue(explained, "schema finding " + s.code() + " at " + s.path() + " has no reader counterpart: " + context);
    }
  }

  private static String parent(String pointer) {
    return pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')));
  }

  // ---------------------------------------------------------------------------------------------
  // The codecs of the subsidy JSON forms (core's internals, reached as the drift test needs them).

  /** The request's root codec. */
  static ObjectCodec<?, ?> requestCodec() {
    return RequestJson.REQUEST;
  }

  /** The schedule's root codec, as one read builds it (with an empty table of known sources). */
  static ObjectCodec<?, ?> scheduleCodec() {
    return ScheduleJson.describingCodec();
  }

  /** The codec of one source of a schedule. */
  static ObjectCodec<?, ?> scheduleSourceCodec() {
    return ScheduleJson.sourceCodec();
  }

  /** The codec of each parameter's value, by parameter id. */
  static Map<String, Codec<?>> parameterValueCodecs() {
    Map<String, Codec<?>> byId = new LinkedHashMap<>();
    ScheduleJson.valueCodecs().forEach((k, v) -> byId.put(k.id(), v));
    return byId;
  }

  /**
   * The object codec a member's codec reads: the codec itself, or the element codec of a list (a
   * codec that holds exactly one other codec), or null for a value that is not an object.
   */
  static ObjectCodec<?, ?> objectCodecIn(Codec<?> codec) {
    for (int depth = 0; depth < 3 && codec != null; depth++) {
      if (codec instanceof ObjectCodec<?, ?> o) {
        return o;
      }
      Codec<?> inner = null;
      for (Field f : codec.getClass().getDeclaredFields()) {
        if (Codec.class.isAssignableFrom(f.getType()) && !java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
          f.setAccessible(true);
          try {
            inner = (Codec<?>) f.get(codec);
          } catch (IllegalAccessException e) {
            throw new AssertionError(e);
          }
        }
      }
      codec = inner;
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // Published documents.

  static byte[] bundledSchedule(String name) {
    String resource = "/org/replyletter/subsidy/schedule-" + name + ".json";
    try (InputStream in = SubsidySchedule.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError("no bundled schedule " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> exampleRequests() {
    try (Stream<Path> s = Files.list(EXAMPLE_REQUESTS)) {
      List<Path> files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      assertTrue(!files.isEmpty(), "no example requests in " + EXAMPLE_REQUESTS.toAbsolutePath());
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Member names of a JSON object, in order. */
  static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.propertyNames().forEach(names::add);
    return names;
  }

  static Set<String> strings(JsonNode array) {
    Set<String> s = new java.util.HashSet<>();
    array.forEach(n -> s.add(n.stringValue()));
    return s;
  }
}
