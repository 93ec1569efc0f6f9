package org.replyletter.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import org.replyletter.subsidy.SubsidyCalculator;
import org.replyletter.subsidy.SubsidyDecision;
import org.replyletter.subsidy.SubsidyJson;
import org.replyletter.subsidy.SubsidyRequest;
import org.replyletter.subsidy.SubsidySchedule;

/**
 * Subsidy decisions on one thread, in decisions per second: with the full explanation (target
 * ≥ 500 000/s) and without (target ≥ 2 000 000/s). The request is the bundled example of a 高级技师
 * certificate in a 生产制造类 shortage occupation, with one earlier claim in its history. No baseline:
 * the targets are absolute. Sampling settings: see {@link RunBenchmarks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 10, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SubsidyBenchmark {
  private SubsidyRequest request;
  private final SubsidyCalculator calculator = SubsidyCalculator.of(SubsidySchedule.jinjiang());

  /** Reads the request. */
  @Setup(Level.Trial)
  public void setUp() {
    try (InputStream in = SubsidyBenchmark.class.getResourceAsStream("/subsidy/senior-technician-manufacturing.json")) {
      request = SubsidyJson.defaults().readRequest(in.readAllBytes(), "request");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A decision with its explanation. */
  @Benchmark
  public SubsidyDecision decideWithExplanation() {
    return calculator.decide(request);
  }

  /** A decision without its explanation. */
  @Benchmark
  public SubsidyDecision decideWithoutExplanation() {
    return calculator.decideWithoutExplanation(request);
  }
}
