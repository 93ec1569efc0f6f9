package org.replyletter.subsidy.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.replyletter.subsidy.ScheduleVersion;

/**
 * Finds the versions of a schedule whose periods overlap another of the same jurisdiction, in
 * O(N log N) time with at most N results: the versions of each jurisdiction are sorted by start (then
 * by position) and swept once, keeping the one that ends last so far. A version that starts on or
 * before that end overlaps it and is reported once, naming it. Every version that overlaps some
 * other is either reported or named: the first of a run of overlapping versions is named by the
 * next. Comparing every pair instead gives N²/2 results for N versions that all overlap.
 */
public final class VersionOverlaps {
  private VersionOverlaps() {}

  /**
   * One overlap: the version at {@code index} overlaps the one at {@code overlapped}, which starts
   * no later (positions in the list given).
   */
  public record Overlap(int index, int overlapped) {}

  private static final Comparator<LocalDate> NATURAL = Comparator.naturalOrder();

  /**
   * The overlaps of {@code versions}, at most one per version, in order of {@link Overlap#index()}.
   *
   * @param versions the versions, in the order declared
   * @return the overlaps, possibly empty; a new list
   */
  public static List<Overlap> find(List<ScheduleVersion> versions) {
    Map<String, List<Integer>> byJurisdiction = new HashMap<>();
    for (int i = 0; i < versions.size(); i++) {
      byJurisdiction.computeIfAbsent(versions.get(i).jurisdiction(), j -> new ArrayList<>()).add(i);
    }
    List<Overlap> found = new ArrayList<>();
    for (List<Integer> indexes : byJurisdiction.values()) {
      // Stable: of two versions starting on the same day, the one declared later is reported.
      indexes.sort(Comparator.comparing(i -> versions.get(i).effectiveFrom(), NATURAL));
      int last = -1; // the version that ends last among those swept
      for (int i : indexes) {
        ScheduleVersion v = versions.get(i);
        if (last >= 0 && !end(versions.get(last)).isBefore(v.effectiveFrom())) {
          found.add(new Overlap(i, last));
        }
        if (last < 0 || end(v).isAfter(end(versions.get(last)))) {
          last = i;
        }
      }
    }
    found.sort(Comparator.comparingInt(Overlap::index));
    return found;
  }

  /** The last day in force; an open version never ends. */
  private static LocalDate end(ScheduleVersion v) {
    return v.effectiveTo().orElse(LocalDate.MAX);
  }
}
