package org.replyletter.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import org.replyletter.subsidy.internal.SubsidyCodecs;
import org.replyletter.diagnostics.Finding;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Overlapping versions of one jurisdiction: every version that overlaps another is reported or named
 * by a finding, with at most one finding per version, so that N versions that all overlap give N - 1
 * findings, not N²/2.
 */
class ScheduleOverlapTest {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  /** A version's period: {@code to} null when open. */
  record Period(String jurisdiction, LocalDate from, LocalDate to) {
    boolean overlaps(Period o) {
      LocalDate end = to == null ? LocalDate.MAX : to;
      LocalDate otherEnd = o.to == null ? LocalDate.MAX : o.to;
      return jurisdiction.equals(o.jurisdiction) && !end.isBefore(o.from) && !otherEnd.isBefore(from);
    }
  }

  /** The bundled 晋江 schedule with its versions replaced by copies of the first, one per period, ids v0, v1, … */
  static byte[] scheduleWith(List<Period> periods) {
    ObjectNode root;
    try (InputStream in = ScheduleOverlapTest.class.getResourceAsStream("schedule-jinjiang.json")) {
      root = (ObjectNode) SubsidyCodecs.parse(in.readAllBytes(), "schedule-jinjiang.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ObjectNode first = (ObjectNode) root.get("versions").get(0);
    // Notes are not what this test is about: without them 500 copies stay under the size limit.
    first.get("parameters").forEach(p -> ((ObjectNode) p).remove(List.of("note", "noteEn")));
    ArrayNode versions = root.putArray("versions");
    for (int i = 0; i < periods.size(); i++) {
      Period p = periods.get(i);
      ObjectNode v = first.deepCopy();
      v.put("id", "v" + i);
      v.put("jurisdiction", p.jurisdiction());
      v.put("effectiveFrom", p.from().toString());
      v.remove("effectiveTo");
      if (p.to() != null) {
        v.put("effectiveTo", p.to().toString());
      }
      versions.add(v);
    }
    return SubsidyCodecs.SUPPORT.write(g -> SubsidyCodecs.SUPPORT.mapper().writeTree(g, root));
  }

  /** The overlap findings of reading {@code json}, by the index of the version reported. */
  private static Map<Integer, Finding> overlapFindings(byte[] json) {
    List<Finding> findings;
    try {
      SubsidyJson.defaults().readSchedule(json, "overlaps.json");
      findings = List.of();
    } catch (ScheduleDefinitionException e) {
      findings = e.findings();
    }
    Map<Integer, Finding> byIndex = new HashMap<>();
    for (Finding f : findings) {
      assertEquals("SUB-DEF-001", f.code(), f::toString);
      assertTrue(f.line().isPresent() && f.column().isPresent(), f::toString);
      String[] segments = f.path().split("/");
      assertEquals(null, byIndex.put(Integer.parseInt(segments[2]), f), () -> "reported twice: " + f);
    }
    return byIndex;
  }

  /** Decodes a period from one generated number: jurisdiction, start within 60 days, open or up to 30 days long. */
  private static Period period(int x) {
    LocalDate from = START.plusDays(x / 2 % 61);
    int length = x / 122 - 1;
    return new Period(x % 2 == 0 ? "晋江市" : "厦门市", from, length < 0 ? null : from.plusDays(length));
  }

  @Test
  void reportedAndNamedVersions_areExactlyThoseThatOverlapAnother() {
    qt().withExamples(150)
        .forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 122 * 32 - 1)).ofSizeBetween(1, 20))
        .checkAssert(
            xs -> {
              List<Period> periods = new ArrayList<>();
              xs.forEach(x -> periods.add(period(x)));
              Set<Integer> overlapping = new HashSet<>();
              for (int i = 0; i < periods.size(); i++) {
                for (int j = 0; j < periods.size(); j++) {
                  if (i != j && periods.get(i).overlaps(periods.get(j))) {
                    overlapping.add(i);
                  }
                }
              }
              Set<Integer> mentioned = new HashSet<>();
              overlapFindings(scheduleWith(periods)).forEach((i, f) -> {
                int named = Integer.parseInt(f.arguments().get(1).substring(1));
                assertEquals("v" + i, f.arguments().get(0));
                assertTrue(periods.get(i).overlaps(periods.get(named)), () -> "not an overlap: " + f);
                mentioned.add(i);
                mentioned.add(named);
              });
              assertEquals(overlapping, mentioned);
            });
  }

  @Test
  void fiveHundredVersionsThatAllOverlap_giveOneFindingEachButTheFirst() {
    List<Period> periods = new ArrayList<>();
    // Comparing every pair gave N²/2 findings: 125 000 here, 2 million (3.9 GB) for 2 000 versions.
    // 500 versions are what a schedule within the 4 MiB document limit can hold.
    for (int i = 0; i < 500; i++) {
      periods.add(new Period("晋江市", START.plusDays(i % 7), null));
    }
    Map<Integer, Finding> findings = overlapFindings(scheduleWith(periods));
    assertEquals(499, findings.size());
  }

  @Test
  void builtInCode_manyOverlappingVersions_refusedNamingTheFirstOverlap() {
    ScheduleVersion base = SubsidySchedule.jinjiang().versions().get(0);
    List<ScheduleVersion> versions = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      versions.add(base.withId("v" + i).withEffectiveTo(java.util.Optional.empty()));
    }
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> SubsidySchedule.builder()
            .name("n").title("t").versions(versions).build());
    assertEquals("versions v0 and v1 of " + base.jurisdiction() + " overlap", e.getMessage());
  }
}
