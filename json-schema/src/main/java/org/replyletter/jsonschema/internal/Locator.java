package org.replyletter.jsonschema.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.replyletter.diagnostics.Finding;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Adds line and column to findings about JSON bytes, as core's reader does: an unknown member at its
 * name, any other problem at its value, a missing member at the start of the object that lacks it.
 * Columns count characters (code points), 1-based. One streaming pass, only when there are findings.
 */
final class Locator {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private Locator() {}

  static List<Finding> locate(byte[] json, List<Finding> findings) {
    if (findings.isEmpty()) {
      return findings;
    }
    Set<String> wanted = new HashSet<>();
    for (Finding f : findings) {
      for (String p = f.path(); ; p = p.substring(0, p.lastIndexOf('/'))) {
        wanted.add(p);
        if (p.isEmpty()) {
          break;
        }
      }
    }
    Map<String, Long> values = new HashMap<>();
    Map<String, Long> names = new HashMap<>();
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken t = p.nextToken(); t != null && values.size() < wanted.size(); t = p.nextToken()) {
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        if (t == JsonToken.PROPERTY_NAME) {
          String pointer = p.streamReadContext().pathAsPointer().toString();
          if (wanted.contains(pointer)) {
            names.putIfAbsent(pointer, p.currentTokenLocation().getByteOffset());
          }
          continue;
        }
        // A value: for START_OBJECT/START_ARRAY the context is already the new one, whose path is the value's.
        String pointer = p.streamReadContext().pathAsPointer().toString();
        if (wanted.contains(pointer)) {
          values.putIfAbsent(pointer, p.currentTokenLocation().getByteOffset());
        }
      }
    } catch (RuntimeException e) {
      // The bytes parsed before; if locating fails anyway, the findings stay unlocated.
      return findings;
    }
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      Long offset = SchemaFindings.UNKNOWN.equals(f.code()) ? names.get(f.path()) : null;
      for (String p = f.path(); offset == null; p = p.substring(0, p.lastIndexOf('/'))) {
        offset = values.get(p);
        if (p.isEmpty()) {
          break;
        }
      }
      if (offset == null || offset < 0 || f.line().isPresent()) {
        out.add(f);
      } else {
        int[] lc = lineColumn(json, offset);
        out.add(f.at(lc[0], lc[1]));
      }
    }
    return List.copyOf(out);
  }

  /** Line and column (in code points) of a byte offset in UTF-8; a leading BOM is not a column. */
  static int[] lineColumn(byte[] utf8, long byteOffset) {
    int line = 1;
    int column = 1;
    long end = Math.min(byteOffset, utf8.length);
    for (int i = 0; i < end; i++) {
      int b = utf8[i] & 0xFF;
      if (b == '\n') {
        line++;
        column = 1;
      } else if ((b & 0xC0) != 0x80 && !(i == 0 && b == 0xEF)) {
        column++;
      }
    }
    return new int[] {line, column};
  }
}
