package org.replyletter.text;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.replyletter.ProposalReference;
import org.replyletter.ReplyLetter;
import org.replyletter.json.ReplyLetterJson;

/**
 * The importer measured on real published letters: each {@code corpus/letters/NN-name.txt} (a reply
 * as a county or city portal published it; see {@code SOURCES.md} there) is imported and compared,
 * field by field, with {@code NN-name.json}, the letter as read by a person from the text. The
 * test prints the accuracy of each field over the corpus and fails if a field falls below {@value
 * #TARGET}, or if an import loses text (every non-blank line placed or listed as unplaced).
 */
class RealLetterCorpusTest {
  static final double TARGET = 0.95;

  /** The fields measured, in the order printed; each maps a letter to the value compared. */
  static final Map<String, Function<ReplyLetter, Object>> FIELDS = new LinkedHashMap<>();

  static {
    FIELDS.put("document number", ReplyLetter::documentNumber);
    FIELDS.put("reply type", ReplyLetter::classification);
    FIELDS.put("title", ReplyLetter::title);
    FIELDS.put("channel", l -> l.proposal().flatMap(ProposalReference::channel));
    FIELDS.put("proposal number", l -> l.proposal().flatMap(ProposalReference::number));
    FIELDS.put("proposal meeting", l -> l.proposal().map(p -> List.of(p.body(), p.term(), p.session())));
    FIELDS.put("proposal title", l -> l.proposal().flatMap(ProposalReference::title));
    FIELDS.put("addressees and roles", ReplyLetter::addressees);
    FIELDS.put("opening", ReplyLetter::opening);
    FIELDS.put("sections", ReplyLetter::sections);
    FIELDS.put("checklist", ReplyLetter::checklist);
    FIELDS.put("issuing organ", ReplyLetter::issuingOrgan);
    FIELDS.put("handling role", ReplyLetter::handlingRole);
    FIELDS.put("date", ReplyLetter::issueDate);
    FIELDS.put("signer", ReplyLetter::signer);
    FIELDS.put("contacts", ReplyLetter::contacts);
    FIELDS.put("disclosure", ReplyLetter::disclosure);
    FIELDS.put("cc", ReplyLetter::cc);
  }

  static List<Path> letters() throws Exception {
    Path dir = Path.of(RealLetterCorpusTest.class.getResource("/corpus/letters").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  @Test
  void everyField_atLeastTheTarget_andNothingLost() throws Exception {
    List<Path> letters = letters();
    assertTrue(letters.size() >= 41, "corpus: " + letters);
    Map<String, Integer> right = new LinkedHashMap<>();
    FIELDS.keySet().forEach(f -> right.put(f, 0));
    List<String> misses = new ArrayList<>();
    long placed = 0;
    long unplaced = 0;
    for (Path txt : letters) {
      String name = txt.getFileName().toString().replace(".txt", "");
      Path json = txt.resolveSibling(name + ".json");
      assertTrue(Files.exists(json), "no expected import for " + txt);
      ImportResult result = LetterImporter.defaults().importFile(txt);
      ImportInvariants.assertNothingLost(Files.readString(txt), result);
      placed += result.report().charactersPlaced();
      unplaced += result.report().charactersUnplaced();
      ReplyLetter expected = ReplyLetterJson.defaults().read(json);
      for (Map.Entry<String, Function<ReplyLetter, Object>> f : FIELDS.entrySet()) {
        Object want = f.getValue().apply(expected);
        Object got = f.getValue().apply(result.letter());
        if (Objects.equals(want, got)) {
          right.merge(f.getKey(), 1, Integer::sum);
        } else {
          misses.add(name + " " + f.getKey() + ":\n    expected " + want + "\n    imported " + got);
        }
      }
    }
    StringBuilder table = new StringBuilder();
    table.append(String.format("%-22s %s%n", "field", "accuracy over " + letters.size() + " letters"));
    List<String> below = new ArrayList<>();
    for (Map.Entry<String, Integer> e : right.entrySet()) {
      double accuracy = e.getValue() / (double) letters.size();
      table.append(String.format("%-22s %.3f (%d)%n", e.getKey(), accuracy, e.getValue()));
      if (accuracy < TARGET) {
        below.add(e.getKey());
      }
    }
    table.append(
        String.format(
            "characters unplaced    %d of %d (%.2f %%)%n",
            unplaced, placed + unplaced, 100.0 * unplaced / (placed + unplaced)));
    System.out.println(table);
    misses.forEach(System.out::println);
    if (!below.isEmpty()) {
      fail("below " + TARGET + ": " + below + "\n" + table + String.join("\n", misses));
    }
  }
}
