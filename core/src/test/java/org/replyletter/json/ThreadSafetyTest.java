package org.replyletter.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.replyletter.ReplyLetter;
import org.replyletter.testing.LetterGenerators;

/** One shared {@link ReplyLetterJson} used from eight threads gives what sequential use gives. */
class ThreadSafetyTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 1;

  @Test
  void sharedInstance_eightThreads_sameBytesAndLettersAsSequential() throws Exception {
    List<ReplyLetter> letters = new ArrayList<>();
    qt().withFixedSeed(20241107L).withExamples(200).forAll(LetterGenerators.letters()).checkAssert(letters::add);
    assertTrue(letters.size() > 150, "generated " + letters.size());

    ReplyLetterJson json = ReplyLetterJson.defaults();
    List<byte[]> expectedBytes = new ArrayList<>();
    List<ReplyLetter> expectedLetters = new ArrayList<>();
    for (ReplyLetter l : letters) {
      byte[] b = json.write(l);
      expectedBytes.add(b);
      expectedLetters.add(json.read(b, null));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        results.add(
            pool.submit(
                () -> {
                  List<Integer> order = new ArrayList<>();
                  for (int i = 0; i < letters.size(); i++) {
                    order.add(i);
                  }
                  start.await();
                  int done = 0;
                  for (int round = 0; round < ROUNDS; round++) {
                    // Each thread walks the letters in its own order, so that threads interleave.
                    Collections.shuffle(order, new Random(seed * 31 + round));
                    for (int i : order) {
                      byte[] written = json.write(letters.get(i));
                      assertArrayEquals(expectedBytes.get(i), written, "letter " + i);
                      assertEquals(expectedLetters.get(i), json.read(written, "letter-" + i));
                      done++;
                    }
                  }
                  return done;
                }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> f : results) {
        total += f.get(2, TimeUnit.MINUTES); // an assertion failure in a thread surfaces here
      }
      assertEquals(THREADS * ROUNDS * letters.size(), total);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sharedInstance_concurrentBadInput_sameFindingsAsSequential() throws Exception {
    ReplyLetterJson json = ReplyLetterJson.defaults();
    String bad = "{\n  \"schemaVersion\": \"2.0\",\n  \"title\": 1,\n  \"x\": null\n}";
    List<?> expected = findings(json, bad);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<?>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS * 4; t++) {
        results.add(pool.submit(() -> findings(json, bad)));
      }
      for (Future<List<?>> f : results) {
        assertEquals(expected, f.get(1, TimeUnit.MINUTES));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<?> findings(ReplyLetterJson json, String doc) {
    try {
      json.read(doc);
      throw new AssertionError("read");
    } catch (JsonInputException e) {
      return e.findings();
    }
  }
}
