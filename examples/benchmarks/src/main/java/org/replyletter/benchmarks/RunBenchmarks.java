package org.replyletter.benchmarks;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the benchmarks and reports each figure as a ratio to its baseline, against the targets of the
 * performance issue. Usage:
 *
 * <pre>java -jar examples/benchmarks/target/benchmarks.jar [--quick] [--gc] [--out FILE] [REGEX]</pre>
 *
 * <p>The machines here are shared and noisy: the same loop can take five times as long from one
 * second to the next, and under load the JIT compiler needs many seconds to settle the validation
 * code. Hence:
 *
 * <ul>
 *   <li>Every baseline is a method of the same class as the figures it divides, so that both run
 *       within the same minute, not minutes apart.
 *   <li>Many short samples: per fork, 10 measured iterations of 400 ms after a warm-up sized for the
 *       JIT compiler on a loaded machine (4 to 8 s, in the annotations of each class), on a fixed
 *       1 GB heap. The heap is not pre-touched: here that costs 3 to 6 s per fork, and the warm-up
 *       touches it anyway.
 *   <li>The two forks of each benchmark run in separate rounds over all selected
 *       benchmarks, so that each benchmark and its baseline are sampled at moments minutes apart,
 *       not in one stretch that a burst of load can spoil.
 *   <li>The headline ratio divides the <em>minimum</em> iteration times over all forks: interference
 *       only adds time, so the fastest iteration best estimates the undisturbed, fully compiled
 *       cost. For throughput figures (operations per second) the maximum plays that part. The ratio
 *       of medians is reported beside it: where the two differ much, the run was disturbed (or the
 *       compiler slow), and the figure deserves another run.
 * </ul>
 *
 * <p>The default run takes 10 to 15 minutes on 2 cores. {@code --quick} runs one fork of 2 warm-up
 * and 3 measured iterations of 200 ms, a smoke test whose figures mean little; {@code --gc} adds
 * JMH's GC profiler, for the bytes allocated per operation; {@code REGEX} selects benchmarks as
 * JMH's include pattern does.
 *
 * <p>Writes {@code FILE} (default {@code benchmark-results.json}): the machine and sampling settings,
 * the ratios, then every benchmark's scores under {@code Class.method[letter]}: its mean; with suffix
 * {@code :min} (or {@code :max} for throughput) and {@code :median} the figures the ratios use; with
 * {@code --gc}, suffix {@code :alloc}, the bytes allocated per operation. Exit code 0 whatever the
 * ratios: a benchmark informs, it does not gate.
 */
public final class RunBenchmarks {
  private RunBenchmarks() {}

  /**
   * Forks per benchmark in a full run, each in its own round over all benchmarks. The classes'
   * {@code @Fork(2)} applies when JMH's own main runs them; here each round runs one fork.
   */
  static final int FORKS = 2;

  /** One reported figure: {@code numerator / denominator}, both of one class; or a throughput alone. */
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

  /** One benchmark's scores over all its forks. */
  static final class Scores {
    final double mean;
    /** The least disturbed iteration: the minimum time, or the maximum throughput. */
    final double best;
    final double median;
    final boolean throughput;
    /** Bytes allocated per operation, NaN unless the GC profiler ran. */
    final double alloc;

    Scores(RunResult run) {
      Statistics s = run.getPrimaryResult().getStatistics();
      throughput = run.getParams().getMode() == Mode.Throughput;
      mean = s.getMean();
      best = throughput ? s.getMax() : s.getMin();
      median = s.getPercentile(50);
      Result a = run.getSecondaryResults().get("gc.alloc.rate.norm");
      alloc = a == null ? Double.NaN : a.getScore();
    }
  }

