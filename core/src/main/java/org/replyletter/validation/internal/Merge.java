package org.replyletter.validation.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.replyletter.validation.Finding;

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

  static final String UNKNOWN_MEMBER = "RL-JSON-003";
  static final String MISSING_MEMBER = "RL-JSON-005";

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
    String p = f.path();
    for (Finding r : reader) {
      if (kind.isPresent() && !kind.get().equals(r.code())) {
        continue;
      }
      String q = r.path();
      if (q.equals(p) || isAncestor(q, p)) {
        return true;
      }
      if ((r.code().equals(MISSING_MEMBER) || r.code().equals(UNKNOWN_MEMBER)) && isParent(p, q)) {
        return true;
      }
    }
    return false;
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
