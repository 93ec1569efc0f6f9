package org.replyletter.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.replyletter.Money;
import org.replyletter.json.internal.ReadContext;
import org.replyletter.subsidy.internal.RequestJson;
import org.replyletter.subsidy.internal.SubsidyCodecs;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decision cases as data: each file under {@code cases/} is an array of {@code name}, {@code date}
 * (the decision date), optional {@code schedule} ({@code jinjiang}, {@code xiamen}, or the name of a
 * test schedule under {@code cases/schedules/}), {@code input} (a request without its decision date)
 * and {@code expected} ({@code eligible}, {@code amount}, {@code reasons}, optional {@code payee},
 * {@code warnings} (empty unless given), {@code version}, {@code versionBasis}, and {@code messages}:
 * texts the explanation contains in {@code zh} or {@code en}). Every case issue 5 lists is in
 * {@code issue-5.json}, every point of issue 18 in {@code issue-18.json}. In every case, every message
 * in either language is fully rendered: no placeholder ({@code ?}, <code>{0}</code>) and no key.
 */
class SubsidyCasesTest {
  private static final Set<String> CASE_KEYS = Set.of("name", "date", "schedule", "input", "expected");
  private static final Set<String> EXPECTED_KEYS = Set.of(
      "eligible", "amount", "reasons", "payee", "warnings", "version", "versionBasis", "messages");
  private static final SubsidyCalculator JINJIANG = SubsidyCalculator.of(SubsidySchedule.jinjiang());
  private static final SubsidyCalculator XIAMEN = SubsidyCalculator.of(SubsidySchedule.xiamen());

  @TestFactory
  Stream<DynamicContainer> cases() throws IOException, URISyntaxException {
    Path dir = Path.of(SubsidyCasesTest.class.getResource("cases").toURI());
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertTrue(files.size() >= 3, "case files missing");
    List<DynamicContainer> containers = new ArrayList<>();
    for (Path f : files) {
      JsonNode root = SubsidyCodecs.parse(Files.readAllBytes(f), f.toString());
      List<DynamicTest> tests = new ArrayList<>();
      for (JsonNode c : root) {
        tests.add(DynamicTest.dynamicTest(c.get("name").stringValue(), () -> run(c)));
      }
      containers.add(DynamicContainer.dynamicContainer(f.getFileName().toString(), tests));
    }
    return containers.stream();
  }

  @org.junit.jupiter.api.Test
  void issue5_listsEveryCaseTheIssueNames() throws IOException {
    try (InputStream in = SubsidyCasesTest.class.getResourceAsStream("cases/issue-5.json")) {
      JsonNode root = SubsidyCodecs.parse(in.readAllBytes(), "issue-5.json");
      assertEquals(11, root.size());
    }
  }

  private static final java.util.Map<String, SubsidyCalculator> TEST_SCHEDULES = new java.util.concurrent.ConcurrentHashMap<>();

  /** A test schedule under {@code cases/schedules/}, read once. */
  private static SubsidyCalculator testSchedule(String name) {
    return TEST_SCHEDULES.computeIfAbsent(name, n -> {
      try (InputStream in = SubsidyCasesTest.class.getResourceAsStream("cases/schedules/" + n + ".json")) {
        assertTrue(in != null, "no test schedule " + n);
        return SubsidyCalculator.of(SubsidyJson.defaults().readSchedule(in, n + ".json"));
      } catch (IOException ex) {
        throw new java.io.UncheckedIOException(ex);
      }
    });
  }

  private static void run(JsonNode c) {
    for (String k : c.propertyNames()) {
      assertTrue(CASE_KEYS.contains(k), "unknown case member " + k);
    }
    for (String k : c.get("expected").propertyNames()) {
      assertTrue(EXPECTED_KEYS.contains(k), "unknown expected member " + k);
    }
    ObjectNode input = ((ObjectNode) c.get("input")).deepCopy();
    assertTrue(input.get("decisionDate") == null, "the decision date is the case's date");
    input.put("decisionDate", c.get("date").stringValue());
    ReadContext ctx = new ReadContext();
    SubsidyRequest request = SubsidyCodecs.readTree(input, ctx, RequestJson.REQUEST);
    assertEquals(List.of(), ctx.problems(), "case input unreadable");

    String schedule = c.has("schedule") ? c.get("schedule").stringValue() : "jinjiang";
    SubsidyCalculator calc = switch (schedule) {
      case "jinjiang" -> JINJIANG;
      case "xiamen" -> XIAMEN;
      default -> testSchedule(schedule);
    };
    SubsidyDecision d = calc.decide(request);
    JsonNode e = c.get("expected");
    String trace = String.join("\n", d.explain(Locale.SIMPLIFIED_CHINESE));
    assertEquals(e.get("eligible").booleanValue(), d.eligible(), trace);
    assertEquals(Money.parse(e.get("amount").stringValue()), d.amount(), trace);
    List<String> reasons = new ArrayList<>();
    e.get("reasons").forEach(r -> reasons.add(r.stringValue()));
    assertEquals(reasons, d.reasons(), trace);
    if (e.has("payee")) {
      assertEquals(Payee.fromId(e.get("payee").stringValue()), d.payee(), trace);
    }
    List<String> warnings = new ArrayList<>();
    e.path("warnings").forEach(w -> warnings.add(w.stringValue()));
    assertEquals(warnings, d.warnings(), trace);
    if (e.has("version")) {
      assertEquals(Optional.of(e.get("version").stringValue()), d.version(), trace);
    }
    if (e.has("versionBasis")) {
      assertEquals(VersionBasis.fromId(e.get("versionBasis").stringValue()), d.versionBasis(), trace);
    }
    for (JsonNode m : e.path("messages")) {
      Locale locale = m.get("lang").stringValue().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
      String text = m.get("contains").stringValue();
      List<String> lines = d.explain(locale);
      assertTrue(lines.stream().anyMatch(l -> l.contains(text)), () -> text + " not in\n" + String.join("\n", lines));
    }
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      for (String line : d.explain(locale)) {
        assertTrue(!line.contains("?") && !line.matches(".*\\{[0-9]+}.*") && !line.matches("^(SUB|param|kind|level)[-.].*"),
            () -> "not fully rendered: " + line);
      }
    }
    // The fast path decides the same.
    assertEquals(d.withExplanation(List.of()), calc.decideWithoutExplanation(request));
    // The explanation ends with the result and names each failed reason once.
    DecisionStep last = d.explanation().get(d.explanation().size() - 1);
    assertEquals(StepKind.RESULT, last.kind());
    assertEquals(Optional.of(d.eligible() ? "SUB-DEC-001" : "SUB-DEC-002"), Optional.of(last.code()));
  }
}
