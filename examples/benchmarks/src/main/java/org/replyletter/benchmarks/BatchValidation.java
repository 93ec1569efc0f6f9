package org.replyletter.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.replyletter.DocumentNumber;
import org.replyletter.ReplyLetter;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.validation.LetterValidator;
import org.replyletter.validation.ValidationReport;

/**
 * Batch validation of a folder of letters with one shared validator: one thread, then as many
 * threads as cores, alternating; reports the speed-up (target ≥ 1.7 on 2 cores) and checks that both
 * give the same reports. Run with the heap the target names:
 *
 * <pre>java -Xmx256m -cp examples/benchmarks/target/benchmarks.jar \
 *     org.replyletter.benchmarks.BatchValidation [LETTERS (default 10000)]</pre>
 */
public final class BatchValidation {
  private BatchValidation() {}

  /**
   * Measures.
   *
   * @param args optionally the number of letters
   * @throws Exception if the folder cannot be written or a validation fails
   */
  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int threads = Runtime.getRuntime().availableProcessors();
    Path dir = Files.createTempDirectory("reply-letters-");
    try {
      List<Path> files = writeLetters(dir, count);
      LetterValidator validator = LetterValidator.defaults();
      long[] one = new long[3];
      long[] many = new long[3];
      int sequentialFindings = 0;
      int parallelFindings = 0;
      run(validator, files, 1); // warm-up
      run(validator, files, threads);
      for (int round = 0; round < one.length; round++) {
        long t0 = System.nanoTime();
        sequentialFindings = run(validator, files, 1);
        one[round] = System.nanoTime() - t0;
        t0 = System.nanoTime();
        parallelFindings = run(validator, files, threads);
        many[round] = System.nanoTime() - t0;
      }
      if (sequentialFindings != parallelFindings) {
        throw new IllegalStateException("reports differ: " + sequentialFindings + " vs " + parallelFindings);
      }
      long best1 = min(one);
      long bestN = min(many);
      System.out.printf(Locale.ROOT,
          "batch: %d letters, heap max %d MB; 1 thread %d ms (%.0f letters/s), %d threads %d ms; speed-up %.2f (target >= 1.70)%n",
          count, Runtime.getRuntime().maxMemory() >> 20, best1 / 1_000_000, count * 1e9 / best1, threads,
          bestN / 1_000_000, (double) best1 / bestN);
    } finally {
      try (var paths = Files.walk(dir)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Validates every file with {@code threads} threads; returns the total number of findings. */
  private static int run(LetterValidator validator, List<Path> files, int threads) throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(pool.submit(() -> {
          int findings = 0;
          for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
            ValidationReport r = validator.validate(files.get(i));
            findings += r.findings().size();
          }
          return findings;
        }));
      }
      int total = 0;
      for (Future<Integer> f : results) {
        total += f.get();
      }
      return total;
    } finally {
      pool.shutdown();
    }
  }

  /** The seed letter, renumbered, once per file ({@code letter-1.json} …). */
  static List<Path> writeLetters(Path dir, int count) throws IOException {
    ReplyLetterJson json = ReplyLetterJson.defaults();
    ReplyLetter seed = json.read(Inputs.seed(), "seed");
    List<Path> files = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      Path f = dir.resolve("letter-" + i + ".json");
      Files.write(f, json.write(seed.withDocumentNumber(DocumentNumber.of("晋残函", 2024, i))));
      files.add(f);
    }
    return files;
  }

  private static long min(long[] values) {
    long m = Long.MAX_VALUE;
    for (long v : values) {
      m = Math.min(m, v);
    }
    return m;
  }
}
