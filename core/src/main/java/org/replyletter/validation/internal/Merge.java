package org.replyletter.validation.internal;

import org.replyletter.json.internal.ReadCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.replyletter.diagnostics.Finding;

/**
 * Merging findings from different sources so that one problem is reported once.
 *
 * <ul>
 *   <li><b>Bean Validation vs rules</b>: a constraint violation at the same JSON Pointer as a rule's
 *       finding is dropped; the rule's is more specific (RL-CC-001 rather than RL-BV-001 for a blank
 *       CC recipient).
 *   <li><b>Tree checks vs reader</b>: a {@link org.replyletter.validation.JsonTreeCheck} finding at
 *       pointer P is dropped when the strict reader reported a problem of the same kind at P, at an
 *       ancestor of P (nothing under an unreadable value is news), or, for a missing or unknown
 *       member (RL-JSON-005, RL-JSON-003), at a child of P (schema validators report those at the
 *       containing object, the reader at the member). The kind is the check's
 *       {@code readerCode(finding)}; when the check does not say, any reader finding matches.
 *   <li><b>Tree checks vs rules</b>: when the letter was read, a tree-check finding at the same pointer
 *       as a rule or constraint finding is dropped.
 * </ul>
 */
public final class Merge {
  private Merge() {}


  /** Drops the constraint findings at a pointer a rule finding already covers. */
  public static List<Finding> constraintsNotCoveredByRules(List<Finding> constraints, List<Finding> rules) {
    Set<String> paths = new HashSet<>();
    for (Finding f : rules) {
      paths.add(f.path());
    }
    List<Finding> out = new ArrayList<>(constraints.size());
    for (Finding f : constraints) {
      if (!paths.contains(f.path())) {
        out.add(f);
      }
    }
    return out;
  }

  /** True when the tree finding {@code f}, of reader kind {@code kind}, repeats a reader finding. */
  public static boolean repeatsReader(Finding f, Optional<String> kind, List<Finding> reader) {
    return new ReaderFindings(reader).repeated(f, kind);
  }

  /**
   * The reader's findings indexed by pointer, so that each tree finding is compared with the few at
   * its own pointer, its ancestors and its children, not with all of them: a document with N
   * reading problems gives N schema findings too, and comparing every pair took time in N².
   */
  public static final class ReaderFindings {
    /** Reader findings by their pointer. */
    private final Map<String, List<Finding>> atPointer = new HashMap<>();
    /** Missing and unknown members by the pointer of their object. */
    private final Map<String, List<Finding>> memberOf = new HashMap<>();

    /** Indexes the reader's findings. */
    public ReaderFindings(List<Finding> reader) {
      for (Finding r : reader) {
        String q = r.path();
        atPointer.computeIfAbsent(q, k -> new ArrayList<>(1)).add(r);
        if ((r.code().equals(ReadCode.MISSING_MEMBER.code()) || r.code().equals(ReadCode.UNKNOWN_MEMBER.code())) && !q.isEmpty()) {
          memberOf.computeIfAbsent(q.substring(0, q.lastIndexOf('/')), k -> new ArrayList<>(1)).add(r);
        }
      }
    }

    /**
     * True when the tree finding {@code f}, of reader kind {@code kind}, repeats a reader finding: of
     * that kind (any, if unknown) at its pointer or an ancestor's, or a missing or unknown member of
     * the object at its pointer.
     */
    public boolean repeated(Finding f, Optional<String> kind) {
      if (atPointer.isEmpty()) {
        return false;
      }
      String p = f.path();
      if (anyOfKind(memberOf.get(p), kind)) {
        return true;
      }
      for (int end = p.length(); end >= 0; end = p.lastIndexOf('/', end - 1)) {
        if (anyOfKind(atPointer.get(p.substring(0, end)), kind)) {
          return true;
        }
        if (end == 0) {
          break;
        }
      }
      return false;
    }

    private static boolean anyOfKind(List<Finding> found, Optional<String> kind) {
      if (found == null) {
        return false;
      }
      if (kind.isEmpty()) {
        return true;
      }
      for (Finding r : found) {
        if (kind.get().equals(r.code())) {
          return true;
        }
      }
      return false;
    }
  }

  /** True when the tree finding {@code f} is at the pointer of one of the letter's findings. */
  public static boolean repeatsLetter(Finding f, Set<String> letterPaths) {
    return letterPaths.contains(f.path());
  }

  /** True if {@code ancestor} is a proper ancestor of {@code p}; "" is every pointer's ancestor. */
  static boolean isAncestor(String ancestor, String p) {
    return p.length() > ancestor.length() && p.startsWith(ancestor) && p.charAt(ancestor.length()) == '/';
  }

  /** True if {@code parent} is the direct parent of {@code child}. */
  static boolean isParent(String parent, String child) {
    return isAncestor(parent, child) && child.indexOf('/', parent.length() + 1) < 0;
  }
}
