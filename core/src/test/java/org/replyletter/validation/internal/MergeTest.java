package org.replyletter.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.replyletter.validation.Finding;
import org.replyletter.validation.Severity;

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
}
