package org.replyletter.jsonschema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.replyletter.diagnostics.Finding;
import org.replyletter.diagnostics.Severity;
import tools.jackson.databind.JsonNode;

/**
 * The cases under {@code src/test/resources/cases}: a document and the findings expected (code and
 * path). The same files drive the Ajv check ({@code src/test/ajv}), so Java and a strict validator of
 * another ecosystem are held to the same answers.
 */
class SchemaCasesTest {
  static final Path CASES = Path.of("src", "test", "resources", "cases");

  @TestFactory
  Stream<DynamicTest> everyCase_givesTheExpectedFindings_andTheReaderAgrees() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(CASES)) {
      s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
    }
    assertFalse(files.isEmpty(), "no cases in " + CASES.toAbsolutePath());
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      JsonNode c = Documents.tree(Files.readAllBytes(file));
      JsonNode document = c.get("document");
      List<String> expected = new ArrayList<>();
      c.get("expected").forEach(e -> expected.add(e.get("code").stringValue() + "@" + e.get("path").stringValue()));
      List<String> actual = new ArrayList<>();
      for (Finding f : ReplyLetterSchema.replyLetter().validate(document)) {
        assertEquals(Severity.ERROR, f.severity());
        actual.add(f.code() + "@" + f.path());
      }
      assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList(), c.get("description").stringValue());
      Documents.assertAgree(document, file.getFileName().toString());
    }));
  }
}
