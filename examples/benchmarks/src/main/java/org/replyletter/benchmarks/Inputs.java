package org.replyletter.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.replyletter.HandlingChecklist;
import org.replyletter.ReplyLetter;
import org.replyletter.Section;
import org.replyletter.Suggestion;
import org.replyletter.internal.ChineseNumerals;
import org.replyletter.json.ReplyLetterJson;

/** The benchmark inputs: the seed letter (about 15 KB) and a large letter built from it (about 1.1 MB). */
public final class Inputs {
  private Inputs() {}

  /** The least size of the large letter: 1 MB, enough that per-document overheads vanish. */
  public static final int LARGE_MIN_BYTES = 1 << 20;

  /**
   * The bytes of the {@code letter} parameter of the benchmarks, so that every class (and the
   * baseline beside each) reads exactly the same input.
   *
   * @param letter {@code seed} or {@code large}
   */
  public static byte[] letter(String letter) {
    switch (letter) {
      case "seed":
        return seed();
      case "large":
        return large(LARGE_MIN_BYTES);
      default:
        throw new IllegalArgumentException("unknown letter: " + letter);
    }
  }

  /** The seed letter's JSON bytes, as bundled. */
  public static byte[] seed() {
    try (InputStream in = Inputs.class.getResourceAsStream("/letters/jinjiang-2024-7.json")) {
      if (in == null) {
        throw new IllegalStateException("seed letter missing from the benchmark jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The letter {@code json} with one more paragraph, blank, in its first section: the least change
   * that makes a {@code @NotBlank} constraint of the model fail, so that validation has a constraint
   * finding to report and locate.
   */
  public static byte[] withBlankText(byte[] json) {
    ReplyLetterJson codec = ReplyLetterJson.defaults();
    ReplyLetter letter = codec.read(json, "letter");
    List<Section> sections = new ArrayList<>(letter.sections());
    List<String> paragraphs = new ArrayList<>(sections.get(0).paragraphs());
    paragraphs.add(" ");
    sections.set(0, sections.get(0).withParagraphs(paragraphs));
    return codec.write(letter.withSections(sections));
  }

  /**
   * A large, realistic letter: the seed's sections and checklist suggestions repeated until the JSON
   * is at least {@code minBytes}, with contiguous Chinese ordinals, so that validation does the same
   * work per part as on the seed.
   */
  public static byte[] large(int minBytes) {
    ReplyLetterJson json = ReplyLetterJson.defaults();
    ReplyLetter seed = json.read(seed(), "seed");
    HandlingChecklist checklist = seed.checklist().orElseThrow();
    List<Suggestion> suggestions = new ArrayList<>();
    List<Section> sections = new ArrayList<>();
    byte[] bytes = json.write(seed);
    int n = 0;
    while (bytes.length < minBytes) {
      for (int i = 0; i < 40; i++, n++) {
        Suggestion s = checklist.suggestions().get(n % checklist.suggestions().size());
        suggestions.add(s.withOrdinal(ChineseNumerals.format(n + 1)));
        Section sec = seed.sections().get(n % 3);
        sections.add(sec.withOrdinal(ChineseNumerals.format(n + 1)));
      }
      bytes = json.write(seed.withSections(sections).withChecklist(checklist.withSuggestions(suggestions)));
    }
    return bytes;
  }
}
