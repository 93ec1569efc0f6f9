package org.replyletter.validation.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.replyletter.diagnostics.Finding;
import org.replyletter.json.internal.JsonSupport;
import org.replyletter.json.internal.Positions;
import org.replyletter.validation.JsonTreeCheck;
import tools.jackson.databind.JsonNode;

/**
 * Runs the {@link JsonTreeCheck}s on a document's tree and keeps what is news: a check's finding is
 * located in the source, then dropped when it repeats a reader finding or one about the letter
 * ({@link Merge}); a check that throws is reported as {@code RL-VAL-001} and never dropped.
 * Immutable and thread-safe.
 */
public final class TreeChecks {
  private final List<JsonTreeCheck> checks;

  /** The checks to run, in the order given. */
  public TreeChecks(List<JsonTreeCheck> checks) {
    this.checks = List.copyOf(checks);
  }

  /**
   * The located findings of every check on {@code tree} that neither repeat a {@code reader} finding
   * nor sit at the pointer of a {@code letter} finding.
   */
  public List<Finding> run(
      JsonNode tree, byte[] source, Positions positions, JsonSupport support, List<Finding> reader, List<Finding> letter) {
    if (checks.isEmpty()) {
      return List.of();
    }
    Set<String> letterPaths = new HashSet<>();
    for (Finding f : letter) {
      letterPaths.add(f.path());
    }
    Merge.ReaderFindings readerFindings = new Merge.ReaderFindings(reader);
    List<Finding> out = new ArrayList<>();
    for (JsonTreeCheck c : checks) {
      List<Finding> found;
      try {
        found = c.check(tree);
      } catch (RuntimeException e) {
        out.add(failed("check " + c.name(), e));
        continue;
      }
      if (found == null || found.isEmpty()) {
        continue;
      }
      // The recorded positions when they hold every pointer; a second scan when a finding is inside
      // a value the reader skipped (an unknown member, a value of the wrong type).
      List<Finding> located = positions.locateIfAllRecorded(source, found);
      if (located == null) {
        located = support.locate(source, found);
      }
      for (Finding f : located) {
        if (!readerFindings.repeated(f, kindOf(c, f)) && !Merge.repeatsLetter(f, letterPaths)) {
          out.add(f);
        }
      }
    }
    return out;
  }

  private static Optional<String> kindOf(JsonTreeCheck c, Finding f) {
    try {
      Optional<String> k = c.readerCode(f);
      return k == null ? Optional.empty() : k;
    } catch (RuntimeException e) {
      return Optional.empty(); // a check that cannot say is treated as saying nothing
    }
  }

  /** The finding for a rule or check that threw instead of reporting. */
  public static Finding failed(String what, RuntimeException e) {
    return Code.VAL_RULE_FAILED.at("", what, e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
  }
}
