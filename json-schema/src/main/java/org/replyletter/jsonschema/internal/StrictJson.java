package org.replyletter.jsonschema.internal;

import java.util.List;
import org.replyletter.json.JsonInputException;
import org.replyletter.validation.Finding;
import org.replyletter.validation.Severity;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses JSON bytes into a tree as strictly as core's reader does (duplicate keys, trailing
 * content and over-limit input are unreadable), with the same limits and the same finding codes, so
 * that a document the reader cannot parse is not schema-validated as if it could. Thread-safe.
 */
public final class StrictJson {
  /** Malformed JSON (core's code, so the message renders from core's bundle). */
  static final String MALFORMED = "RL-JSON-001";
  /** Duplicate key. */
  static final String DUPLICATE = "RL-JSON-002";
  /** Content after the document. */
  static final String TRAILING = "RL-JSON-007";
  /** A limit exceeded. */
  static final String LIMIT = "RL-JSON-009";

  /** Core's default limits: 16 MiB, depth 64, strings of 1 Mi characters, numbers of 100 digits. */
  static final long MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

  private static final JsonMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxDocumentLength(MAX_DOCUMENT_BYTES)
                          .maxNestingDepth(64)
                          .maxStringLength(1024 * 1024)
                          .maxNameLength(1024 * 1024)
                          .maxNumberLength(100)
                          .build())
                  .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private StrictJson() {}

  /**
   * Parses UTF-8 JSON.
   *
   * @throws JsonInputException if the bytes are not one JSON document within the limits
   */
  public static JsonNode parse(byte[] json) {
    if (json.length > MAX_DOCUMENT_BYTES) {
      throw unreadable(
          Finding.builder()
              .code(LIMIT)
              .messageKey(LIMIT + ".size")
              .severity(Severity.ERROR)
              .addArguments(Integer.toString(json.length), Long.toString(MAX_DOCUMENT_BYTES))
              .build(),
          null);
    }
    try {
      JsonNode tree = MAPPER.readTree(json);
      if (tree == null || tree.isMissingNode()) {
        throw unreadable(
            Finding.builder()
                .code(MALFORMED)
                .messageKey(MALFORMED + ".empty")
                .severity(Severity.ERROR)
                .line(1)
                .column(1)
                .build(),
            null);
      }
      return tree;
    } catch (JacksonException e) {
      String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
      Finding.Builder f = Finding.builder().severity(Severity.ERROR);
      if (e instanceof StreamConstraintsException) {
        f.code(LIMIT).addArguments(firstLine(message));
      } else if (message.startsWith("Duplicate")) {
        f.code(DUPLICATE).addArguments(quoted(message));
      } else if (message.startsWith("Trailing token")) {
        f.code(TRAILING);
      } else {
        f.code(MALFORMED).addArguments(firstLine(message));
      }
      TokenStreamLocation loc = e.getLocation();
      if (loc != null && loc.getLineNr() > 0) {
        f.line(loc.getLineNr()).column(Math.max(1, loc.getColumnNr()));
      }
      throw unreadable(f.build(), e);
    }
  }

  private static JsonInputException unreadable(Finding finding, Throwable cause) {
    return new JsonInputException(null, List.of(finding), cause);
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    String s = nl >= 0 ? message.substring(0, nl) : message;
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  /** The first quoted name in Jackson's duplicate-key message, e.g. {@code Duplicate Object property "a"}. */
  private static String quoted(String message) {
    int a = message.indexOf('"');
    int b = a < 0 ? -1 : message.indexOf('"', a + 1);
    return b > a ? message.substring(a + 1, b) : "";
  }
}
