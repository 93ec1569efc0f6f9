package org.replyletter.validation.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.replyletter.diagnostics.Finding;
import org.replyletter.diagnostics.Severity;
import org.replyletter.json.internal.JsonSupport;
import org.replyletter.json.internal.ReadCode;
import org.replyletter.validation.ValidationReport;

/**
 * The order of a report's findings ({@link ValidationReport#ORDER}) and the cap on how many it
 * lists: sorting, then at most {@code maxFindings} findings and one {@code RL-JSON-012} that counts
 * the rest (and any the reader already counted), at the first of them, with the highest severity
 * among them. Exceeded limits ({@code RL-JSON-009}) are always listed, as the reader lists them.
 */
public final class FindingOrder {
  private FindingOrder() {}

  /** The findings in the report's order, at most {@code maxFindings} and the count of the rest. */
  public static List<Finding> sortedAndCapped(Collection<Finding> findings, int maxFindings) {
    List<Finding> sorted = new ArrayList<>(findings.size());
    List<Finding> counted = new ArrayList<>(1); // the reader's own RL-JSON-012, if any
    List<Finding> limits = new ArrayList<>(1);
    for (Finding f : findings) {
      Objects.requireNonNull(f, "findings element");
      String code = f.code();
      (code.equals(ReadCode.OMITTED.code()) ? counted : code.equals(ReadCode.LIMIT.code()) ? limits : sorted).add(f);
    }
    sorted.sort(ValidationReport.ORDER);
    if (sorted.size() > maxFindings || !counted.isEmpty()) {
      List<Finding> rest = new ArrayList<>(sorted.subList(Math.min(maxFindings, sorted.size()), sorted.size()));
      sorted = new ArrayList<>(sorted.subList(0, Math.min(maxFindings, sorted.size())));
      rest.addAll(counted);
      rest.sort(ValidationReport.ORDER);
      int count = 0;
      Severity worst = Severity.INFO;
      for (Finding f : rest) {
        count += f.code().equals(ReadCode.OMITTED.code()) ? Integer.parseInt(f.arguments().get(0)) : 1;
        worst = f.severity().compareTo(worst) < 0 ? f.severity() : worst;
      }
      int max = counted.isEmpty() ? maxFindings : Integer.parseInt(counted.get(0).arguments().get(1));
      sorted.addAll(limits);
      sorted.sort(ValidationReport.ORDER);
      sorted.add(JsonSupport.omitted(rest.get(0), worst, count, Math.min(max, maxFindings)));
    } else if (!limits.isEmpty()) {
      sorted.addAll(limits);
      sorted.sort(ValidationReport.ORDER);
    }
    return List.copyOf(sorted);
  }

  /**
   * Compares two JSON Pointers segment by segment; numeric segments numerically, before names.
   *
   * @param a a pointer; not null
   * @param b a pointer; not null
   * @return negative, zero or positive as {@code a} sorts before, with or after {@code b}
   */
  public static int comparePointers(String a, String b) {
    // In place, without splitting: the sort compares pointers of every report, often many times.
    boolean moreA = !a.isEmpty();
    boolean moreB = !b.isEmpty();
    int from = 1;
    int fromB = 1;
    while (moreA && moreB) {
      int end = segmentEnd(a, from);
      int endB = segmentEnd(b, fromB);
      int c = compareSegments(a, from, end, b, fromB, endB);
      if (c != 0) {
        return c;
      }
      moreA = end < a.length();
      moreB = endB < b.length();
      from = end + 1;
      fromB = endB + 1;
    }
    return Boolean.compare(moreA, moreB); // a pointer sorts before its descendants
  }

  private static int segmentEnd(String pointer, int from) {
    int end = pointer.indexOf('/', from);
    return end < 0 ? pointer.length() : end;
  }

  private static int compareSegments(String a, int from, int end, String b, int fromB, int endB) {
    boolean na = isIndex(a, from, end);
    boolean nb = isIndex(b, fromB, endB);
    if (na != nb) {
      return na ? -1 : 1;
    }
    if (na && end - from != endB - fromB) {
      return Integer.compare(end - from, endB - fromB);
    }
    // As String.compareTo of the two segments: equal-length indexes compare as their digits do.
    int n = Math.min(end - from, endB - fromB);
    for (int k = 0; k < n; k++) {
      char x = a.charAt(from + k);
      char y = b.charAt(fromB + k);
      if (x != y) {
        return x - y;
      }
    }
    return (end - from) - (endB - fromB);
  }

  /** Whether {@code s[from, end)} is an array index of a pointer: digits, no leading zero. */
  static boolean isIndex(String s, int from, int end) {
    int length = end - from;
    if (length == 0 || length > 9 || (length > 1 && s.charAt(from) == '0')) {
      return false;
    }
    for (int i = from; i < end; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
