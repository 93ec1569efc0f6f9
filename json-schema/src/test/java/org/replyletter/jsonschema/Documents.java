package org.replyletter.jsonschema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.replyletter.json.internal.LetterCodecs;
import org.replyletter.json.internal.ObjectCodec;
import org.replyletter.json.JsonInputException;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.diagnostics.Finding;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test support: the Java reader and the schema side by side. The reader is the reference; the schema
 * must accept exactly what it accepts, and report each problem at the same path.
 */
final class Documents {
  private Documents() {}

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  /**
   * Which codec describes the objects under a member: the schema's {@code $defs} name for each of
   * LetterCodecs' object codecs, keyed by the member that holds them. The drift test checks that
   * this table covers every object codec and every object definition.
   */
  static final Map<String, ObjectCodec<?, ?>> CODEC_BY_DEF =
      Map.ofEntries(
          Map.entry("classification", LetterCodecs.CLASSIFICATION),
          Map.entry("proposal", LetterCodecs.PROPOSAL),
          Map.entry("proposer", LetterCodecs.PROPOSER),
          Map.entry("section", LetterCodecs.SECTION),
          Map.entry("notImplementableItem", LetterCodecs.NOT_IMPLEMENTABLE),
          Map.entry("disposition", LetterCodecs.DISPOSITION),
          Map.entry("statedSubsidy", LetterCodecs.STATED_SUBSIDY),
          Map.entry("suggestion", LetterCodecs.SUGGESTION),
          Map.entry("checklist", LetterCodecs.CHECKLIST),
          Map.entry("ccGroup", LetterCodecs.CC_GROUP),
          Map.entry("contact", LetterCodecs.CONTACT));

  /** Reader codes and the schema codes for the same problem. */
  static final Map<String, List<String>> SCHEMA_CODES_FOR_READER_CODE =
      Map.of(
          "RL-JSON-003", List.of("RL-SCHEMA-003"),
          "RL-JSON-004", List.of("RL-SCHEMA-001"),
          "RL-JSON-005", List.of("RL-SCHEMA-002"),
          "RL-JSON-006", List.of("RL-SCHEMA-004", "RL-SCHEMA-005", "RL-SCHEMA-006", "RL-SCHEMA-007"),
          "RL-JSON-008", List.of("RL-SCHEMA-005"));

  /** The seed letter's JSON, from the examples folder beside this module. */
  static byte[] seed() {
    try {
      return java.nio.file.Files.readAllBytes(java.nio.file.Path.of("..", "examples", "letters", "jinjiang-2024-7.json"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static byte[] bytes(JsonNode tree) {
    return MAPPER.writeValueAsBytes(tree);
  }

  static JsonNode tree(String json) {
    return MAPPER.readTree(json);
  }

  static JsonNode tree(byte[] json) {
    return MAPPER.readTree(json);
  }

  /** The reader's findings: empty if it reads the document into a letter. */
  static List<Finding> readerFindings(byte[] json) {
    try {
      ReplyLetterJson.defaults().read(json, null);
      return List.of();
    } catch (JsonInputException e) {
      return e.findings();
    }
  }

  static List<Finding> schemaFindings(byte[] json) {
    return ReplyLetterSchema.replyLetter().validate(json);
  }

  /**
   * Asserts that reader and schema agree on a document: both accept it, or both reject it with
   * findings at the same paths and with corresponding codes.
   */
  static void assertAgree(JsonNode document, String what) {
    byte[] json = bytes(document);
    List<Finding> reader = readerFindings(json);
    List<Finding> schema = schemaFindings(json);
    String context = what + "\n  document: " + new String(json, StandardCharsets.UTF_8)
        + "\n  reader: " + describe(reader) + "\n  schema: " + describe(schema);
    assertEquals(reader.isEmpty(), schema.isEmpty(), "accept/reject differ: " + context);
    assertEquals(paths(reader), paths(schema), "paths differ: " + context);
    for (Finding r : reader) {
      List<String> allowed = SCHEMA_CODES_FOR_READER_CODE.getOrDefault(r.code(), List.of());
      boolean matched = false;
      for (Finding s : schema) {
        if (s.path().equals(r.path()) && allowed.contains(s.code())) {
          matched = true;
          assertEquals(r.line(), s.line(), "line of " + s.code() + " at " + s.path() + ": " + context);
          assertEquals(r.column(), s.column(), "column of " + s.code() + " at " + s.path() + ": " + context);
        }
      }
      assertEquals(true, matched, "no schema finding corresponds to " + r.code() + " at " + r.path() + ": " + context);
    }
  }

  static TreeSet<String> paths(List<Finding> findings) {
    TreeSet<String> paths = new TreeSet<>();
    for (Finding f : findings) {
      paths.add(f.path());
    }
    return paths;
  }

  static String describe(List<Finding> findings) {
    List<String> parts = new ArrayList<>();
    for (Finding f : findings) {
      parts.add(f.code() + "@" + f.path() + f.arguments());
    }
    return parts.toString();
  }
}
