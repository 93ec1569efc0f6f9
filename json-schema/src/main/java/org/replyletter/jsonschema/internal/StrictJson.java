package org.replyletter.jsonschema.internal;

import org.replyletter.json.internal.ReadCode;
import java.util.List;
import java.util.Map;
import org.replyletter.json.internal.JsonSupport;
import org.replyletter.json.JsonInputException;
import org.replyletter.json.ReadLimits;
import org.replyletter.diagnostics.Finding;
import org.replyletter.diagnostics.Severity;
import tools.jackson.databind.JsonNode;

/**
 * Parses JSON bytes into a tree with core's strict reader ({@link JsonSupport}, exported to this
 * module alone): duplicate keys, trailing content, input that is not UTF-8 and input over
 * {@link ReadLimits#defaults()} are unreadable, with the same findings, located the same way, so that
 * a document the reader cannot parse is not schema-validated as if it could. Thread-safe.
 */
public final class StrictJson {

  /** Core's default limits, the ones {@code ReplyLetterJson.defaults()} reads with. */
  static final ReadLimits LIMITS = ReadLimits.defaults();

  private static final JsonSupport READER = new JsonSupport(LIMITS);

  /**
   * Adds line and column to findings about {@code json} as core's reader does: an unknown member
   * at its name, any other problem at its value, a missing member at its object.
   */
  static List<Finding> locate(byte[] json, List<Finding> findings) {
    return findings.isEmpty() ? findings : READER.locate(json, findings, f -> SchemaFindings.UNKNOWN.equals(f.code()));
  }

  private StrictJson() {}

  /**
   * Parses UTF-8 JSON.
   *
   * @throws JsonInputException if the bytes are not one UTF-8 JSON document within the limits
   */
  public static JsonNode parse(byte[] json) {
    JsonSupport.Parsed parsed = READER.parse(json);
    if (parsed.tree() == null) {
      throw unreadable(parsed.failure());
    }
    JsonNode tree = parsed.tree();
    // The tree parser does not count array elements; the letter's codecs do.
    String over = overLongArray(tree, "");
    if (over != null) {
      Finding f =
          Finding.builder()
              .code(ReadCode.LIMIT.code())
              .messageKey(ReadCode.LIMIT.key("array"))
              .severity(Severity.ERROR)
              .path(over)
              .addArguments(Integer.toString(LIMITS.maxArrayLength()))
              .build();
      throw unreadable(READER.locate(json, List.of(f)).get(0));
    }
    return tree;
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

  private static JsonInputException unreadable(Finding finding) {
    return new JsonInputException(null, List.of(finding), null);
  }
}
