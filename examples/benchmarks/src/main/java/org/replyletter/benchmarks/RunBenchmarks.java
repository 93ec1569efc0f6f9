package org.replyletter.benchmarks;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the benchmarks and reports each figure as a ratio to its baseline measured in the same run,
 * against the targets of the performance issue. Usage:
 *
 * <pre>java -jar examples/benchmarks/target/benchmarks.jar [--quick] [--out FILE] [REGEX]</pre>
 *
 * Writes {@code FILE} (default {@code benchmark-results.json}): the ratios, then JMH's raw results.
 * Exit code 0 whatever the ratios: a benchmark informs, it does not gate (machines here are noisy).
 */
public final class RunBenchmarks {
  private RunBenchmarks() {}

  /** One reported figure: {@code numerator / denominator}, both mean times of the same run. */
  static final class Ratio {
    final String name;
    final String numerator;
    final String denominator;
    final double target;

    Ratio(String name, String numerator, String denominator, double target) {
      this.name = name;
      this.numerator = numerator;
      this.denominator = denominator;
      this.target = target;
    }
  }

  /** The targets; benchmark keys are {@code Class.method[param]}. */
  static final List<Ratio> RATIOS = List.of(
      new Ratio("read into the model, seed", "JsonBenchmark.readLetter[seed]", "JsonBenchmark.baselineReadTree[seed]", 1.3),
      new Ratio("read into the model, 1 MB", "JsonBenchmark.readLetter[large]", "JsonBenchmark.baselineReadTree[large]", 1.3),
      new Ratio("read + full validation, seed", "ValidationBenchmark.readAndValidate[seed]", "JsonBenchmark.baselineReadTree[seed]", 2.0),
      new Ratio("read + full validation, 1 MB", "ValidationBenchmark.readAndValidate[large]", "JsonBenchmark.baselineReadTree[large]", 2.0),
      new Ratio("schema validation of the parsed tree, seed", "ValidationBenchmark.schemaOnParsedTree[seed]", "JsonBenchmark.baselineReadTree[seed]", 1.5),
      new Ratio("schema validation of the parsed tree, 1 MB", "ValidationBenchmark.schemaOnParsedTree[large]", "JsonBenchmark.baselineReadTree[large]", 1.5),
      new Ratio("full raw-JSON report, seed", "ValidationBenchmark.fullReport[seed]", "JsonBenchmark.baselineReadTree[seed]", 3.0),
      new Ratio("full raw-JSON report, 1 MB", "ValidationBenchmark.fullReport[large]", "JsonBenchmark.baselineReadTree[large]", 3.0),
      new Ratio("write, seed", "JsonBenchmark.writeLetter[seed]", "JsonBenchmark.baselineWriteTree[seed]", 1.0),
      new Ratio("write, 1 MB", "JsonBenchmark.writeLetter[large]", "JsonBenchmark.baselineWriteTree[large]", 1.0),
      new Ratio("text import of the seed (informative: vs readTree of its JSON)", "ImportBenchmark.importSeedText", "JsonBenchmark.baselineReadTree[seed]", Double.NaN));

  /** Throughput figures (operations per second, higher is better) with their minimum. */
  static final List<Ratio> THROUGHPUT = List.of(
      new Ratio("subsidy decisions/s with explanation", "SubsidyBenchmark.decideWithExplanation", null, 500_000),
      new Ratio("subsidy decisions/s without explanation", "SubsidyBenchmark.decideWithoutExplanation", null, 2_000_000));

  /** Per-byte ratios: {@code (large / large bytes) / (seed / seed bytes)} for these benchmarks. */
  static final List<String> LINEAR = List.of(
      "JsonBenchmark.readLetter", "ValidationBenchmark.readAndValidate", "ValidationBenchmark.fullReport");

