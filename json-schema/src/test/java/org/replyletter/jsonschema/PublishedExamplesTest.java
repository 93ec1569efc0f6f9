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
import org.replyletter.json.ReplyLetterJson;

/**
 * Every published example letter ({@code examples/letters/*.json}) conforms to the schema, is read
 * by the Java reader and is exactly what the library writes for it. A change of the schema that breaks a published example is
 * either a mistake or a new major version with an upgrader (see the compatibility policy).
 */
class PublishedExamplesTest {
  static final Path EXAMPLES = Path.of("..", "examples", "letters");

  @TestFactory
  Stream<DynamicTest> everyPublishedExample_conformsToTheSchema() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
    }
    assertFalse(files.isEmpty(), "no example letters in " + EXAMPLES.toAbsolutePath());
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      byte[] json = Files.readAllBytes(file);
      assertEquals(List.of(), ReplyLetterSchema.replyLetter().validate(json));
      ReplyLetterJson.defaults().read(file);
      assertEquals(
          new String(ReplyLetterJson.defaults().write(ReplyLetterJson.defaults().read(file)), java.nio.charset.StandardCharsets.UTF_8),
          new String(json, java.nio.charset.StandardCharsets.UTF_8),
          "published examples are as this library writes them (in the oldest version that accepts each)");
    }));
  }
}
