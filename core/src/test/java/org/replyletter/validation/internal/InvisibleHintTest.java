package org.replyletter.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.Test;
import org.replyletter.ReplyLetter;
import org.replyletter.internal.InvisibleCharacters;
import org.replyletter.internal.json.JsonSupport;
import org.replyletter.internal.json.LetterJson;
import org.replyletter.json.ReadLimits;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.testing.LetterGenerators;
import org.replyletter.validation.Finding;
import org.replyletter.validation.LetterRule;
import org.replyletter.validation.RuleContext;

/**
 * The reader's note that lets validation skip RL-TXT-001: when a read says its letter holds no
 * reported character ({@code mayHoldInvisible() == false}), the rule finds nothing on that letter.
 * Checked on generated letters, on the seed with a reported character put into every string in
 * turn (raw or escaped, in free text, document numbers, amounts, dates, codes and kept unknown
 * members), and on random mutations. The converse is checked too, so that the law is not vacuous.
 */
class InvisibleHintTest {
  private static final Path SEED = Path.of("..", "examples", "letters", "jinjiang-2024-7.json");
  private static final LetterRule RULE =
      BuiltInRules.all().stream().filter(BuiltInRules::findsOnlyInvisibleCharacters).findFirst().orElseThrow();
  private static final RuleContext CONTEXT = RuleContext.of(java.time.Clock.systemUTC());
  private static final LetterJson STRICT = new LetterJson(new JsonSupport(ReadLimits.defaults()));
  private static final LetterJson LENIENT = new LetterJson(new JsonSupport(ReadLimits.defaults()), true);
  private static final List<String> REPORTED =
      List.of("\u0001", "\r", "\u007f", "\u0085", "\u202e", "\u2066", "\u200f", "\u061c");

  /** Reads with every reader path; checks the law; returns whether any read noted a character. */
  private static boolean check(byte[] json) {
    boolean noted = false;
    for (LetterJson reader : List.of(STRICT, LENIENT)) {
      for (LetterJson.Result r : List.of(reader.readLetter(json, true), reader.read(json))) {
        if (r.letter() == null) {
          continue;
        }
        List<Finding> found = RULE.check(r.letter(), CONTEXT);
        if (!r.mayHoldInvisible()) {
          assertEquals(List.of(), found, () -> new String(json, StandardCharsets.UTF_8));
        }
        noted |= r.mayHoldInvisible();
        if (!found.isEmpty()) {
          assertTrue(r.mayHoldInvisible());
        }
      }
    }
    return noted;
  }

  @Test
  void cleanSeed_isNotNoted() throws IOException {
    byte[] seed = Files.readAllBytes(SEED);
    LetterJson.Result r = STRICT.read(seed);
    assertNotNull(r.letter());
    assertFalse(r.mayHoldInvisible());
    assertFalse(STRICT.readLetter(seed, true).mayHoldInvisible());
  }

  @Test
  void generatedLetters() {
    ReplyLetterJson json = ReplyLetterJson.defaults();
    int[] noted = {0};
    qt().withFixedSeed(20261129L)
        .withExamples(400)
        .forAll(LetterGenerators.lettersWithEdgeCaseTexts())
        .checkAssert(
            l -> {
              boolean hasReported = anyReported(l);
              boolean n = check(json.write(l));
              // A reported character in a text must be noted: that is what makes the skip safe.
              if (hasReported) {
                assertTrue(n, l::toString);
              }
              noted[0] += n ? 1 : 0;
            });
    assertTrue(noted[0] > 20, "too few letters with reported characters: " + noted[0]);
  }

  private static boolean anyReported(ReplyLetter l) {
    return !RULE.check(l, CONTEXT).isEmpty();
  }

