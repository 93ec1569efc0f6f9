package org.replyletter.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyletter.json.ReadLimits;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.testing.LetterGenerators;
import org.replyletter.diagnostics.Finding;
import org.replyletter.diagnostics.Severity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Positions recorded while binding locate every pointer exactly where a second parse
 * ({@link JsonSupport#locate}) does: at the value, or, for an absent member, at its nearest present
 * ancestor.
 */
class PositionsTest {
  private static final JsonSupport SUPPORT = new JsonSupport(ReadLimits.defaults());
  private static final LetterJson JSON = new LetterJson(SUPPORT);

  @Test
  void seedLetter_everyPointerAndAbsentMembers_locatedAsBySecondParse() throws Exception {
    assertSameLocations(Files.readAllBytes(Path.of("..", "examples", "letters", "jinjiang-2024-7.json")));
  }

  @Test
  void generatedLetters_locatedAsBySecondParse() {
    qt().withExamples(200)
        .forAll(LetterGenerators.letters())
        .checkAssert(letter -> assertSameLocations(ReplyLetterJson.defaults().write(letter)));
  }

  @Test
  void locateIfAllRecorded_onlyWhenEveryPointerWasRecordedItself() throws Exception {
    byte[] json = Files.readAllBytes(Path.of("..", "examples", "letters", "jinjiang-2024-7.json"));
    Positions positions = JSON.readLetter(json, true).positions();
    List<Finding> present = List.of(finding(""), finding("/title"), finding("/sections/1/paragraphs/0"));
    assertEquals(SUPPORT.locate(json, present), positions.locateIfAllRecorded(json, present));
    List<Finding> absent = new ArrayList<>(present);
    absent.add(finding("/sections/0/nothing"));
    assertNull(positions.locateIfAllRecorded(json, absent));
    Finding unknown = Finding.builder().code(ReadCode.UNKNOWN_MEMBER.code()).severity(Severity.ERROR).path("/title").build();
    assertNull(positions.locateIfAllRecorded(json, List.of(unknown)), "an unknown member is placed at its name");
  }

  @Test
  void segments_asSplitAndUnescape() {
    qt().withExamples(2000)
        .forAll(strings().betweenCodePoints('-', '~').ofLengthBetween(0, 12))
        .checkAssert(pointer -> {
          String[] expected = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
          for (int i = 0; i < expected.length; i++) {
            expected[i] = expected[i].replace("~1", "/").replace("~0", "~");
          }
          assertEquals(List.of(expected), List.of(Positions.segments(pointer)), pointer);
        });
  }

  private static void assertSameLocations(byte[] json) {
    LetterJson.Result r = JSON.readLetter(json, true);
    assertNotNull(r.positions());
    List<Finding> findings = new ArrayList<>();
    collect(JsonMapper.builder().build().readTree(json), "", findings);
    // Absent members and elements: located at their nearest present ancestor.
    for (String absent : List.of("/issueDate", "/signer", "/sections/0/nothing", "/sections/99", "/cc/0/x/y", "/a~1b")) {
      findings.add(finding(absent));
    }
    assertEquals(SUPPORT.locate(json, findings), r.positions().locate(json, findings));
  }

  private static void collect(JsonNode node, String pointer, List<Finding> out) {
    out.add(finding(pointer));
    if (node.isObject()) {
      for (String name : node.propertyNames()) {
        collect(node.get(name), pointer + "/" + name.replace("~", "~0").replace("/", "~1"), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, out);
      }
    }
  }

  private static Finding finding(String path) {
    return Finding.builder().code("RL-TEST-001").severity(Severity.WARNING).path(path).build();
  }
}
