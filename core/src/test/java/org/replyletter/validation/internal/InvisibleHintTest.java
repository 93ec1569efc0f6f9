package org.replyletter.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyletter.ReplyLetter;
import org.replyletter.internal.InvisibleCharacters;
import org.replyletter.json.internal.LetterJson;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.testing.LetterGenerators;
import org.replyletter.diagnostics.Finding;
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
  private static final LetterRule RULE =
      BuiltInRules.all().stream().filter(BuiltInRules::findsOnlyInvisibleCharacters).findFirst().orElseThrow();
  private static final RuleContext CONTEXT = RuleContext.of(java.time.Clock.systemUTC());
  private static final List<String> REPORTED =
      List.of("\u0001", "\r", "\u007f", "\u0085", "\u202e", "\u2066", "\u200f", "\u061c");

  /** Reads with every reader path; checks the law; returns whether any read noted a character. */
  private static boolean check(byte[] json) {
    boolean noted = false;
    for (LetterJson.Result r : HintReads.reads(json)) {
      List<Finding> found = RULE.check(r.letter(), CONTEXT);
      if (!r.mayHoldInvisible()) {
        assertEquals(List.of(), found, () -> new String(json, StandardCharsets.UTF_8));
      }
      noted |= r.mayHoldInvisible();
      if (!found.isEmpty()) {
        assertTrue(r.mayHoldInvisible());
      }
    }
    return noted;
  }

  @Test
  void cleanSeed_isNotNoted() throws IOException {
    byte[] seed = Files.readAllBytes(HintReads.SEED);
    LetterJson.Result r = HintReads.STRICT.read(seed);
    assertNotNull(r.letter());
    assertFalse(r.mayHoldInvisible());
    assertFalse(HintReads.STRICT.readLetter(seed, true).mayHoldInvisible());
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
    String seed = Files.readString(HintReads.SEED);
    List<int[]> strings = HintReads.stringValues(seed);
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
        LetterJson.Result r = HintReads.STRICT.readLetter(mutated.getBytes(StandardCharsets.UTF_8), true);
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
    String seed = Files.readString(HintReads.SEED);
    String withUnknown = seed.replaceFirst("\\{", "{\"futureMember\": \"\\\\u202e\",");
    LetterJson.Result r = HintReads.LENIENT.readLetter(withUnknown.getBytes(StandardCharsets.UTF_8), true);
    assertNotNull(r.letter());
    assertTrue(r.mayHoldInvisible());
    assertFalse(RULE.check(r.letter(), CONTEXT).isEmpty());
  }

  /** Random byte-level mutations of the seed: the law holds for whatever still reads. */
  @Test
  void randomMutations() throws IOException {
    String[] pieces = {"\\u202e", "\\u0007", "\\r", "\u2067", "\u0085", "\\u061c", "x", "\"", "1"};
    HintReads.insertAtRandom(7L, pieces, 1500, InvisibleHintTest::check);
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
}
