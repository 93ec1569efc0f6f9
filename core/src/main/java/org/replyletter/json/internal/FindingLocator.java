package org.replyletter.json.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.replyletter.diagnostics.Finding;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Line and column for findings about a document: from the byte offsets recorded while reading, or,
 * for findings that carry only a JSON Pointer, by one streaming pass over the source. Immutable and
 * thread-safe.
 */
final class FindingLocator {
  private final JsonSupport support;

  FindingLocator(JsonSupport support) {
    this.support = support;
  }

  /**
   * The problems of a read, with line and column: from the byte offset recorded with each problem,
   * or, for problems found in a tree (no offsets), by one scan of the source for their pointers.
   */
  public List<Finding> located(byte[] json, ReadContext ctx) {
    List<Finding> problems = ctx.problems();
    long[] offsets = new long[problems.size()];
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = ctx.offset(i);
    }
    List<Finding> all = new ArrayList<>(locateAll(json, problems, offsets));
    all.addAll(locatedWarnings(json, ctx));
    return List.copyOf(all);
  }

  /**
   * The warnings of a read, with line and column, as {@link #located} does for problems, and last the
   * finding that counts those past the limit, if any.
   */
  public List<Finding> locatedWarnings(byte[] json, ReadContext ctx) {
    List<Finding> warnings = ctx.warnings();
    Finding omitted = ctx.omittedFinding();
    if (warnings.isEmpty() && omitted == null) {
      return List.of();
    }
    List<Finding> items = new ArrayList<>(warnings);
    long[] offsets = new long[warnings.size() + (omitted == null ? 0 : 1)];
    for (int i = 0; i < warnings.size(); i++) {
      offsets[i] = ctx.warningOffset(i);
    }
    if (omitted != null) {
      items.add(omitted);
      offsets[warnings.size()] = ctx.omittedOffset();
    }
    return locateAll(json, items, offsets);
  }

  private List<Finding> locateAll(byte[] json, List<Finding> items, long[] recorded) {
    long[] offsets = new long[items.size()];
    List<Finding> unplaced = new ArrayList<>();
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = items.get(i).line().isPresent() ? -1 : recorded[i];
      if (offsets[i] < 0 && items.get(i).line().isEmpty()) {
        unplaced.add(items.get(i));
      }
    }
    int[][] lc = LineColumns.lineColumns(json, offsets);
    List<Finding> byTree = unplaced.isEmpty() ? List.of() : locate(json, unplaced);
    List<Finding> out = new ArrayList<>(offsets.length);
    int t = 0;
    for (int i = 0; i < offsets.length; i++) {
      Finding f = items.get(i);
      if (f.line().isPresent()) {
        out.add(f);
      } else if (offsets[i] >= 0) {
        out.add(f.at(lc[i][0], lc[i][1]));
      } else {
        out.add(byTree.get(t++));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Adds line and column to findings read from {@code json}, by one streaming pass that stops when
   * all are found. A finding whose pointer names no token (a missing member) gets the location of
   * its nearest ancestor. Only called when there are findings, so the fast path parses once.
   */
  public List<Finding> locate(byte[] json, List<Finding> findings) {
    return locate(json, findings, f -> ReadCode.UNKNOWN_MEMBER.is(f.code()));
  }

  /** As {@link #locate(byte[], List)}, with the findings that are located at a member's name. */
  public List<Finding> locate(byte[] json, List<Finding> findings, java.util.function.Predicate<Finding> atName) {
    Set<String> wanted = new HashSet<>();
    for (Finding f : findings) {
      for (String p = f.path(); ; p = p.substring(0, p.lastIndexOf('/'))) {
        wanted.add(p);
        if (p.isEmpty()) {
          break;
        }
      }
    }
    Map<String, Long> names = new HashMap<>();
    Map<String, Long> offsets = offsets(json, wanted, names);
    long[] at = new long[findings.size()];
    for (int i = 0; i < at.length; i++) {
      Finding f = findings.get(i);
      // As when binding from bytes: an unknown member at its name, any other problem at its value,
      // a missing member at the start of its object.
      Long offset = atName.test(f) ? names.get(f.path()) : null;
      for (String p = f.path(); offset == null; p = p.substring(0, p.lastIndexOf('/'))) {
        offset = offsets.get(p);
        if (p.isEmpty()) {
          break;
        }
      }
      at[i] = f.line().isPresent() || offset == null ? -1 : offset;
    }
    int[][] lc = LineColumns.lineColumns(json, at);
    List<Finding> located = new ArrayList<>(findings.size());
    for (int i = 0; i < at.length; i++) {
      located.add(at[i] < 0 ? findings.get(i) : findings.get(i).at(lc[i][0], lc[i][1]));
    }
    return located;
  }

  /**
   * The byte offset of the value at each wanted pointer; the offsets of member names go to
   * {@code names}. {@code wanted} holds every ancestor of a wanted pointer too, so the scan descends
   * only into wanted subtrees and skips the rest without building a pointer for each token.
   */
  private Map<String, Long> offsets(byte[] json, Set<String> wanted, Map<String, Long> names) {
    Map<String, Long> found = new HashMap<>();
    try (JsonParser p = support.createParser(json)) {
      if (p.nextToken() != null) {
        visit(p, "", wanted, found, names);
      }
    } catch (JacksonException e) {
      // Only readable documents get here; whatever was found is good enough.
    }
    return found;
  }

  /** Records the value the parser is on at {@code pointer}, then its wanted children; ends on its last token. */
  private static void visit(
      JsonParser p, String pointer, Set<String> wanted, Map<String, Long> found, Map<String, Long> names) {
    found.putIfAbsent(pointer, p.currentTokenLocation().getByteOffset());
    if (p.currentToken() == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String child = pointer + "/" + p.currentName().replace("~", "~0").replace("/", "~1");
        boolean want = wanted.contains(child);
        if (want) {
          names.putIfAbsent(child, p.currentTokenLocation().getByteOffset());
        }
        p.nextToken();
        if (want) {
          visit(p, child, wanted, found, names);
        } else {
          p.skipChildren();
        }
      }
    } else if (p.currentToken() == JsonToken.START_ARRAY) {
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        String child = pointer + "/" + i++;
        if (wanted.contains(child)) {
          visit(p, child, wanted, found, names);
        } else {
          p.skipChildren();
        }
      }
    }
  }
}
