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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Text import of the seed letter (12 KB of text), reported as measured and, for scale, as a ratio to
 * {@link #baselineReadTree()}, Jackson's {@code readTree} of the same letter's JSON, measured in this
 * class so that both run within the same minute. Sampling settings: see {@link RunBenchmarks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 15, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 10, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ImportBenchmark {
  private String text;
  private byte[] json;
  private final LetterImporter importer = LetterImporter.defaults();
  private final JsonMapper plainMapper = JsonMapper.builder().build();

  /** Reads the seed text and the seed's JSON. */
  @Setup(Level.Trial)
  public void setUp() {
    try (InputStream in = ImportBenchmark.class.getResourceAsStream("/letters/jinjiang-2024-7.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    json = Inputs.seed();
  }

  /** Baseline: a plain Jackson mapper parses the seed's JSON into a tree, as in {@link JsonBenchmark}. */
  @Benchmark
  public JsonNode baselineReadTree() {
    return plainMapper.readTree(json);
  }

  /** Imports the seed text. */
  @Benchmark
  public ImportResult importSeedText() {
    return importer.importText(text);
  }
}
