package org.replyletter.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings' text as violation messages: nothing in it is interpolated. */
class ViolationsTest {
  @Test
  void escape_leavesNothingForInterpolation() {
    assertEquals("a\\{b\\}\\$\\\\", Violations.escape("a{b}$\\"));
    assertEquals(List.of("a/b", "c~d", "0"), Violations.segments("/a~1b/c~0d/0"));
    assertEquals(List.of(), Violations.segments(""));
  }
}
