package org.replyletter.internal.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.replyletter.validation.Finding;

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
    long[] at = new long[findings.size()];
    for (int i = 0; i < at.length; i++) {
      at[i] = findings.get(i).line().isPresent() ? -1 : offsetOf(findings.get(i).path());
    }
    int[][] lc = JsonSupport.lineColumns(json, at);
    List<Finding> located = new ArrayList<>(findings.size());
    for (int i = 0; i < at.length; i++) {
      located.add(at[i] < 0 ? findings.get(i) : findings.get(i).at(lc[i][0], lc[i][1]));
    }
    return located;
  }

  /**
   * Whether the value at each finding's pointer was recorded itself, so that {@link #locate} places
   * every finding exactly where a second parse would ({@link JsonSupport#locate}, which places an
   * unknown member at its name: those are never "recorded").
   */
  public boolean recordsAll(List<Finding> findings) {
    for (Finding f : findings) {
      if (f.code().equals(ObjectCodec.UNKNOWN_FIELD) || matched(segments(f.path())) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The index of the entry recorded exactly at {@code wanted}, or -1. */
  private int matched(String[] wanted) {
    if (size == 0) {
      return -1;
    }
    int matched = 0;
    int at = 0;
    for (int k = 1; k < size && matched < wanted.length; k++) {
      int d = depths[k];
      if (d <= matched) {
        break;
      }
      if (d == matched + 1 && segments[k].equals(wanted[matched])) {
        matched = d;
        at = k;
      }
    }
    return matched == wanted.length ? at : -1;
  }

  /** The offset of the value at {@code pointer}, or of its nearest recorded ancestor; -1 if none. */
  long offsetOf(String pointer) {
    if (size == 0) {
      return -1;
    }
    String[] wanted = segments(pointer);
    int matched = 0;
    long best = offsets[0];
    for (int k = 1; k < size && matched < wanted.length; k++) {
      int d = depths[k];
      if (d <= matched) {
        break; // left the deepest matched value: pre-order, and names are unique, so nothing deeper follows
      }
      if (d == matched + 1 && segments[k].equals(wanted[matched])) {
        matched = d;
        best = offsets[k];
      }
    }
    return best;
  }

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
