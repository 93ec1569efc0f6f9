package org.replyletter.json.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.replyletter.diagnostics.Finding;

/**
 * Where each value of a document starts, recorded while binding it from bytes: a flat pre-order
 * list of (depth, member name or index, byte offset). It lets findings about the bound letter be
 * located without parsing the document again. One instance per read; not thread-safe while
 * recording, read-only afterwards.
 */
public final class Positions {
  private int[] depths = new int[256];
  private String[] segments = new String[256];
  private long[] offsets = new long[256];
  private int size;

  void add(int depth, String segment, long offset) {
    if (size == depths.length) {
      depths = Arrays.copyOf(depths, size * 2);
      segments = Arrays.copyOf(segments, size * 2);
      offsets = Arrays.copyOf(offsets, size * 2);
    }
    depths[size] = depth;
    segments[size] = segment;
    offsets[size] = offset;
    size++;
  }

  /**
   * Adds line and column to findings about the document: at the value their pointer names, or at
   * its nearest recorded ancestor (a missing member at its object), as {@link JsonSupport#locate}.
   */
  public List<Finding> locate(byte[] json, List<Finding> findings) {
    return locate(json, findings, false);
  }

  /**
   * As {@link #locate}, but null unless the value at every finding's pointer was recorded itself, so
   * that each is placed exactly where a second parse would place it ({@link JsonSupport#locate},
   * which places an unknown member at its name: those are never "recorded").
   */
  public List<Finding> locateIfAllRecorded(byte[] json, List<Finding> findings) {
    return locate(json, findings, true);
  }

  private List<Finding> locate(byte[] json, List<Finding> findings, boolean exactOnly) {
    Wanted[] wanted = resolve(findings);
    long[] at = new long[findings.size()];
    for (int i = 0; i < at.length; i++) {
      Finding f = findings.get(i);
      if (exactOnly && (f.code().equals(ReadCode.UNKNOWN_MEMBER.code()) || !wanted[i].exact)) {
        return null;
      }
      at[i] = f.line().isPresent() ? -1 : wanted[i].offset;
    }
    int[][] lc = LineColumns.lineColumns(json, at);
    List<Finding> located = new ArrayList<>(findings.size());
    for (int i = 0; i < at.length; i++) {
      located.add(at[i] < 0 ? findings.get(i) : findings.get(i).at(lc[i][0], lc[i][1]));
    }
    return located;
  }

  /** Where a pointer's value, or its nearest recorded ancestor, starts (-1 if nothing was recorded). */
  private static final class Wanted {
    long offset = -1;
    boolean exact;
  }

  /** A pointer segment of the wanted pointers, with the offset of its value once found. */
  private static final class Node {
    Map<String, Node> children;
    long offset = -1;

    Node child(String segment, boolean create) {
      if (children == null) {
        if (!create) {
          return null;
        }
        children = new HashMap<>();
      }
      return create ? children.computeIfAbsent(segment, k -> new Node()) : children.get(segment);
    }
  }

  /**
   * Resolves every finding's pointer in one pass over the recorded values: the pointers form a trie,
   * and a value at depth d is looked up among the children of the trie node of the latest value at
   * depth d - 1, its parent in pre-order. Linear in values plus pointer segments, however many
   * findings (a large letter can have hundreds).
   */
  private Wanted[] resolve(List<Finding> findings) {
    Node root = new Node();
    String[][] paths = new String[findings.size()][];
    int deepest = 0;
    for (int i = 0; i < paths.length; i++) {
      paths[i] = segments(findings.get(i).path());
      deepest = Math.max(deepest, paths[i].length);
      Node n = root;
      for (String segment : paths[i]) {
        n = n.child(segment, true);
      }
    }
    if (size > 0) {
      root.offset = offsets[0];
      Node[] open = new Node[deepest + 1];
      open[0] = root;
      for (int k = 1; k < size; k++) {
        int d = depths[k];
        if (d > deepest) {
          continue; // deeper than any wanted pointer
        }
        Node parent = open[d - 1];
        Node n = parent == null ? null : parent.child(segments[k], false);
        open[d] = n;
        if (n != null && n.offset < 0) {
          n.offset = offsets[k];
        }
      }
    }
    Wanted[] out = new Wanted[paths.length];
    for (int i = 0; i < paths.length; i++) {
      Wanted w = new Wanted();
      Node n = root;
      w.offset = root.offset;
      int matched = 0;
      for (String segment : paths[i]) {
        n = n.child(segment, false);
        if (n.offset < 0) {
          break;
        }
        w.offset = n.offset;
        matched++;
      }
      w.exact = size > 0 && matched == paths[i].length;
      out[i] = w;
    }
    return out;
  }

  /** The unescaped segments of a JSON Pointer. */
  static String[] segments(String pointer) {
    if (pointer.isEmpty()) {
      return new String[0];
    }
    // By hand rather than split and replace: this runs for every finding of every validation.
    // The segments after the first character, as split("/", -1) would give them.
    int count = 1;
    for (int i = 1; i < pointer.length(); i++) {
      if (pointer.charAt(i) == '/') {
        count++;
      }
    }
    String[] parts = new String[count];
    int start = 1;
    for (int k = 0; k < count; k++) {
      int end = pointer.indexOf('/', start);
      if (end < 0) {
        end = pointer.length();
      }
      String part = pointer.substring(start, end);
      parts[k] = part.indexOf('~') < 0 ? part : part.replace("~1", "/").replace("~0", "~");
      start = end + 1;
    }
    return parts;
  }
}
