package org.replyletter.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.replyletter.json.ReadLimits;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.testing.LetterGenerators;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The letter's reader finds duplicate members itself ({@link Duplicates}) with exactly the outcome
 * Jackson's {@code STRICT_DUPLICATE_DETECTION} gave: for every input, every read (strict and
 * lenient; with and without positions; with the tree) gives the same findings, line and column
 * included, the same letter and the same tree as the same reader with Jackson's detection. A
 * duplicate the codecs missed would give a letter or findings where Jackson gave a duplicate.
 */
class DuplicatesTest {
  private static final Path SEED = Path.of("..", "examples", "letters", "jinjiang-2024-7.json");
  private static final ReadLimits LIMITS = ReadLimits.builder().maxArrayLength(40).build();
  private static final List<LetterJson[]> READERS =
      List.of(
          new LetterJson[] {
            new LetterJson(new JsonSupport(LIMITS, false), false), new LetterJson(new JsonSupport(LIMITS, true), false)
          },
          new LetterJson[] {
            new LetterJson(new JsonSupport(LIMITS, false), true), new LetterJson(new JsonSupport(LIMITS, true), true)
          });

  /** Compares every read path; returns whether the reference found a duplicate. */
  private static boolean same(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    boolean duplicate = false;
    for (LetterJson[] pair : READERS) {
      LetterJson ours = pair[0];
      LetterJson jackson = pair[1];
      List<LetterJson.Result> a = List.of(ours.readLetter(bytes, false), ours.readLetter(bytes, true), ours.read(bytes));
      List<LetterJson.Result> b =
          List.of(jackson.readLetter(bytes, false), jackson.readLetter(bytes, true), jackson.read(bytes));
      for (int i = 0; i < a.size(); i++) {
        assertEquals(b.get(i).findings(), a.get(i).findings(), json);
        assertEquals(b.get(i).letter(), a.get(i).letter(), json);
        assertEquals(b.get(i).tree(), a.get(i).tree(), json);
        duplicate |= b.get(i).findings().stream().anyMatch(f -> f.code().equals(ReadCode.DUPLICATE.code()));
      }
    }
    return duplicate;
  }

