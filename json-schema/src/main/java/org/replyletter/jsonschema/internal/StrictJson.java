package org.replyletter.jsonschema.internal;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.replyletter.json.JsonInputException;
import org.replyletter.json.ReadLimits;
import org.replyletter.validation.Finding;
import org.replyletter.validation.Severity;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
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
 * content, input that is not UTF-8 and input over {@link ReadLimits#defaults()} are unreadable),
 * with the same finding codes, so that a document the reader cannot parse is not schema-validated
 * as if it could. An exceeded limit is {@code RL-JSON-009} with the line, column and JSON Pointer
 * where it was crossed. Thread-safe.
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

  /** Core's default limits, the ones {@code ReplyLetterJson.defaults()} reads with. */
  static final ReadLimits LIMITS = ReadLimits.defaults();

  private static final JsonMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  // Never copy the document into messages: it may hold personal data.
                  .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxDocumentLength(LIMITS.maxDocumentBytes())
                          .maxNestingDepth(LIMITS.maxNestingDepth())
                          .maxStringLength(LIMITS.maxStringLength())
                          .maxNameLength(LIMITS.maxStringLength())
                          .maxNumberLength(LIMITS.maxNumberLength())
                          .build())
                  .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** In a byte pattern below: any zero byte. */
  private static final int ZERO = -2;
  /** In a byte pattern below: any byte but zero. */
  private static final int NONZERO = -3;

  /**
   * Encodings told by their first bytes (byte-order marks, and the zero bytes of RFC 4627 §3), as
   * core refuses them: each row is a name and the patterns that start such input. Rows are tried in
   * order, the four-byte ones first.
   */
  private static final Object[][] OTHER_ENCODINGS = {
    {"UTF-32BE", new int[] {0x00, 0x00, 0xFE, 0xFF}, new int[] {ZERO, ZERO, ZERO, NONZERO}},
    {"UTF-32LE", new int[] {0xFF, 0xFE, 0x00, 0x00}, new int[] {NONZERO, ZERO, ZERO, ZERO}},
    {"UTF-16BE", new int[] {0xFE, 0xFF}, new int[] {ZERO, NONZERO}},
    {"UTF-16LE", new int[] {0xFF, 0xFE}, new int[] {NONZERO, ZERO}},
  };

  /** Jackson's note of where a limit is configured, which means nothing to a reader of the finding. */
  private static final Pattern CONSTRAINT_SOURCE = Pattern.compile(",? from `[^`]*`");

  private StrictJson() {}

  /**
   * Parses UTF-8 JSON.
   *
   * @throws JsonInputException if the bytes are not one UTF-8 JSON document within the limits
   */
  public static JsonNode parse(byte[] json) {
    if (json.length > LIMITS.maxDocumentBytes()) {
      throw unreadable(
          Finding.builder()
              .code(LIMIT)
              .messageKey(LIMIT + ".size")
              .severity(Severity.ERROR)
              .addArguments(Integer.toString(json.length), Long.toString(LIMITS.maxDocumentBytes()))
              .build(),
          null);
    }
    String encoding = otherEncoding(json);
    if (encoding != null) {
      // Jackson would read UTF-16 and UTF-32 silently, and every line and column would be wrong.
      throw unreadable(atStart(MALFORMED + ".encoding").addArguments(encoding).build(), null);
    }
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw unreadable(toFinding(e, json), e);
    }
    if (tree == null || tree.isMissingNode()) {
      throw unreadable(atStart(MALFORMED + ".empty").build(), null);
    }
    String over = overLongArray(tree, "");
    if (over != null) {
      Finding f =
          Finding.builder()
              .code(LIMIT)
              .messageKey(LIMIT + ".array")
              .severity(Severity.ERROR)
              .path(over)
              .addArguments(Integer.toString(LIMITS.maxArrayLength()))
              .build();
      throw unreadable(Locator.locate(json, List.of(f)).get(0), null);
    }
    return tree;
  }

  /** The name of the encoding that the first bytes tell, if it is UTF-16 or UTF-32; else null. */
  static String otherEncoding(byte[] json) {
    for (Object[] row : OTHER_ENCODINGS) {
      for (int i = 1; i < row.length; i++) {
        if (startsWith(json, (int[]) row[i])) {
          return (String) row[0];
        }
      }
    }
    return null;
  }

  private static boolean startsWith(byte[] json, int[] pattern) {
    if (json.length < pattern.length) {
      return false;
    }
    for (int i = 0; i < pattern.length; i++) {
      int b = json[i] & 0xFF;
      boolean ok = pattern[i] == ZERO ? b == 0 : pattern[i] == NONZERO ? b != 0 : b == pattern[i];
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * The pointer of the first element past the array-length limit, in document order, or null.
   * Recursion is bounded by the nesting limit the parser enforced.
   */
  private static String overLongArray(JsonNode node, String pointer) {
    if (node.isArray() && node.size() > LIMITS.maxArrayLength()) {
      return pointer + "/" + LIMITS.maxArrayLength();
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String found = overLongArray(node.get(i), pointer + "/" + i);
        if (found != null) {
          return found;
        }
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String found = overLongArray(e.getValue(), SchemaFindings.child(pointer, e.getKey()));
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** The finding that says why Jackson could not read the bytes, located where it stopped. */
  private static Finding toFinding(JacksonException e, byte[] json) {
    String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    Finding.Builder f = Finding.builder().severity(Severity.ERROR);
    TokenStreamLocation loc = e.getLocation();
    if (e instanceof StreamConstraintsException) {
      Crossed at = limitCrossed(json);
      f.code(LIMIT).path(at.pointer()).addArguments(firstLine(CONSTRAINT_SOURCE.matcher(message).replaceAll("")));
      if (loc == null || loc.getByteOffset() < 0) {
        loc = at.location(); // Jackson gives no location for the depth limit
      }
    } else if (message.startsWith("Duplicate")) {
      f.code(DUPLICATE).addArguments(quoted(message));
    } else if (message.startsWith("Trailing token")) {
      f.code(TRAILING);
    } else {
      f.code(MALFORMED).addArguments(firstLine(message));
    }
    if (loc != null && loc.getByteOffset() >= 0) {
      int[] lc = Locator.lineColumn(json, loc.getByteOffset());
      f.line(lc[0]).column(lc[1]);
    } else if (loc != null && loc.getLineNr() > 0) {
      f.line(loc.getLineNr()).column(Math.max(1, loc.getColumnNr()));
    }
    return f.build();
  }

  /** Where a limit was crossed: the pointer of the value, and the parser's position then. */
  private record Crossed(String pointer, TokenStreamLocation location) {}

  /**
   * Reads the bytes again with the same limits, up to the one they cross. Jackson's exceptions for
   * string and number lengths name no parser, and the one for depth no location; only unreadable
   * input pays for this second pass.
   */
  private static Crossed limitCrossed(byte[] json) {
    JsonParser p = MAPPER.createParser(json);
    try {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.VALUE_STRING) {
          p.getString(); // a string's length is checked as its text is read
        } else if (t.isNumeric()) {
          p.getNumberValue();
        }
      }
      return new Crossed("", null);
    } catch (JacksonException stopped) {
      TokenStreamLocation loc = stopped.getLocation();
      return new Crossed(pathOf(p), loc != null && loc.getByteOffset() >= 0 ? loc : p.currentLocation());
    } finally {
      p.close();
    }
  }

  private static String pathOf(JsonParser p) {
    try {
      return p.streamReadContext().pathAsPointer().toString();
    } catch (RuntimeException ignored) {
      return ""; // a broken parser: line and column still say where
    }
  }

  private static Finding.Builder atStart(String messageKey) {
    return Finding.builder().code(MALFORMED).messageKey(messageKey).severity(Severity.ERROR).line(1).column(1);
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
