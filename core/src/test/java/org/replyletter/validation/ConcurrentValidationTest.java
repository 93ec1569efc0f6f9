package org.replyletter.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.replyletter.ReplyLetter;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.testing.LetterGenerators;

/** One validator shared by 8 threads gives the same reports as sequential use. */
class ConcurrentValidationTest {
  @Test
  void eightThreads_sameReportsAsSequential() throws Exception {
    List<byte[]> docs = new ArrayList<>();
    qt().withFixedSeed(20241231L)
        .withExamples(60)
        .forAll(LetterGenerators.letters())
        .checkAssert(l -> docs.add(ReplyLetterJson.defaults().write(l)));
    docs.add(Files.readAllBytes(LetterValidatorTest.SEED));
    docs.add("{\"schemaVersion\":\"1.0\",\"title\":7,\"colour\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    LetterValidator validator = LetterValidatorTest.at("2024-12-31");

    List<ValidationReport> sequential = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      sequential.add(validator.validate(docs.get(i), "doc-" + i));
    }
    assertTrue(sequential.stream().anyMatch(r -> !r.findings().isEmpty()));

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<ValidationReport>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        final int offset = t;
        futures.add(
            pool.submit(
                () -> {
                  // Each thread walks all documents from a different start, so threads overlap.
                  List<ValidationReport> mine = new ArrayList<>(docs.size());
                  for (int k = 0; k < docs.size(); k++) {
                    mine.add(null);
                  }
                  for (int k = 0; k < docs.size(); k++) {
                    int i = (k + offset * 19) % docs.size();
                    mine.set(i, validator.validate(docs.get(i), "doc-" + i));
                  }
                  return mine;
                }));
      }
      for (Future<List<ValidationReport>> f : futures) {
        List<ValidationReport> got = f.get();
        for (int i = 0; i < docs.size(); i++) {
          assertEquals(sequential.get(i), got.get(i), "document " + i);
          assertEquals(sequential.get(i).toJson(), got.get(i).toJson());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void models_eightThreads_sameReports() throws Exception {
    List<ReplyLetter> letters = new ArrayList<>();
    qt().withFixedSeed(7L).withExamples(50).forAll(LetterGenerators.letters()).checkAssert(letters::add);
    LetterValidator validator = LetterValidatorTest.at("2024-12-31");
    List<ValidationReport> sequential = new ArrayList<>();
    for (ReplyLetter l : letters) {
      sequential.add(validator.validate(l));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<ValidationReport>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(
            pool.submit(
                () -> {
                  List<ValidationReport> mine = new ArrayList<>();
                  for (ReplyLetter l : letters) {
                    mine.add(validator.validate(l));
                  }
                  return mine;
                }));
      }
      for (Future<List<ValidationReport>> f : futures) {
        assertEquals(sequential, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
