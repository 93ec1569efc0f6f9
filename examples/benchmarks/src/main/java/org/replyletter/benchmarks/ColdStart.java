package org.replyletter.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Cold start of the command-line tool: wall time of {@code java -jar reply-letter.jar validate FILE}
 * in a fresh JVM, as a ratio to a fresh JVM running {@link ColdStartBaseline} on the same file.
 * Runs alternate so that machine noise hits both alike; the ratio of medians is reported. Usage:
 *
 * <pre>java -cp examples/benchmarks/target/benchmarks.jar org.replyletter.benchmarks.ColdStart \
 *     examples/cli/target/reply-letter.jar examples/letters/jinjiang-2024-7.json [RUNS]</pre>
 */
public final class ColdStart {
  private ColdStart() {}

  /**
   * Measures.
   *
   * @param args the CLI jar, the letter, optionally the number of runs of each (default 10)
   * @throws IOException if a process cannot start
   * @throws InterruptedException if interrupted
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    String cliJar = args[0];
    String letter = args[1];
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String self = new File(ColdStart.class.getProtectionDomain().getCodeSource().getLocation().getPath()).getPath();
    List<String> cli = List.of(java, "-jar", cliJar, "validate", letter);
    List<String> baseline = List.of(java, "-cp", self, ColdStartBaseline.class.getName(), letter);
    long[] cliTimes = new long[runs];
    long[] baseTimes = new long[runs];
    time(cli); // warm the file cache for both
    time(baseline);
    for (int i = 0; i < runs; i++) {
      cliTimes[i] = time(cli);
      baseTimes[i] = time(baseline);
    }
    double ratio = (double) median(cliTimes) / median(baseTimes);
    System.out.printf(Locale.ROOT, "cold start: validate %d ms, baseline %d ms (medians of %d), ratio %.2f (target <= 1.50)%n",
        median(cliTimes) / 1_000_000, median(baseTimes) / 1_000_000, runs, ratio);
  }

  private static long time(List<String> command) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    int exit = p.waitFor();
    long elapsed = System.nanoTime() - start;
    if (exit > 1) {
      throw new IllegalStateException("exit " + exit + " from " + command);
    }
    return elapsed;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