  /** Every string value of the seed in turn gets a reported character, raw (if legal) or escaped. */
  @Test
  void seedWithAReportedCharacterInEachString() throws IOException {
    String seed = Files.readString(SEED);
    List<int[]> strings = stringValues(seed);
    assertTrue(strings.size() > 50, "string values found: " + strings.size());
    int readable = 0;
    int i = 0;
    for (int[] at : strings) {
      String c = REPORTED.get(i++ % REPORTED.size());
      String escaped = String.format("\\u%04x", (int) c.charAt(0));
      for (String inserted : List.of(escaped, c)) {
        if (inserted.charAt(0) < ' ') {
          continue; // a raw control character is malformed JSON
        }
        String mutated = seed.substring(0, at[0]) + inserted + seed.substring(at[0]);
        boolean noted = check(mutated.getBytes(StandardCharsets.UTF_8));
        LetterJson.Result r = STRICT.readLetter(mutated.getBytes(StandardCharsets.UTF_8), true);
        if (r.letter() != null) {
          readable++;
          assertTrue(noted, mutated.substring(Math.max(0, at[0] - 40), at[0] + 10));
        }
      }
    }
    assertTrue(readable > 50, "readable mutations: " + readable);
  }

  /** Kept unknown members are not scanned: a lenient read that keeps one is always noted. */
  @Test
  void keptUnknownMember_isNoted() throws IOException {
    String seed = Files.readString(SEED);
    String withUnknown = seed.replaceFirst("\\{", "{\"futureMember\": \"\\\\u202e\",");
    LetterJson.Result r = LENIENT.readLetter(withUnknown.getBytes(StandardCharsets.UTF_8), true);
    assertNotNull(r.letter());
    assertTrue(r.mayHoldInvisible());
    assertFalse(RULE.check(r.letter(), CONTEXT).isEmpty());
  }

  /** Random byte-level mutations of the seed: the law holds for whatever still reads. */
  @Test
  void randomMutations() throws IOException {
    byte[] seed = Files.readAllBytes(SEED);
    Random random = new Random(7);
    String[] pieces = {"\\u202e", "\\u0007", "\\r", "\u2067", "\u0085", "\\u061c", "x", "\"", "1"};
    for (int n = 0; n < 1500; n++) {
      String s = new String(seed, StandardCharsets.UTF_8);
      int at = random.nextInt(s.length());
      String mutated = s.substring(0, at) + pieces[random.nextInt(pieces.length)] + s.substring(at);
      check(mutated.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void predicate_matchesTheRuleCatalogue() {
    for (int i = 0; i < 0x3000; i++) {
      char c = (char) i;
      boolean cc = Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n';
      boolean bidi =
          (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
      assertEquals(cc || bidi, InvisibleCharacters.isReported(c), Integer.toHexString(i));
      if (InvisibleCharacters.isPlainlyVisible(c)) {
        assertFalse(InvisibleCharacters.isReported(c));
      }
    }
  }

  /** The offsets just inside the opening quote of every string value (not member names) of the text. */
  private static List<int[]> stringValues(String json) {
    List<int[]> out = new ArrayList<>();
    boolean afterColonOrInArray = false;
    int depthArray = 0;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '"') {
        int end = i + 1;
        while (json.charAt(end) != '"') {
          end += json.charAt(end) == '\\' ? 2 : 1;
        }
        if (afterColonOrInArray) {
          out.add(new int[] {i + 1});
        }
        i = end;
        afterColonOrInArray = false;
      } else if (c == ':') {
        afterColonOrInArray = true;
      } else if (c == '[') {
        depthArray++;
        afterColonOrInArray = true;
      } else if (c == ']') {
        depthArray--;
      } else if (c == ',') {
        afterColonOrInArray = depthArray > 0 && isInArray(json, i);
      } else if (c == '{') {
        afterColonOrInArray = false;
      }
    }
    return out;
  }

  /** Whether the comma at {@code at} separates array elements: the nearest unclosed bracket is '['. */
  private static boolean isInArray(String json, int at) {
    int depth = 0;
    for (int i = at - 1; i >= 0; i--) {
      char c = json.charAt(i);
      if (c == '"') {
        // skip back over a string
        i--;
        while (i > 0 && !(json.charAt(i) == '"' && json.charAt(i - 1) != '\\')) {
          i--;
        }
      } else if (c == ']' || c == '}') {
        depth++;
      } else if (c == '[' || c == '{') {
        if (depth == 0) {
          return c == '[';
        }
        depth--;
      }
    }
    return false;
  }
}
