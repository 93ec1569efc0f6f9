package org.replyletter.jsonschema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.replyletter.testing.LetterGenerators;
import tools.jackson.databind.JsonNode;

/**
 * A published schema never changes what it accepts: each pattern rewritten since it was published
 * (listed with its first text in {@code patterns/published.json}, which the Ajv check reads too)
 * accepts exactly the strings the published text accepted. Both are run on the listed forms, the
 * grammar's boundaries, every readable written form, near misses of them, and random strings of
 * the characters that matter; short enough that the old text's recursion does not overflow.
 */
class PatternRewriteTest {
  /** Pieces of document numbers, joined at random into strings that often almost match. */
  private static final List<String> TOKENS =
      List.of(
          "晋", "残函", " ", "\u3000", "\u00A0", "\t", "〔", "〕", "[", "]", "（", "）", "(", ")", "【", "］",
          "第", "号", "0", "０", "00", "7", "９", "2024", "２０２４", "1000", "2147483647", "2147483648", "1",
          "a", "\uD840\uDC00");

  @Test
  void everyRewrittenPattern_acceptsWhatItsPublishedTextAccepted() throws IOException {
    List<String[]> rewritten = rewritten();
    assertFalse(rewritten.isEmpty());
    for (String[] r : rewritten) {
      Pattern published = Pattern.compile(r[1]);
      Pattern current = Pattern.compile(r[2]);
      List<String> fixed = new ArrayList<>(ValueFormsTest.DOCUMENT_NUMBER_BOUNDARIES);
      JsonNode forms = Documents.tree(Files.readAllBytes(Path.of("src", "test", "resources", "forms", "document-numbers.json")));
      for (String list : List.of("accepted", "rejected")) {
        forms.get(list).forEach(n -> fixed.add(n.stringValue()));
      }
      for (int k : List.of(1, 10, 100, 300)) {
        fixed.add("晋".repeat(k) + "〔2024〕7号");
        fixed.add("晋残函〔2024〕" + "0 ".repeat(k) + "7号");
        fixed.add("晋 ".repeat(k) + "〔2024〕第" + "０".repeat(k) + "1号 ");
      }
      for (String s : fixed) {
        assertSame(published, current, s, r[0]);
      }
      List<Gen<String>> gens =
          List.of(
              LetterGenerators.writtenDocumentNumbers().map(w -> w.text()),
              ValueFormsTest.nearMisses(),
              strings(Generate.pick(ValueFormsTest.chars(ValueFormsTest.ALPHABET)).map((Character c) -> c.toString()), 40),
              strings(Generate.pick(TOKENS), 16));
      for (Gen<String> gen : gens) {
        qt().withExamples(4000).forAll(gen).checkAssert(s -> assertSame(published, current, s, r[0]));
      }
    }
  }

  private static void assertSame(Pattern published, Pattern current, String s, String where) {
    // find(), as JSON Schema validators apply patterns (unanchored, ECMAScript).
    assertEquals(published.matcher(s).find(), current.matcher(s).find(), () -> where + " on \"" + s + "\"");
  }

  /** Strings of up to {@code max} pieces from {@code pieces}. */
  private static Gen<String> strings(Gen<String> pieces, int max) {
    return LetterGenerators.listsOf(pieces, max).map(l -> String.join("", l));
  }

  /** Where, the published text and the current text of each listed pattern. */
  private static List<String[]> rewritten() throws IOException {
    JsonNode listed =
        Documents.tree(Files.readAllBytes(Path.of("src", "test", "resources", "patterns", "published.json"))).get("patterns");
    List<String[]> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : listed.properties()) {
      String[] nameAndPointer = e.getKey().split("#", 2);
      JsonNode current = Documents.tree(ReplyLetterSchema.named(nameAndPointer[0]).text()).at(nameAndPointer[1]);
      out.add(new String[] {e.getKey(), e.getValue().stringValue(), current.stringValue()});
    }
    return out;
  }
}
