package org.replyletter.jsonschema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.replyletter.jsonschema.SubsidyDocuments.Form;
import org.replyletter.subsidy.SubsidyCalculator;
import org.replyletter.subsidy.SubsidyJson;
import org.replyletter.subsidy.SubsidyRequest;
import org.replyletter.subsidy.SubsidySchedule;
import org.replyletter.diagnostics.Finding;
import tools.jackson.databind.JsonNode;

/**
 * The subsidy cases shared with the Ajv check ({@code src/test/resources/subsidy-cases}) give the
 * findings they list, in Java as in Ajv, and the Java reader rejects each at the same paths; the
 * decision documents the Ajv check validates ({@code src/test/resources/subsidy-decisions}) are
 * exactly what the calculator writes for the example requests today.
 */
class SubsidyCasesTest {
  static final Path CASES = Path.of("src", "test", "resources", "subsidy-cases");
  static final Path DECISIONS = Path.of("src", "test", "resources", "subsidy-decisions");

  @TestFactory
  Stream<DynamicTest> everyCase_givesItsFindings_andTheReaderAgrees() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(CASES)) {
      s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
    }
    assertTrue(files.size() >= 10, "cases in " + CASES.toAbsolutePath());
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      JsonNode c = Documents.tree(Files.readAllBytes(file));
      Form form = c.get("schema").stringValue().equals(ReplyLetterSchema.SUBSIDY_SCHEDULE) ? Form.SCHEDULE : Form.REQUEST;
      assertEquals(form.schemaName, c.get("schema").stringValue());
      JsonNode document = c.get("document");
      TreeSet<String> expected = new TreeSet<>();
      c.get("expected").forEach(e -> expected.add(e.get("code").stringValue() + "@" + e.get("path").stringValue()));
      TreeSet<String> actual = new TreeSet<>();
      for (Finding f : form.schema().validate(document)) {
        actual.add(f.code() + "@" + f.path());
      }
      assertEquals(expected, actual);
      SubsidyDocuments.assertAgree(form, document, file.getFileName().toString());
    }));
  }

  /** One decision per example request and bundled schedule, in Chinese, as {@code SubsidyJson.writeDecision} writes it. */
  @Test
  void decisionDocuments_areWhatTheCalculatorWrites() throws IOException {
    boolean write = Boolean.getBoolean("rl.writeDecisions");
    int n = 0;
    for (String schedule : SubsidyDocuments.BUNDLED_SCHEDULES) {
      SubsidyCalculator calc = SubsidyCalculator.of(
          schedule.equals("jinjiang") ? SubsidySchedule.jinjiang() : SubsidySchedule.xiamen());
      for (Path request : SubsidyDocuments.exampleRequests()) {
        String name = request.getFileName().toString().replace(".json", "") + "." + schedule + ".json";
        byte[] json = SubsidyJson.defaults().writeDecision(calc.decide(SubsidyJson.defaults().readRequest(request)), Locale.SIMPLIFIED_CHINESE);
        Path file = DECISIONS.resolve(name);
        if (write) {
          Files.createDirectories(DECISIONS);
          Files.write(file, json);
        }
        assertTrue(Files.exists(file), file + " missing; write it with -Drl.writeDecisions=true");
        assertArrayEquals(json, Files.readAllBytes(file), file + " is stale; rewrite it with -Drl.writeDecisions=true");
        n++;
      }
    }
    try (Stream<Path> s = Files.list(DECISIONS)) {
      assertEquals(n, s.count(), "a decision document without its example request in " + DECISIONS);
    }
  }
}