  /** The targets; benchmark keys are {@code Class.method[param]}, each ratio within one class. */
  static final List<Ratio> RATIOS = List.of(
      new Ratio("read into the model, seed", "JsonBenchmark.readLetter[seed]", "JsonBenchmark.baselineReadTree[seed]", 1.3),
      new Ratio("read into the model, 1 MB", "JsonBenchmark.readLetter[large]", "JsonBenchmark.baselineReadTree[large]", 1.3),
      new Ratio("read + full validation, seed", "ValidationBenchmark.readAndValidate[seed]", "ValidationBenchmark.baselineReadTree[seed]", 2.0),
      new Ratio("read + full validation, 1 MB", "ValidationBenchmark.readAndValidate[large]", "ValidationBenchmark.baselineReadTree[large]", 2.0),
      new Ratio("read + full validation, seed + 1 blank text", "ValidationBenchmark.readAndValidateWithBlankText[seed]", "ValidationBenchmark.baselineReadTree[seed]", 2.0),
      new Ratio("read + full validation, 1 MB + 1 blank text", "ValidationBenchmark.readAndValidateWithBlankText[large]", "ValidationBenchmark.baselineReadTree[large]", 2.0),
      new Ratio("schema validation of the parsed tree, seed", "ValidationBenchmark.schemaOnParsedTree[seed]", "ValidationBenchmark.baselineReadTree[seed]", 1.5),
      new Ratio("schema validation of the parsed tree, 1 MB", "ValidationBenchmark.schemaOnParsedTree[large]", "ValidationBenchmark.baselineReadTree[large]", 1.5),
      new Ratio("full raw-JSON report, seed", "ValidationBenchmark.fullReport[seed]", "ValidationBenchmark.baselineReadTree[seed]", 3.0),
      new Ratio("full raw-JSON report, 1 MB", "ValidationBenchmark.fullReport[large]", "ValidationBenchmark.baselineReadTree[large]", 3.0),
      new Ratio("write, seed", "JsonBenchmark.writeLetter[seed]", "JsonBenchmark.baselineWriteTree[seed]", 1.0),
      new Ratio("write, 1 MB", "JsonBenchmark.writeLetter[large]", "JsonBenchmark.baselineWriteTree[large]", 1.0),
      new Ratio("CLI validate, text, per letter of a batch / library's full report", "CliBenchmark.cliText", "CliBenchmark.libraryFullReport", 1.2),
      new Ratio("CLI validate, JSON, per letter of a batch / library's full report", "CliBenchmark.cliJson", "CliBenchmark.libraryFullReport", 1.2),
      new Ratio("validation of a bound letter, Hibernate + rules, seed (informative)", "ValidationBenchmark.validateLetterValue[seed]", "ValidationBenchmark.baselineReadTree[seed]", Double.NaN),
      new Ratio("validation of a bound letter, Hibernate + rules, 1 MB (informative)", "ValidationBenchmark.validateLetterValue[large]", "ValidationBenchmark.baselineReadTree[large]", Double.NaN),
      new Ratio("library's full report of a file (informative: vs readTree of its bytes)", "CliBenchmark.libraryFullReport", "CliBenchmark.baselineReadTree", Double.NaN),
      new Ratio("text import of the seed (informative: vs readTree of its JSON)", "ImportBenchmark.importSeedText", "ImportBenchmark.baselineReadTree", Double.NaN));

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
   * @param args {@code [--quick] [--gc] [--out FILE] [REGEX]}
   * @throws RunnerException if JMH fails
   * @throws IOException if the results cannot be written
   */
  public static void main(String[] args) throws RunnerException, IOException {
    boolean quick = false;
    boolean gc = false;
    Path out = Path.of("benchmark-results.json");
    String include = "org\\.replyletter\\.benchmarks\\..*";
    for (int i = 0; i < args.length; i++) {
      if ("--quick".equals(args[i])) {
        quick = true;
      } else if ("--gc".equals(args[i])) {
        gc = true;
      } else if ("--out".equals(args[i]) && i + 1 < args.length) {
        out = Path.of(args[++i]);
      } else {
        include = args[i];
      }
    }
    // One fork per round: the rounds are the forks, spread over the whole run.
    ChainedOptionsBuilder opts = new OptionsBuilder().include(include).shouldFailOnError(true).forks(1);
    if (quick) {
      opts.warmupIterations(2).warmupTime(TimeValue.milliseconds(200))
          .measurementIterations(3).measurementTime(TimeValue.milliseconds(200));
    }
    if (gc) {
      opts.addProfiler(GCProfiler.class);
    }
    int rounds = quick ? 1 : FORKS;
    Map<String, BenchmarkParams> params = new LinkedHashMap<>();
    Map<String, List<BenchmarkResult>> forks = new LinkedHashMap<>();
    for (int round = 1; round <= rounds; round++) {
      System.out.printf(Locale.ROOT, "%n# Round %d of %d%n", round, rounds);
      for (RunResult r : new Runner(opts.build()).run()) {
        String key = key(r.getParams());
        params.putIfAbsent(key, r.getParams());
        forks.computeIfAbsent(key, k -> new ArrayList<>()).addAll(r.getBenchmarkResults());
      }
    }
    Map<String, Scores> scores = new LinkedHashMap<>();
    for (Map.Entry<String, BenchmarkParams> e : params.entrySet()) {
      scores.put(e.getKey(), new Scores(new RunResult(e.getValue(), forks.get(e.getKey()))));
    }
    int seedBytes = Inputs.letter("seed").length;
    int largeBytes = Inputs.letter("large").length;
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
      if (!params.isEmpty()) {
        // The same for every class but the warm-up, which is per class.
        BenchmarkParams p = params.values().iterator().next();
        g.writeNumberProperty("forks", rounds * p.getForks());
        g.writeNumberProperty("iterations", p.getMeasurement().getCount());
        g.writeNumberProperty("iterationMillis", p.getMeasurement().getTime().convertTo(TimeUnit.MILLISECONDS));
        Map<String, Integer> warmups = new LinkedHashMap<>();
        for (Map.Entry<String, BenchmarkParams> e : params.entrySet()) {
          warmups.putIfAbsent(e.getKey().substring(0, e.getKey().indexOf('.')), e.getValue().getWarmup().getCount());
        }
        g.writeName("warmupIterations");
        g.writeStartObject();
        for (Map.Entry<String, Integer> e : warmups.entrySet()) {
          g.writeNumberProperty(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeStringProperty("jvmArgs", String.join(" ", p.getJvmArgs()));
      }
      g.writeEndObject();
      g.writeName("ratios");
      g.writeStartArray();
      System.out.printf(Locale.ROOT, "%n%-62s %10s %10s %8s %s%n", "figure", "ratio(min)", "median", "target", "met");
      for (Ratio r : RATIOS) {
        Scores a = scores.get(r.numerator);
        Scores b = scores.get(r.denominator);
        if (a != null && b != null) {
          report(g, r.name, a.best / b.best, a.median / b.median, r.target);
        }
      }
      boolean header = false;
      for (Ratio r : THROUGHPUT) {
        Scores ops = scores.get(r.numerator);
        if (ops != null) {
          if (!header) {
            System.out.printf(Locale.ROOT, "%n%-62s %10s %10s %8s %s%n", "figure", "ops/s(max)", "median", "minimum", "met");
            header = true;
          }
          boolean met = ops.best >= r.target;
          System.out.printf(Locale.ROOT, "%-62s %10.0f %10.0f %8.0f %s%n", r.name, ops.best, ops.median, r.target, met ? "yes" : "NO");
          g.writeStartObject();
          g.writeStringProperty("figure", r.name);
          g.writeNumberProperty("opsPerSecond", Math.round(ops.best));
          g.writeNumberProperty("medianOpsPerSecond", Math.round(ops.median));
          g.writeStringProperty("method", "max");
          g.writeNumberProperty("minimum", r.target);
          g.writeBooleanProperty("met", met);
          g.writeEndObject();
        }
      }
      header = false;
      for (String bench : LINEAR) {
        Scores large = scores.get(bench + "[large]");
        Scores seed = scores.get(bench + "[seed]");
        if (large != null && seed != null) {
          if (!header) {
            System.out.printf(Locale.ROOT, "%n%-62s %10s %10s %8s %s%n", "cost per byte", "ratio(min)", "median", "target", "met");
            header = true;
          }
          double perByte = (double) seedBytes / largeBytes;
          report(g, bench + " cost per byte, 1 MB / seed", large.best / seed.best * perByte,
              large.median / seed.median * perByte, 1.3);
        }
      }
      g.writeEndArray();
      g.writeName("scores");
      g.writeStartObject();
      for (Map.Entry<String, Scores> e : scores.entrySet()) {
        Scores s = e.getValue();
        g.writeNumberProperty(e.getKey(), s.mean);
        g.writeNumberProperty(e.getKey() + (s.throughput ? ":max" : ":min"), s.best);
        g.writeNumberProperty(e.getKey() + ":median", s.median);
        if (!Double.isNaN(s.alloc)) {
          g.writeNumberProperty(e.getKey() + ":alloc", Math.round(s.alloc));
        }
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    if (gc) {
      System.out.printf(Locale.ROOT, "%n%-62s %14s%n", "benchmark", "bytes/op");
      for (Map.Entry<String, Scores> e : scores.entrySet()) {
        System.out.printf(Locale.ROOT, "%-62s %14.0f%n", e.getKey(), e.getValue().alloc);
      }
    }
    Files.writeString(out, json + "\n", StandardCharsets.UTF_8);
    System.out.println("\nResults written to " + out.toAbsolutePath());
  }

  /** {@code Class.method[letter]}, the key of a benchmark in {@link #RATIOS} and in the output. */
  private static String key(BenchmarkParams p) {
    String label = p.getBenchmark();
    label = label.substring(label.lastIndexOf('.', label.lastIndexOf('.') - 1) + 1);
    String letter = p.getParam("letter");
    return label + (letter == null ? "" : "[" + letter + "]");
  }

  private static void report(JsonGenerator g, String name, double ratio, double medianRatio, double target) {
    boolean met = Double.isNaN(target) || ratio <= target;
    System.out.printf(Locale.ROOT, "%-62s %10.3f %10.3f %8s %s%n", name, ratio, medianRatio,
        Double.isNaN(target) ? "-" : String.format(Locale.ROOT, "%.2f", target), met ? "yes" : "NO");
    g.writeStartObject();
    g.writeStringProperty("figure", name);
    g.writeNumberProperty("ratio", Math.round(ratio * 1000) / 1000.0);
    g.writeNumberProperty("medianRatio", Math.round(medianRatio * 1000) / 1000.0);
    g.writeStringProperty("method", "min");
    if (!Double.isNaN(target)) {
      g.writeNumberProperty("target", target);
    }
    g.writeBooleanProperty("met", met);
    g.writeEndObject();
  }
}
