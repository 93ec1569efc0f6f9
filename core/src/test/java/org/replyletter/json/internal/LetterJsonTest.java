package org.replyletter.json.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.replyletter.json.ReadLimits;
import org.replyletter.testing.LetterGenerators;
import org.replyletter.diagnostics.Finding;

/**
 * The two ways into {@link LetterJson}: binding straight from bytes ({@code readLetter}) and through
 * a parsed tree ({@code read}, used for schema checks) must agree on the letter and on every
 * finding, location included.
 */
class LetterJsonTest {

  private static final JsonSupport SUPPORT = new JsonSupport(ReadLimits.defaults());
  private static final LetterJson JSON = new LetterJson(SUPPORT);

  static Stream<String> badDocuments() throws IOException {
    return Stream.of(
        resource("many-problems.json"),
        "{\"title\": 1}",
        "{\n  \"schemaVersion\": \"2.0\",\n  \"a/b~c\": {\"x\": [1, 2]},\n  \"title\": null\n}",
        "{\"schemaVersion\": \"1.0\", \"proposal\": {\"channel\": \"cppcc-proposal\", \"body\": \"b\", \"number\": \"1\", \"term\": 0}}",
        "{\"schemaVersion\": \"1.0\", \"sections\": [{\"paragraphs\": [\"a\", null, {}]}, 7]}",
        "{\"schemaVersion\": \"1.0\", \"checklist\": {\"suggestions\": [{\"disposition\": {\"notImplementable\": [{\"reason\": \"r\"}]}}]}}",
        "{\"schemaVersion\": \"1.0\"} {}",
        "{\"schemaVersion\": \"1.0\"}\n xyz",
        "{\"schemaVersion\": \"1.0\", \"title\": \"a\", \"title\": \"b\"}",
        "{\"schemaVersion\": \"1.0\", \"title\" \"a\"}",
        "[]",
        "\"x\"",
        "",
        "  \n");
  }

  @ParameterizedTest
  @MethodSource("badDocuments")
  void treeAndStream_agreeOnFindings(String doc) {
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    LetterJson.Result stream = JSON.readLetter(bytes);
    LetterJson.Result tree = JSON.read(bytes);
    assertNull(stream.letter());
    assertNull(tree.letter());
    assertTrue(!stream.findings().isEmpty());
    assertEquals(describe(stream.findings()), describe(tree.findings()));
  }

  @Test
  void treeAndStream_agreeOnLetters() {
    qt().withExamples(300)
        .forAll(LetterGenerators.letters())
        .checkAssert(
            letter -> {
              byte[] bytes = JSON.write(letter);
              LetterJson.Result tree = JSON.read(bytes);
              assertEquals(letter, JSON.readLetter(bytes).letter());
              assertEquals(letter, tree.letter());
              assertNotNull(tree.tree(), "the tree path keeps the tree for schema checks");
              assertTrue(tree.findings().isEmpty());
            });
  }

  @Test
  void bind_reusesTree_withoutSecondParse() {
    byte[] bytes = "{\"schemaVersion\": \"1.0\", \"title\": \"标题\"}".getBytes(StandardCharsets.UTF_8);
    LetterJson.Result r = JSON.read(bytes);
    assertEquals(r.letter(), JSON.bind(r.tree(), bytes).letter());
    assertEquals("标题", r.tree().get("title").stringValue());
  }

  @Test
  void readLetter_oversizedInput_reportsLimitWithoutParsing() {
    LetterJson small = new LetterJson(new JsonSupport(ReadLimits.builder().maxDocumentBytes(10).build()));
    byte[] bytes = "{\"schemaVersion\": \"1.0\"}".getBytes(StandardCharsets.UTF_8);
    for (LetterJson.Result r : List.of(small.readLetter(bytes), small.read(bytes))) {
      assertEquals(1, r.findings().size());
      assertEquals("RL-JSON-009", r.findings().get(0).code());
      assertEquals("RL-JSON-009.size", r.findings().get(0).messageKey());
      assertEquals(List.of(Integer.toString(bytes.length), "10"), r.findings().get(0).arguments());
    }
  }

  @Test
  void limits_depthStringAndNumberLength_reported() {
    LetterJson small = new LetterJson(
            new JsonSupport(
                ReadLimits.builder().maxNestingDepth(3).maxStringLength(20).maxNumberLength(5).build()));
    for (String doc :
        List.of(
            "{\"schemaVersion\": \"1.0\", \"sections\": [{\"paragraphs\": [[\"x\"]]}]}",
            "{\"schemaVersion\": \"1.0\", \"title\": \"" + "长".repeat(21) + "\"}",
            "{\"schemaVersion\": \"1.0\", \"proposal\": {\"channel\": \"cppcc-proposal\", \"body\": \"b\", \"number\": \"1\", \"term\": 1234567}}")) {
      byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
      for (LetterJson.Result r : List.of(small.readLetter(bytes), small.read(bytes))) {
        assertNull(r.letter(), doc);
        assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("RL-JSON-009")), () -> doc + " " + r.findings());
      }
    }
  }

  @Test
  void write_isDeterministicAcrossInstances() {
    LetterJson other = new LetterJson(new JsonSupport(ReadLimits.defaults()));
    qt().withExamples(100)
        .forAll(LetterGenerators.letters())
        .checkAssert(letter -> assertArrayEquals(JSON.write(letter), other.write(letter)));
  }

  private static List<String> describe(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.code() + " " + f.messageKey() + " " + f.path() + " " + f.line() + ":" + f.column() + " " + f.arguments())
        .sorted()
        .collect(Collectors.toList());
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = LetterJsonTest.class.getResourceAsStream("/org/replyletter/json/" + name)) {
      assertNotNull(in, name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