  /**
   * Runs the benchmarks.
   *
   * @param args {@code [--quick] [--out FILE] [REGEX]}
   * @throws RunnerException if JMH fails
   * @throws IOException if the results cannot be written
   */
  public static void main(String[] args) throws RunnerException, IOException {
    boolean quick = false;
    Path out = Path.of("benchmark-results.json");
    String include = "org\\.replyletter\\.benchmarks\\..*";
    for (int i = 0; i < args.length; i++) {
      if ("--quick".equals(args[i])) {
        quick = true;
      } else if ("--out".equals(args[i]) && i + 1 < args.length) {
        out = Path.of(args[++i]);
      } else {
        include = args[i];
      }
    }
    ChainedOptionsBuilder opts = new OptionsBuilder().include(include).shouldFailOnError(true);
    if (quick) {
      opts.warmupIterations(1).warmupTime(TimeValue.milliseconds(500))
          .measurementIterations(2).measurementTime(TimeValue.milliseconds(500));
    }
    Collection<RunResult> results = new Runner(opts.build()).run();
    Map<String, Double> scores = new LinkedHashMap<>();
    for (RunResult r : results) {
      String label = r.getParams().getBenchmark();
      label = label.substring(label.lastIndexOf('.', label.lastIndexOf('.') - 1) + 1);
      String letter = r.getParams().getParam("letter");
      scores.put(label + (letter == null ? "" : "[" + letter + "]"), r.getPrimaryResult().getScore());
    }
    int seedBytes = Inputs.seed().length;
    int largeBytes = Inputs.large(1 << 20).length;
    StringWriter json = new StringWriter();
    try (JsonGenerator g = JsonMapper.builder().build().createGenerator(json)) {
      g.writeStartObject();
      g.writeName("machine");
      g.writeStartObject();
      g.writeStringProperty("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
      g.writeStringProperty("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
      g.writeNumberProperty("cores", Runtime.getRuntime().availableProcessors());
      g.writeNumberProperty("seedBytes", seedBytes);
      g.writeNumberProperty("largeBytes", largeBytes);
      g.writeEndObject();
      g.writeName("ratios");
      g.writeStartArray();
      System.out.printf(Locale.ROOT, "%n%-45s %10s %8s %s%n", "figure", "ratio", "target", "met");
      for (Ratio r : RATIOS) {
        Double a = scores.get(r.numerator);
        Double b = scores.get(r.denominator);
        if (a != null && b != null) {
          report(g, r.name, a / b, r.target);
        }
      }
      for (Ratio r : THROUGHPUT) {
        Double ops = scores.get(r.numerator);
        if (ops != null) {
          boolean met = ops >= r.target;
          System.out.printf(Locale.ROOT, "%-45s %10.0f %8.0f %s%n", r.name, ops, r.target, met ? "yes" : "NO");
          g.writeStartObject();
          g.writeStringProperty("figure", r.name);
          g.writeNumberProperty("opsPerSecond", Math.round(ops));
          g.writeNumberProperty("minimum", r.target);
          g.writeBooleanProperty("met", met);
          g.writeEndObject();
        }
      }
      for (String bench : LINEAR) {
        Double large = scores.get(bench + "[large]");
        Double seed = scores.get(bench + "[seed]");
        if (large != null && seed != null) {
          report(g, bench + " cost per byte, 1 MB / seed", (large / largeBytes) / (seed / seedBytes), 1.3);
        }
      }
      g.writeEndArray();
      g.writeName("scores");
      g.writeStartObject();
      for (Map.Entry<String, Double> e : scores.entrySet()) {
        g.writeNumberProperty(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    Files.writeString(out, json + "\n", StandardCharsets.UTF_8);
    System.out.println("\nResults written to " + out.toAbsolutePath());
  }

  private static void report(JsonGenerator g, String name, double ratio, double target) {
    boolean met = Double.isNaN(target) || ratio <= target;
    System.out.printf(Locale.ROOT, "%-45s %10.3f %8.2f %s%n", name, ratio, target, met ? "yes" : "NO");
    g.writeStartObject();
    g.writeStringProperty("figure", name);
    g.writeNumberProperty("ratio", Math.round(ratio * 1000) / 1000.0);
    if (!Double.isNaN(target)) {
      g.writeNumberProperty("target", target);
    }
    g.writeBooleanProperty("met", met);
    g.writeEndObject();
  }
}
