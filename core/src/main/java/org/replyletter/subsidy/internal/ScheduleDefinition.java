package org.replyletter.subsidy.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.replyletter.diagnostics.Finding;
import org.replyletter.diagnostics.Severity;
import org.replyletter.subsidy.ParameterKey;
import org.replyletter.subsidy.ScheduleVersion;
import org.replyletter.subsidy.Source;
import org.replyletter.subsidy.VersionSelection;

/**
 * The definition errors of a schedule read without input problems: what a schema cannot say.
 * Each check is linear (overlaps N log N) with at most one finding per source, citation or version,
 * whatever the input. Findings carry JSON Pointers into the schedule's JSON form, without location.
 */
final class ScheduleDefinition {
  private ScheduleDefinition() {}

  /**
   * The definition errors: a source id used twice, a citation of an undeclared source, a version id
   * used twice, a version overlapping another of its jurisdiction.
   *
   * @param undeclared the stand-in sources of undeclared citations, by identity
   * @param declared the ids of the declared sources
   * @return the findings, possibly empty
   */
  static List<Finding> check(
      List<Source> sources, Optional<VersionSelection> selection, List<ScheduleVersion> versions,
      Set<Source> undeclared, Collection<String> declared) {
    List<Finding> found = new ArrayList<>();
    duplicateSources(sources, found);
    String names = String.join(", ", declared);
    Optional<Source> selectionSource = selection.flatMap(VersionSelection::source);
    if (selectionSource.isPresent() && undeclared.contains(selectionSource.get())) {
      found.add(finding(SubsidyCode.DEF_UNDECLARED_SOURCE, "", "/versionSelection/source", selectionSource.get().id(), names));
    }
    undeclaredCitations(versions, undeclared, names, found);
    duplicateVersions(versions, found);
    overlaps(versions, found);
    return found;
  }

  private static void duplicateSources(List<Source> sources, List<Finding> found) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < sources.size(); i++) {
      if (!seen.add(sources.get(i).id())) {
        found.add(finding(SubsidyCode.DEF_DUPLICATE_ID, "Source", "/sources/" + i + "/id", sources.get(i).id()));
      }
    }
  }

  private static void undeclaredCitations(
      List<ScheduleVersion> versions, Set<Source> undeclared, String declared, List<Finding> found) {
    if (undeclared.isEmpty()) {
      return;
    }
    for (int i = 0; i < versions.size(); i++) {
      for (ParameterKey<?> k : ParameterKey.values()) {
        Source s = versions.get(i).parameters().get(k).source();
        if (undeclared.contains(s)) {
          found.add(finding(SubsidyCode.DEF_UNDECLARED_SOURCE, "",
              "/versions/" + i + "/parameters/" + k.id() + "/source", s.id(), declared));
        }
      }
      ScheduleVersion v = versions.get(i);
      if (v.shortageCatalogue().isPresent() && undeclared.contains(v.shortageCatalogue().get().source())) {
        found.add(finding(SubsidyCode.DEF_UNDECLARED_SOURCE, "", "/versions/" + i + "/shortageCatalogue/source",
            v.shortageCatalogue().get().source().id(), declared));
      }
      if (v.counting().isPresent() && undeclared.contains(v.counting().get().source())) {
        found.add(finding(SubsidyCode.DEF_UNDECLARED_SOURCE, "", "/versions/" + i + "/counting/source",
            v.counting().get().source().id(), declared));
      }
    }
  }

  private static void duplicateVersions(List<ScheduleVersion> versions, List<Finding> found) {
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < versions.size(); i++) {
      if (ids.putIfAbsent(versions.get(i).id(), i) != null) {
        found.add(finding(SubsidyCode.DEF_DUPLICATE_ID, "Version", "/versions/" + i + "/id", versions.get(i).id()));
      }
    }
  }

  private static void overlaps(List<ScheduleVersion> versions, List<Finding> found) {
    for (VersionOverlaps.Overlap o : VersionOverlaps.find(versions)) {
      ScheduleVersion v = versions.get(o.index());
      found.add(finding(SubsidyCode.DEF_OVERLAP, "", "/versions/" + o.index() + "/effectiveFrom",
          v.id(), versions.get(o.overlapped()).id(), v.jurisdiction()));
    }
  }

  private static Finding finding(SubsidyCode code, String keySuffix, String pointer, String... args) {
    return Finding.builder()
        .code(code.code())
        .messageKey(code.messageKey(keySuffix))
        .severity(Severity.ERROR)
        .path(pointer)
        .addArguments(args)
        .build();
  }
}
