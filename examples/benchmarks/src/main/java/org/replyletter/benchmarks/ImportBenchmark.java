package org.replyletter.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.replyletter.text.ImportResult;
import org.replyletter.text.LetterImporter;

/**
 * Text import of the seed letter (12 KB of text), reported as measured and, for scale, as a ratio to
 * Jackson's {@code readTree} of the same letter's JSON in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ImportBenchmark {
  private String text;
  private final LetterImporter importer = LetterImporter.defaults();

  /** Reads the seed text. */
  @Setup(Level.Trial)
  public void setUp() {
    try (InputStream in = ImportBenchmark.class.getResourceAsStream("/letters/jinjiang-2024-7.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Imports the seed text. */
  @Benchmark
  public ImportResult importSeedText() {
    return importer.importText(text);
  }
}