  /** Every member of the document, in turn, written twice (at every depth). */
  private static List<String> eachMemberTwice(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    // The start of each member (its name) and, once its value is complete, its end.
    java.util.ArrayDeque<Integer> starts = new java.util.ArrayDeque<>();
    java.util.ArrayDeque<Boolean> inMember = new java.util.ArrayDeque<>();
    try (JsonParser p = JsonFactory.builder().build().createParser(ObjectReadContext.empty(), bytes)) {
      boolean afterName = false;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.PROPERTY_NAME) {
          starts.push((int) p.currentTokenLocation().getByteOffset());
          afterName = true;
          continue;
        }
        boolean valueOfMember = afterName;
        afterName = false;
        if (t.isStructStart()) {
          inMember.push(valueOfMember);
          continue;
        }
        boolean ends = t.isStructEnd() ? inMember.pop() : valueOfMember;
        if (t == JsonToken.VALUE_STRING) {
          p.getString(); // strings are parsed lazily: finish this one, so that the location is its end
        }
        if (ends) {
          int start = starts.pop();
          int end = (int) p.currentLocation().getByteOffset();
          String pair = new String(bytes, start, end - start, StandardCharsets.UTF_8);
          String before = new String(bytes, 0, end, StandardCharsets.UTF_8);
          String after = new String(bytes, end, bytes.length - end, StandardCharsets.UTF_8);
          out.add(before + ",\n" + pair + after);
          out.add(before + ", " + pair + " " + after);
        }
      }
    }
    return out;
  }

  @Test
  void seed_everyMemberTwice() throws IOException {
    String seed = Files.readString(SEED);
    assertTrue(!same(seed));
    List<String> inputs = eachMemberTwice(seed);
    assertTrue(inputs.size() > 150, "inputs: " + inputs.size());
    int duplicates = 0;
    for (String in : inputs) {
      duplicates += same(in) ? 1 : 0;
    }
    assertEquals(inputs.size(), duplicates, "every input repeats a member");
  }

  @Test
  void duplicatesInWhatTheReaderSkipsOrKeeps() throws IOException {
    String seed = Files.readString(SEED);
    List<String> inputs =
        List.of(
            // unknown members: skipped (strict) or kept as text (lenient), with duplicates inside
            seed.replaceFirst("\\{", "{\"future\": {\"a\": 1, \"b\": [{\"c\": 1, \"c\": 2}]},"),
            seed.replaceFirst("\\{", "{\"future\": {\"a\": 1, \"a\": 2},"),
            seed.replaceFirst("\\{", "{\"future\": 1, \"future\": 2,"),
            seed.replaceFirst("\\{", "{\"future\": 1, \"other\": 3, \"future\": 2,"),
            // wrong types, skipped after the problem
            seed.replaceFirst("\"title\": \"[^\"]*\"", "\"title\": {\"x\": 1, \"y\": {\"z\": 1, \"z\": 2}}"),
            seed.replaceFirst("\"title\": \"[^\"]*\"", "\"title\": [{\"x\": 1}, {\"x\": 1, \"x\": 2}]"),
            seed.replaceFirst("\"opening\": \"", "\"opening\": {\"a\":{}, \"a\":[]}, \"x\": \""),
            // a duplicate, then malformed text: the duplicate comes first
            seed.replaceFirst("\\{", "{\"title\": \"a\", \"title\": }"),
            // malformed text, then a duplicate: the malformed text comes first
            seed.replaceFirst("\\{", "{\"title\": }, \"title\": 1,"),
            // escaped names: the same name written two ways
            seed.replaceFirst("\\{", "{\"ti\\\\u0074le\": \"a\","),
            seed.replaceFirst("\\{", "{\"x\\\\\"y\": 1, \"x\\\\\"y\": 2,"),
            // a list over the limit, with a duplicate in what is skipped
            seed.replaceFirst("\"cc\": \\[", "\"cc\": [" + "{},".repeat(45) + "{\"a\":1,\"a\":2},"));
    int duplicates = 0;
    for (String in : inputs) {
      duplicates += same(in) ? 1 : 0;
    }
    assertTrue(duplicates >= 9, "inputs with a duplicate: " + duplicates);
  }

  @Test
  void generatedLetters_withARepeatedMember() {
    ReplyLetterJson json = ReplyLetterJson.lenient();
    Random random = new Random(11);
    qt().withFixedSeed(20261129L)
        .withExamples(60)
        .forAll(LetterGenerators.letters())
        .checkAssert(
            l -> {
              List<String> all = eachMemberTwice(new String(json.write(l), StandardCharsets.UTF_8));
              for (int i = 0; i < 5 && !all.isEmpty(); i++) {
                assertTrue(same(all.get(random.nextInt(all.size()))));
              }
            });
  }

  /** Random edits of the seed that may repeat, rename or break members. */
  @Test
  void randomEdits() throws IOException {
    String seed = Files.readString(SEED);
    Random random = new Random(3);
    String[] names = {"\"title\": 1,", "\"ordinal\": \"一\",", "\"x\": {},", "\"code\": \"A\",", "\"name\": \"某\","};
    for (int n = 0; n < 1500; n++) {
      StringBuilder s = new StringBuilder(seed);
      for (int k = 0; k < 2; k++) {
        int at = s.indexOf("{", random.nextInt(s.length()));
        if (at >= 0) {
          s.insert(at + 1, names[random.nextInt(names.length)]);
        }
      }
      same(s.toString());
    }
  }

  /**
   * Keeping a value as text checks names and writes it compactly, numbers exactly as written: not
   * through {@code double}, which would make {@code 1e400} "Infinity", {@code -0} {@code 0} and
   * cut a long decimal.
   */
  @Test
  void capture_keepsNumbersAsWritten() {
    JsonFactory f = JsonFactory.builder().build();
    Map<String, String> expected = new java.util.LinkedHashMap<>();
    for (String n :
        List.of(
            "1", "-0", "-0.0", "1.5", "1e400", "1E400", "1e-400", "0.1000000000000000055511151231257827",
            "123456789012345678901234567890", "-9223372036854775809", "1.0E+2")) {
      expected.put(n, n);
    }
    expected.put("\"文字\\u202e\\n\\\"\"", "\"文字\u202e\\n\\\"\"");
    expected.put("true", "true");
    expected.put("null", "null");
    expected.put("[ ]", "[]");
    expected.put("{ }", "{}");
    expected.put("[1, [2.25, {\"a\": [null, false]}], \"x\"]", "[1,[2.25,{\"a\":[null,false]}],\"x\"]");
    expected.put("{\"a\": {\"b\": {\"c\": 1e-7}}, \"d\": [-0, 1E400]}", "{\"a\":{\"b\":{\"c\":1e-7}},\"d\":[-0,1E400]}");
    for (Map.Entry<String, String> e : expected.entrySet()) {
      java.io.StringWriter out = new java.io.StringWriter();
      try (JsonParser p = f.createParser(ObjectReadContext.empty(), e.getKey().getBytes(StandardCharsets.UTF_8));
          tools.jackson.core.JsonGenerator g = f.createGenerator(tools.jackson.core.ObjectWriteContext.empty(), out)) {
        p.nextToken();
        Duplicates.capture(p, g);
      }
      assertEquals(e.getValue(), out.toString(), e.getKey());
    }
  }
}
