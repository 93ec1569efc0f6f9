package org.replyletter.validation.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.replyletter.json.internal.JsonSupport;
import org.replyletter.json.internal.LetterJson;
import org.replyletter.json.ReadLimits;

/**
 * What the tests of the reader's hints ({@code mayHoldInvisible}, {@code mayHoldBlank}) share: the
 * seed, every reading path that gives a hint, and where the seed's string values are.
 */
final class HintReads {
  private HintReads() {}

  static final Path SEED = Path.of("..", "examples", "letters", "jinjiang-2024-7.json");
  static final LetterJson STRICT = new LetterJson(new JsonSupport(ReadLimits.defaults()));
  static final LetterJson LENIENT = new LetterJson(new JsonSupport(ReadLimits.defaults()), true);

  /**
   * The reads of {@code json} that bound a letter, by every path validation uses: strict and lenient,
   * binding only and binding with the tree.
   */
  static List<LetterJson.Result> reads(byte[] json) {
    List<LetterJson.Result> out = new ArrayList<>();
    for (LetterJson reader : List.of(STRICT, LENIENT)) {
      for (LetterJson.Result r : List.of(reader.readLetter(json, true), reader.read(json))) {
        if (r.letter() != null) {
          out.add(r);
        }
      }
    }
    return out;
  }

  /**
   * Hands {@code count} edits of the seed to {@code check}, each one of {@code pieces} inserted at a
   * random place, from a fixed {@code seed} so that a failure can be replayed.
   */
  static void insertAtRandom(long seed, String[] pieces, int count, Consumer<byte[]> check) throws IOException {
    String text = Files.readString(SEED);
    Random random = new Random(seed);
    for (int n = 0; n < count; n++) {
      int at = random.nextInt(text.length());
      String mutated = text.substring(0, at) + pieces[random.nextInt(pieces.length)] + text.substring(at);
      check.accept(mutated.getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * Start and end (exclusive) of the content of every string value of a JSON text, not member names
   * (which are followed by ':').
   */
  static List<int[]> stringValues(String json) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < json.length(); i++) {
      if (json.charAt(i) == '"') {
        int end = i + 1;
        while (json.charAt(end) != '"') {
          end += json.charAt(end) == '\\' ? 2 : 1;
        }
        int next = end + 1;
        while (next < json.length() && Character.isWhitespace(json.charAt(next))) {
          next++;
        }
        if (next == json.length() || json.charAt(next) != ':') {
          out.add(new int[] {i + 1, end});
        }
        i = end;
      }
    }
    return out;
  }
}
