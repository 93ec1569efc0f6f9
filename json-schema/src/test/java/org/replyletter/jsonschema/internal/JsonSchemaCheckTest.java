package org.replyletter.jsonschema.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.testing.LetterGenerators;
import org.replyletter.diagnostics.Finding;
import org.replyletter.validation.JsonTreeCheck;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The {@code json-schema} check is found by ServiceLoader and never throws. */
class JsonSchemaCheckTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Test
  void serviceLoader_findsTheJsonSchemaCheck() {
    // The tests run in the named module, which provides the service but (as a provider) does not
    // declare "uses" it; a module may add that to itself. On the module path the check is found
    // through "provides" alone: a named module's META-INF/services file is not read.
    getClass().getModule().addUses(JsonTreeCheck.class);
    JsonTreeCheck found = null;
    for (JsonTreeCheck c : ServiceLoader.load(JsonTreeCheck.class)) {
      if (c.name().equals("json-schema")) {
        found = c;
      }
    }
    assertNotNull(found, "json-schema check not registered");
    assertEquals(JsonSchemaCheck.class, found.getClass());
  }

  @Test
  void servicesFile_namesTheImplementation_forClassPathUsers() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/META-INF/services/org.replyletter.validation.JsonTreeCheck")) {
      assertNotNull(in);
      assertEquals(JsonSchemaCheck.class.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
    }
  }

  @Test
  void check_writtenLetters_haveNoFindings() {
    qt().withExamples(30).forAll(LetterGenerators.letters()).checkAssert(letter ->
        assertEquals(List.of(), new JsonSchemaCheck().check(MAPPER.readTree(ReplyLetterJson.defaults().write(letter)))));
  }

  @Test
  void check_reportsProblemsOfTheTree() {
    List<Finding> f = new JsonSchemaCheck().check(MAPPER.readTree("{\"schemaVersion\":\"1.0\",\"cc\":[null]}"));
    assertEquals(List.of("RL-SCHEMA-001@/cc/0"), f.stream().map(x -> x.code() + "@" + x.path()).toList());
  }

  @Test
  void check_neverThrows_forAnyTree() {
    qt().withExamples(500).forAll(trees(4)).checkAssert(tree -> {
      List<Finding> findings = new JsonSchemaCheck().check(tree);
      for (Finding f : findings) {
        assertTrue(f.code().startsWith("RL-SCHEMA-"), f.toString());
        assertTrue(f.path().isEmpty() || f.path().startsWith("/"), f.toString());
      }
    });
  }

  /** Random JSON trees, biased towards the letter's member names so that deep members get visited. */
  private static Gen<JsonNode> trees(int depth) {
    Gen<String> names = Generate.pick(List.of(
        "schemaVersion", "documentNumber", "classification", "proposal", "addressees", "sections", "checklist",
        "suggestions", "disposition", "notImplementable", "cc", "recipients", "contacts", "issueDate", "term",
        "code", "scheme", "x", "", "~/"));
    Gen<Integer> kind = Generate.range(0, depth <= 0 ? 5 : 7);
    Gen<Integer> size = Generate.range(0, 3);
    Gen<String> texts = Generate.pick(List.of("1.0", "晋残函〔2024〕7号", "2024-06-03", "three-class", "", "x"));
    Gen<Long> numbers = Generate.longRange(-3, 3_000_000_000L);
    return in -> {
      switch (kind.generate(in)) {
        case 0:
          return NODES.nullNode();
        case 1:
          return NODES.booleanNode(true);
        case 2:
          return NODES.numberNode(numbers.generate(in));
        case 3:
          return NODES.numberNode(1.5);
        case 4:
        case 5:
          return NODES.stringNode(texts.generate(in));
        case 6: {
          ArrayNode a = NODES.arrayNode();
          int n = size.generate(in);
          for (int i = 0; i < n; i++) {
            a.add(trees(depth - 1).generate(in));
          }
          return a;
        }
        default: {
          ObjectNode o = NODES.objectNode();
          int n = size.generate(in) + 1;
          for (int i = 0; i < n; i++) {
            o.set(names.generate(in), trees(depth - 1).generate(in));
          }
          return o;
        }
      }
    };
  }
}
