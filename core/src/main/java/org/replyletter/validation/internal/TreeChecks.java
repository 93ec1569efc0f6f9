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
   * The located findings of every check on {@code tree}, each with the reader kind its check gave it;
   * {@link Found#news} then drops those that repeat the reader's or the letter's. Checks run before
   * the letter's own validation: a command line prepares Bean Validation on another thread meanwhile.
   */
  public Found run(JsonNode tree, byte[] source, Positions positions, JsonSupport support) {
    Found out = new Found();
    for (JsonTreeCheck c : checks) {
      List<Finding> found;
      try {
        found = c.check(tree);
      } catch (RuntimeException e) {
        out.failures.add(failed("check " + c.name(), e));
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
        out.findings.add(f);
        out.kinds.add(kindOf(c, f));
      }
    }
    return out;
  }

  /** What the checks found: their findings with reader kinds, and the checks that threw. */
  public static final class Found {
    private final List<Finding> findings = new ArrayList<>();
    private final List<Optional<String>> kinds = new ArrayList<>();
    private final List<Finding> failures = new ArrayList<>();

    /**
     * The findings that neither repeat a {@code reader} finding nor sit at the pointer of a
     * {@code letter} finding, and every failure (a check that threw is never merged away).
     */
    public List<Finding> news(List<Finding> reader, List<Finding> letter) {
      List<Finding> out = new ArrayList<>(failures);
      if (findings.isEmpty()) {
        return out;
      }
      Set<String> letterPaths = new HashSet<>();
      for (Finding f : letter) {
        letterPaths.add(f.path());
      }
      Merge.ReaderFindings readerFindings = new Merge.ReaderFindings(reader);
      for (int i = 0; i < findings.size(); i++) {
        Finding f = findings.get(i);
        if (!readerFindings.repeated(f, kinds.get(i)) && !Merge.repeatsLetter(f, letterPaths)) {
          out.add(f);
        }
      }
      return out;
    }
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
