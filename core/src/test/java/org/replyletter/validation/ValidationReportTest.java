package org.replyletter.validation;

import org.replyletter.validation.internal.FindingOrder;
import org.replyletter.diagnostics.Severity;
import org.replyletter.diagnostics.Finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

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
    assertTrue(FindingOrder.comparePointers("", "/a") < 0);
    assertTrue(FindingOrder.comparePointers("/a/9", "/a/10") < 0);
    assertTrue(FindingOrder.comparePointers("/a/10", "/a/b") < 0);
    assertTrue(FindingOrder.comparePointers("/a", "/a/0") < 0);
    assertEquals(0, FindingOrder.comparePointers("/a/01", "/a/01"));
  }

  /** Pointers made of segments that sort in every way: indexes, zero-padded numbers, names, escapes. */
  private static Gen<String> pointers() {
    String[] segments = {"", "0", "1", "9", "10", "01", "123456789", "1234567890", "a", "b", "ab", "~0", "~1", "名"};
    Gen<Integer> count = Generate.range(0, 4);
    Gen<Integer> segment = Generate.range(0, segments.length - 1);
    return in -> {
      StringBuilder b = new StringBuilder();
      for (int n = count.generate(in); n > 0; n--) {
        b.append('/').append(segments[segment.generate(in)]);
      }
      return b.toString();
    };
  }

  /** The order as first written, splitting each pointer into strings: the oracle of the in-place one. */
  private static int splitOrder(String a, String b) {
    String[] x = a.isEmpty() ? new String[0] : a.substring(1).split("/", -1);
    String[] y = b.isEmpty() ? new String[0] : b.substring(1).split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      boolean nx = x[i].matches("0|[1-9][0-9]{0,8}");
      boolean ny = y[i].matches("0|[1-9][0-9]{0,8}");
      int c;
      if (nx && ny) {
        c = x[i].length() != y[i].length() ? Integer.compare(x[i].length(), y[i].length()) : x[i].compareTo(y[i]);
      } else if (nx != ny) {
        c = nx ? -1 : 1;
      } else {
        c = x[i].compareTo(y[i]);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  @Test
  void pointerOrder_isTheSegmentwiseOrder_andAntisymmetric() {
    qt().withExamples(20_000)
        .forAll(pointers(), pointers())
        .checkAssert(
            (a, b) -> {
              int c = FindingOrder.comparePointers(a, b);
              assertEquals(Integer.signum(splitOrder(a, b)), Integer.signum(c), a + " vs " + b);
              assertEquals(-Integer.signum(c), Integer.signum(FindingOrder.comparePointers(b, a)));
            });
  }
}
