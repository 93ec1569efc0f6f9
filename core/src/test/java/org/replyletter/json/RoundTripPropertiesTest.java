package org.replyletter.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.replyletter.ReplyLetter;
import org.replyletter.testing.LetterGenerators;

/** Laws of the JSON form over generated letters: round trips, idempotent writing, robust reading. */
class RoundTripPropertiesTest {

  private static final ReplyLetterJson JSON = ReplyLetterJson.defaults();

  @Test
  void writeThenRead_givesEqualLetter() {
    qt().withExamples(1000)
        .forAll(LetterGenerators.letters())
        .checkAssert(letter -> assertEquals(letter, JSON.read(JSON.write(letter), null)));
  }

  @Test
  void writeThenRead_edgeCaseTexts_givesEqualLetter() {
    qt().withExamples(1000)
        .forAll(LetterGenerators.lettersWithEdgeCaseTexts())
        .checkAssert(letter -> assertEquals(letter, JSON.read(JSON.write(letter), null)));
  }

  @Test
  void lenientInstance_writesAndReadsLettersLikeTheStrictOne() {
    ReplyLetterJson lenient = ReplyLetterJson.lenient();
    qt().withExamples(300)
        .forAll(LetterGenerators.letters())
        .checkAssert(
            letter -> {
              byte[] strict = JSON.write(letter);
              assertArrayEquals(strict, lenient.write(letter));
              assertEquals(letter, lenient.read(strict, null));
            });
  }

  @Test
  void writeReadWrite_givesSameBytes() {
    qt().withExamples(1000)
        .forAll(LetterGenerators.lettersWithEdgeCaseTexts())
        .checkAssert(
            letter -> {
              byte[] once = JSON.write(letter);
              assertArrayEquals(once, JSON.write(JSON.read(once, null)));
            });
  }

  @Test
  void writeString_equalsUtf8DecodingOfWrite() {
    qt().withExamples(200)
        .forAll(LetterGenerators.letters())
        .checkAssert(
            letter ->
                assertEquals(new String(JSON.write(letter), StandardCharsets.UTF_8), JSON.writeString(letter)));
  }

  @Test
  void readAsString_sameAsReadAsBytes() {
    qt().withExamples(200)
        .forAll(LetterGenerators.letters())
        .checkAssert(letter -> assertEquals(JSON.read(JSON.writeString(letter)), JSON.read(JSON.write(letter), null)));
  }

  /**
   * Damaged documents (bytes deleted, replaced or inserted at random places in a written letter)
   * are either still readable or give a {@link JsonInputException}; nothing else escapes.
   */
  @Test
  void read_damagedDocument_neverThrowsAnythingElse() {
    Gen<int[]> edits =
        Generate.intArrays(Generate.range(1, 4), Generate.range(0, Integer.MAX_VALUE));
    qt().withExamples(1000)
        .forAll(LetterGenerators.letters(), edits)
        .checkAssert(
            (letter, e) -> {
              byte[] damaged = damage(JSON.write(letter), e);
              try {
                JSON.read(damaged, "damaged.json");
              } catch (JsonInputException expected) {
                ReplyLetterJsonReadTest.assertWellFormed(expected);
              } catch (RuntimeException | Error t) {
                assertInstanceOf(JsonInputException.class, t, () -> new String(damaged, StandardCharsets.UTF_8));
              }
            });
  }

  /** Applies edits: each int picks a position and one of delete, replace by a JSON character, insert. */
  private static byte[] damage(byte[] json, int[] edits) {
    byte[] b = json;
    byte[] specials = "{}[]\":,\\ 0-e\u0000".getBytes(StandardCharsets.UTF_8);
    for (int e : edits) {
      int pos = Math.floorMod(e, b.length);
      int kind = Math.floorMod(e / 7, 3);
      byte c = specials[Math.floorMod(e / 21, specials.length)];
      if (kind == 0 && b.length > 1) {
        byte[] n = new byte[b.length - 1];
        System.arraycopy(b, 0, n, 0, pos);
        System.arraycopy(b, pos + 1, n, pos, b.length - pos - 1);
        b = n;
      } else if (kind == 1) {
        b = Arrays.copyOf(b, b.length);
        b[pos] = c;
      } else {
        byte[] n = new byte[b.length + 1];
        System.arraycopy(b, 0, n, 0, pos);
        n[pos] = c;
        System.arraycopy(b, pos, n, pos + 1, b.length - pos);
        b = n;
      }
    }
    assertTrue(b.length > 0);
    return b;
  }
}
