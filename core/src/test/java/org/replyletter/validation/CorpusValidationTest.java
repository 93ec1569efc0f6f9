package org.replyletter.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.replyletter.diagnostics.Finding;

/**
 * Validation of real published letters: for every letter of the corpus
 * ({@code src/test/resources/corpus/letters/NN-name.json}, the checked import of {@code NN-name.txt}),
 * the findings under each profile are exactly those of {@code NN-name.findings}, each of which was
 * checked against the letter's text: a finding must be true of the letter. A file lists, after
 * {@code [issued]} and {@code [published]}, one {@code CODE severity pointer} per line, in any order;
 * lines starting with {@code #} are comments.
 */
class CorpusValidationTest {
  static final Path CORPUS = Path.of("src", "test", "resources", "corpus", "letters");

  private static final Map<ValidationProfile, LetterValidator> VALIDATORS = new EnumMap<>(ValidationProfile.class);

  static {
    for (ValidationProfile p : ValidationProfile.values()) {
      VALIDATORS.put(p, LetterValidator.of(ValidationOptions.builder().profile(p).build()));
    }
  }

  static List<Path> letters() throws IOException {
    try (Stream<Path> s = Files.list(CORPUS)) {
      return s.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.json")).sorted().toList();
    }
  }

  /** The expected findings per profile, sorted. */
  static Map<ValidationProfile, List<String>> expected(Path findings) throws IOException {
    Map<ValidationProfile, List<String>> m = new EnumMap<>(ValidationProfile.class);
    List<String> current = null;
    for (String line : Files.readAllLines(findings)) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      if (l.startsWith("[") && l.endsWith("]")) {
        ValidationProfile p =
            ValidationProfile.fromId(l.substring(1, l.length() - 1))
                .orElseThrow(() -> new AssertionError(findings + ": unknown profile " + l));
        current = new ArrayList<>();
        m.put(p, current);
      } else {
        assertTrue(current != null, findings + ": a finding before the first [profile]: " + l);
        assertTrue(l.matches("RL-[A-Z]+-\\d{3} (error|warning|info) /\\S*"), findings + ": not CODE severity pointer: " + l);
        current.add(l);
      }
    }
    assertEquals(List.of(ValidationProfile.values()), List.copyOf(m.keySet()), findings + ": one section per profile");
    m.replaceAll((p, l) -> l.stream().sorted().toList());
    return m;
  }

  static List<String> actual(ValidationReport r) {
    List<String> out = new ArrayList<>();
    for (Finding f : r.findings()) {
      out.add(f.code() + " " + f.severity().name().toLowerCase(java.util.Locale.ROOT) + " " + f.path());
    }
    return out.stream().sorted().toList();
  }

  @Test
  void theCorpusIsHere_andEveryLetterHasItsFindings() throws IOException {
    List<Path> letters = letters();
    assertEquals(41, letters.size(), "corpus letters in " + CORPUS.toAbsolutePath() + ": " + letters.size());
    for (Path json : letters) {
      Path findings = json.resolveSibling(json.getFileName().toString().replaceFirst("\\.json$", ".findings"));
      assertTrue(Files.exists(findings), "no expected findings for " + json.getFileName() + ": write " + findings.getFileName());
    }
  }

  @TestFactory
  Stream<DynamicTest> everyLetter_hasExactlyItsCheckedFindings_underEachProfile() throws IOException {
    return letters().stream()
        .map(json -> DynamicTest.dynamicTest(json.getFileName().toString(), () -> {
          Path findings = json.resolveSibling(json.getFileName().toString().replaceFirst("\\.json$", ".findings"));
          Map<ValidationProfile, List<String>> expected = expected(findings);
          byte[] bytes = Files.readAllBytes(json);
          for (ValidationProfile p : ValidationProfile.values()) {
            ValidationReport r = VALIDATORS.get(p).validate(bytes, json.getFileName().toString());
            assertEquals(expected.get(p), actual(r), json.getFileName() + " under " + p.id());
          }
        }));
  }

  /**
   * Under PUBLISHED, a web edition is not invalid for lacking what web editions leave out: the only
   * errors on the corpus are the one letter that prints no addressee at all.
   */
  @Test
  void published_errorsOnlyWhereTheLetterLacksItsAddressee() throws IOException {
    List<String> errors = new ArrayList<>();
    for (Path json : letters()) {
      ValidationReport r = VALIDATORS.get(ValidationProfile.PUBLISHED).validate(Files.readAllBytes(json), json.getFileName().toString());
      for (Finding f : r.findings()) {
        if (f.severity() == org.replyletter.diagnostics.Severity.ERROR) {
          errors.add(json.getFileName() + " " + f.code());
        }
      }
    }
    assertFalse(errors.stream().anyMatch(e -> !e.endsWith(" RL-ADR-001")), errors::toString);
  }
}
