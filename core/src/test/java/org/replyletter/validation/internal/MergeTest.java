package org.replyletter.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.replyletter.diagnostics.Finding;
import org.replyletter.diagnostics.Severity;

/** The merge rules of LetterValidator: one problem, one finding. */
class MergeTest {
  private static Finding at(String code, String path) {
    return Finding.of(code, Severity.ERROR, path);
  }

  private static final List<Finding> READER =
      List.of(at("RL-JSON-004", "/sections/0/paragraphs"), at("RL-JSON-005", "/proposal/number"), at("RL-JSON-003", "/colour"));

  @Test
  void samePointer_sameKind_dropped_otherKind_kept() {
    Finding f = at("S-1", "/sections/0/paragraphs");
    assertTrue(Merge.repeatsReader(f, Optional.of("RL-JSON-004"), READER));
    assertFalse(Merge.repeatsReader(f, Optional.of("RL-JSON-006"), READER));
    assertTrue(Merge.repeatsReader(f, Optional.empty(), READER), "unknown kind: location decides");
  }

  @Test
  void underAReaderFinding_dropped() {
    assertTrue(Merge.repeatsReader(at("S-1", "/sections/0/paragraphs/3"), Optional.empty(), READER));
    assertFalse(Merge.repeatsReader(at("S-1", "/sections/0/paragraphsX"), Optional.empty(), READER));
    assertFalse(Merge.repeatsReader(at("S-1", "/sections/1"), Optional.empty(), READER));
  }

  @Test
  void missingOrUnknownMember_reportedAtTheObject_dropped() {
    assertTrue(Merge.repeatsReader(at("S-2", "/proposal"), Optional.empty(), READER));
    assertTrue(Merge.repeatsReader(at("S-3", ""), Optional.empty(), READER));
    // but not for a wrong type at a child: that is another problem of the parent
    assertFalse(Merge.repeatsReader(at("S-1", "/sections/0"), Optional.empty(), READER));
  }

  @Test
  void constraintAtARulesPointer_dropped() {
    List<Finding> kept =
        Merge.constraintsNotCoveredByRules(
            List.of(at("RL-BV-001", "/cc/0/recipients/1"), at("RL-BV-001", "/title")),
            List.of(at("RL-CC-001", "/cc/0/recipients/1")));
    assertEquals(List.of(at("RL-BV-001", "/title")), kept);
    assertTrue(Merge.repeatsLetter(at("S-5", "/title"), Set.of("/title")));
  }

  /** The index gives what comparing with every reader finding gives, on random pointers and kinds. */
  @Test
  void readerIndex_agreesWithComparingEveryPair() {
    List<String> segments = List.of("a", "b", "0", "1", "a~1b");
    List<String> codes = List.of("RL-JSON-003", "RL-JSON-004", "RL-JSON-005", "RL-JSON-006");
    org.quicktheories.core.Gen<String> pointers =
        org.quicktheories.generators.SourceDSL.lists()
            .of(org.quicktheories.generators.SourceDSL.integers().between(0, segments.size() - 1).map(segments::get))
            .ofSizeBetween(0, 4)
            .map(l -> l.isEmpty() ? "" : "/" + String.join("/", l));
    org.quicktheories.core.Gen<Finding> findings =
        pointers.zip(org.quicktheories.generators.SourceDSL.integers().between(0, codes.size() - 1), (p, c) -> at(codes.get(c), p));
    org.quicktheories.QuickTheory.qt()
        .withExamples(3000)
        .forAll(
            org.quicktheories.generators.SourceDSL.lists().of(findings).ofSizeBetween(0, 12),
            findings,
            org.quicktheories.generators.SourceDSL.integers().between(-1, codes.size() - 1))
        .checkAssert(
            (reader, f, k) -> {
              Optional<String> kind = k < 0 ? Optional.empty() : Optional.of(codes.get(k));
              assertEquals(everyPair(f, kind, reader), new Merge.ReaderFindings(reader).repeated(f, kind));
            });
  }

  /** The definition, pair by pair. */
  private static boolean everyPair(Finding f, Optional<String> kind, List<Finding> reader) {
    String p = f.path();
    for (Finding r : reader) {
      if (kind.isPresent() && !kind.get().equals(r.code())) {
        continue;
      }
      String q = r.path();
      if (q.equals(p) || Merge.isAncestor(q, p)) {
        return true;
      }
      if ((r.code().equals("RL-JSON-005") || r.code().equals("RL-JSON-003")) && Merge.isParent(p, q)) {
        return true;
      }
    }
    return false;
  }
}
