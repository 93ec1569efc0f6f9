package org.replyletter.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.replyletter.json.internal.JsonSupport;
import org.replyletter.json.internal.LetterJson;
import org.replyletter.json.ReadLimits;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.testing.LetterGenerators;
import tools.jackson.databind.JsonNode;

/**
 * The validator's single pass over the bytes ({@link LetterJson#read}: bind, record positions and
 * build the tree at once) has exactly the outcome of parsing into a tree and binding the tree: the
 * same tree (node for node, number types included), the same letter and the same located findings.
 * Checked on the seed, generated letters, odd numbers, random mutations and the fuzz corpora.
 */
class SinglePassReadTest {
  private static final JsonSupport SUPPORT = new JsonSupport(ReadLimits.defaults());
  private static final LetterJson JSON = new LetterJson(SUPPORT);
  private static final byte[] SEED = HardeningSupport.seed();

  @Test
  void seedLetter_sameOutcome() {
    LetterJson.Result r = assertSameOutcome(SEED);
    assertNotNull(r.letter());
  }

  @Test
  void generatedLetters_sameOutcome() {
    qt().withExamples(200)
        .forAll(LetterGenerators.letters())
        .checkAssert(letter -> assertSameOutcome(ReplyLetterJson.defaults().write(letter)));
  }

  @Test
  void numbersOfEveryKind_sameTree() {
    for (String n : List.of("0", "-0", "7", "2147483648", "-9223372036854775809", "123456789012345678901234567890",
        "14.0", "1e3", "-1.5E-7", "1e400", "0.1", "123456789012345678901234567890.5")) {
      assertSameOutcome(("{\"schemaVersion\":\"1.0\",\"title\":\"答复\",\"x\":[" + n + ",{\"y\":" + n + "}],"
          + "\"sections\":[{\"heading\":" + n + ",\"paragraphs\":[]}]}").getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void unreadableInput_sameSingleFinding() {
    for (String s : List.of("", " ", "{", "{} }", "{} xyz", "[1,", "{\"a\":1,\"a\":2}", "{\"title\":\"\\ud800\"}",
        "{\"sections\":[{\"heading\":\"一\",\"heading\":\"二\"}]}", "\"x\"", "nul", "{\"a\" 1}")) {
      LetterJson.Result r = assertSameOutcome(s.getBytes(StandardCharsets.UTF_8));
      assertTrue(r.letter() == null);
    }
  }

  @Test
  void randomMutationsOfTheSeed_sameOutcome() {
    Random random = new Random(20261129L);
    byte[] alphabet = "{}[]\":,\\ \t\n0-1.eEtrufalsn\u0000".getBytes(StandardCharsets.UTF_8);
    byte[] odd = {(byte) 0xFF, (byte) 0xC3, (byte) 0xE4, (byte) 0x80, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    for (int i = 0; i < 2_000; i++) {
      byte[] m = SEED.clone();
      for (int e = 0, edits = 1 + random.nextInt(3); e < edits; e++) {
        m = JsonMutationTest.mutate(m, random, alphabet, odd);
      }
      assertSameOutcome(m);
    }
  }

  @Test
  void fuzzCorpora_sameOutcome() throws IOException {
    Path root = Path.of("src", "test", "resources", "org", "replyletter", "hardening");
    List<Path> inputs = new ArrayList<>();
    for (String dir : List.of("JsonReaderFuzzTestInputs", "ValidatorFuzzTestInputs")) {
      try (Stream<Path> files = Files.walk(root.resolve(dir))) {
        files.filter(Files::isRegularFile).forEach(inputs::add);
      }
    }
    assertTrue(inputs.size() >= 5, "corpus files: " + inputs);
    for (Path p : inputs) {
      assertSameOutcome(Files.readAllBytes(p));
    }
  }

  private static LetterJson.Result assertSameOutcome(byte[] json) {
    LetterJson.Result single = JSON.read(json);
    JsonSupport.Parsed parsed = SUPPORT.parse(json);
    if (parsed.tree() == null) {
      assertEquals(List.of(parsed.failure()), single.findings(), "unparseable: " + text(json));
      assertEquals(null, single.tree());
      assertEquals(null, single.letter());
      return single;
    }
    LetterJson.Result twoPass = JSON.bind(parsed.tree(), json);
    assertTreesEqual(twoPass.tree(), single.tree());
    assertEquals(twoPass.letter(), single.letter(), text(json));
    assertEquals(twoPass.findings(), single.findings(), text(json));
    assertNotNull(single.positions());
    return single;
  }

  /** Equal, and with the same node classes (IntNode and LongNode of 1 are not the same reading). */
  private static void assertTreesEqual(JsonNode expected, JsonNode actual) {
    assertEquals(expected, actual);
    assertEquals(expected.getClass(), actual.getClass());
    if (expected.isContainer()) {
      assertEquals(expected.size(), actual.size());
      if (expected.isObject()) {
        for (String name : expected.propertyNames()) {
          assertTreesEqual(expected.get(name), actual.get(name));
        }
      } else {
        for (int i = 0; i < expected.size(); i++) {
          assertTreesEqual(expected.get(i), actual.get(i));
        }
      }
    }
  }

  private static String text(byte[] json) {
    String s = new String(json, StandardCharsets.UTF_8);
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
