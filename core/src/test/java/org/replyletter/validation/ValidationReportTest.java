package org.replyletter.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTest {
  @Test
  void findings_sortedByLocationThenPathNumericallyThenCode() {
    Finding noLine2 = Finding.of("RL-B", Severity.WARNING, "/sections/2");
    Finding noLine10 = Finding.of("RL-A", Severity.WARNING, "/sections/10");
    Finding noLine2b = Finding.of("RL-A", Severity.ERROR, "/sections/2");
    Finding line5 = Finding.of("RL-Z", Severity.INFO, "/z").at(5, 1);
    Finding line3 = Finding.of("RL-Y", Severity.INFO, "/y").at(3, 9);
    ValidationReport r = ValidationReport.of("x", List.of(noLine10, noLine2, line5, noLine2b, line3), Finding.ZH_CN);
    assertEquals(List.of(line3, line5, noLine2b, noLine2, noLine10), r.findings());
  }

  @Test
  void valid_meansNoError_countsBySeverity() {
    ValidationReport warnings =
        ValidationReport.of(null, List.of(Finding.of("RL-X", Severity.WARNING, ""), Finding.of("RL-Y", Severity.INFO, "")), Finding.ZH_CN);
    assertTrue(warnings.isValid());
    assertEquals(1, warnings.count(Severity.WARNING));
    assertEquals(1, warnings.count(Severity.INFO));
    assertEquals(0, warnings.count(Severity.ERROR));
    ValidationReport error = ValidationReport.of(null, List.of(Finding.of("RL-X", Severity.ERROR, "")), Finding.ZH_CN);
    assertFalse(error.isValid());
    assertEquals(1, error.findings(Severity.ERROR).size());
  }

  @Test
  void pointerOrder_segmentwise() {
    assertTrue(ValidationReport.comparePointers("", "/a") < 0);
    assertTrue(ValidationReport.comparePointers("/a/9", "/a/10") < 0);
    assertTrue(ValidationReport.comparePointers("/a/10", "/a/b") < 0);
    assertTrue(ValidationReport.comparePointers("/a", "/a/0") < 0);
    assertEquals(0, ValidationReport.comparePointers("/a/01", "/a/01"));
  }
}
