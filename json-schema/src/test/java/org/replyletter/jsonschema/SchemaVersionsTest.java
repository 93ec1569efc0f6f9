package org.replyletter.jsonschema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.jsonschema.internal.CompiledSchema;
import org.replyletter.jsonschema.internal.SchemaCatalog;
import org.replyletter.testing.LetterGenerators;
import tools.jackson.databind.JsonNode;

/**
 * The versions of the letter's JSON form (compatibility policy in the README): the 1.0 schema is
 * still published beside 1.1; every document 1.0 accepts, 1.1 accepts; and the library writes each
 * letter with the oldest version whose schema accepts it, so that a letter using nothing added in
 * 1.1 is still a 1.0 document.
 */
class SchemaVersionsTest {
  private static final CompiledSchema V1_0 =
      new CompiledSchema(new SchemaCatalog.Entry("reply-letter", "org/replyletter/schema/1.0/reply-letter.json"));

  @Test
  void schema1_0_isStillPublished_underItsOwnId() {
    assertEquals("https://replyletter.org/schema/1.0/reply-letter.json", V1_0.id());
    assertNotEquals(V1_0.id(), ReplyLetterSchema.replyLetter().id());
  }

  @Test
  void everyLetter_isWrittenInTheOldestVersionThatAcceptsIt() {
    qt().withExamples(300)
        .forAll(LetterGenerators.letters())
        .checkAssert(letter -> {
          byte[] json = ReplyLetterJson.defaults().write(letter);
          JsonNode tree = Documents.tree(json);
          String text = new String(json, StandardCharsets.UTF_8);
          assertEquals(List.of(), ReplyLetterSchema.replyLetter().validate(tree), text);
          String version = tree.get("schemaVersion").stringValue();
          if (version.equals("1.0")) {
            assertEquals(List.of(), V1_0.validate(tree), "written as 1.0, so 1.0 must accept it: " + text);
          } else {
            assertEquals("1.1", version);
            assertFalse(V1_0.validate(tree).isEmpty(), "written as 1.1 though 1.0 accepts it: " + text);
          }
        });
  }

  @Test
  void everyDocumentThatSchema1_0Accepts_schema1_1Accepts() {
    qt().withExamples(300)
        .forAll(LetterGenerators.letters())
        .checkAssert(letter -> {
          JsonNode tree = Documents.tree(ReplyLetterJson.defaults().write(letter));
          if (V1_0.validate(tree).isEmpty()) {
            assertEquals(List.of(), ReplyLetterSchema.replyLetter().validate(tree));
          }
        });
  }
}
