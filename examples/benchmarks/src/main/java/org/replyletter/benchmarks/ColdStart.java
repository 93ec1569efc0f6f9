package org.replyletter.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cold start of the command-line tool: wall time of {@code java -jar reply-letter.jar validate FILE}
 * in a fresh JVM, as a ratio to a fresh JVM running {@link ColdStartBaseline} on the same file.
 * Usage:
 *
 * <pre>java -cp examples/benchmarks/target/benchmarks.jar org.replyletter.benchmarks.ColdStart \
 *     examples/cli/target/reply-letter.jar examples/letters/jinjiang-2024-7.json [RUNS] [--breakdown]</pre>
 *
 * <p>Runs alternate, so that machine noise hits both alike, after one unmeasured run of each to warm
 * the file cache. The headline is the ratio of the medians of {@code RUNS} runs of each (default 20);
 * the ratio of the minimums is printed beside it (interference only adds time), with the CPU time of
 * each process, since on a loaded machine the wall time of a multi-threaded start tends to its CPU
 * time.
 *
 * <p>{@code --breakdown} then runs each command {@code RUNS} more times with {@code -Xlog:class+load}
 * and prints where the time goes, as medians: the tool's steps taken one after another (with its
 * warm-up thread switched off, {@code -Dreplyletter.warmup=false}; each step starts when the main
 * thread first loads a class of it), the threads of a normal run, and the classes loaded per library.
 * Logging adds some time to each run, so the steps add up to a little more than the plain runs.
 */
public final class ColdStart {
  private ColdStart() {}

  /** A step of the tool's run, from the main thread's first load of {@code marker}. */
  private record Step(String name, String marker) {}

  /** The tool's steps in order; a marker that never loads (code changed) leaves its step out. */
  private static final List<Step> CLI_STEPS =
      List.of(
          new Step("JVM start-up, jar opened", null),
          new Step("command line", "org.replyletter.cli.ReplyLetterCommand"),
          new Step("validator set-up (Jackson, codecs, rules)", "org.replyletter.validation.LetterValidator"),
          new Step("read and bind the letter", "org.replyletter.jsonschema.internal.JsonSchemaCheck"),
          new Step("JSON Schema: compile (networknt) and check", "org.replyletter.jsonschema.ReplyLetterSchema"),
          new Step("rules", "org.replyletter.validation.RuleContext"),
          new Step("Hibernate Validator bootstrap", "org.replyletter.validation.internal.BeanValidation"),
          new Step("bean metadata and constraint validation", "org.hibernate.validator.internal.engine.ValidatorImpl"),
          new Step("report and exit", "org.replyletter.cli.ReportFormat"));

  private static final List<Step> BASELINE_STEPS =
      List.of(
          new Step("JVM start-up", null),
          new Step("Hibernate Validator factory", "jakarta.validation.Validation"),
          new Step("Jackson: mapper, read the file, exit", "tools.jackson.databind.json.JsonMapper"));

  /**
   * Measures.
   *
   * @param args the CLI jar, the letter, optionally the number of runs of each and {@code --breakdown}
   * @throws IOException if a process cannot start
   * @throws InterruptedException if interrupted
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    boolean breakdown = rest.remove("--breakdown");
    String cliJar = rest.get(0);
    String letter = rest.get(1);
    int runs = rest.size() > 2 ? Integer.parseInt(rest.get(2)) : 20;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String self = new File(ColdStart.class.getProtectionDomain().getCodeSource().getLocation().getPath()).getPath();
    List<String> cli = List.of(java, "-jar", cliJar, "validate", letter);
    List<String> baseline = List.of(java, "-cp", self, ColdStartBaseline.class.getName(), letter);
    long[] cliTimes = new long[runs];
    long[] baseTimes = new long[runs];
    long[] cliCpu = new long[runs];
    long[] baseCpu = new long[runs];
    long[] scratch = new long[1];
    time(cli, scratch); // warm the file cache for both
    time(baseline, scratch);
    for (int i = 0; i < runs; i++) {
      cliTimes[i] = time(cli, scratch);
      cliCpu[i] = scratch[0];
      baseTimes[i] = time(baseline, scratch);
      baseCpu[i] = scratch[0];
    }
    double ratio = (double) median(cliTimes) / median(baseTimes);
    System.out.printf(Locale.ROOT, "cold start: validate %d ms, baseline %d ms (medians of %d), ratio %.2f (target <= 1.50)%n",
        ms(median(cliTimes)), ms(median(baseTimes)), runs, ratio);
    System.out.printf(Locale.ROOT, "  minimums: validate %d ms, baseline %d ms, ratio %.2f%n",
        ms(min(cliTimes)), ms(min(baseTimes)), (double) min(cliTimes) / min(baseTimes));
    if (cliCpu[0] >= 0) {
      System.out.printf(Locale.ROOT, "  CPU time (all threads, medians): validate %d ms, baseline %d ms, ratio %.2f%n",
          ms(median(cliCpu)), ms(median(baseCpu)), (double) median(cliCpu) / median(baseCpu));
    }
    if (breakdown) {
      breakdown(java, cliJar, self, letter, runs);
    }
  }

  /** Wall time in ns; {@code cpu[0]} gets the process's CPU time in ns, or -1 if unknown. */
  private static long time(List<String> command, long[] cpu) throws IOException, InterruptedException {
    long cpuBefore = childrenCpu();
    long start = System.nanoTime();
    Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    int exit = p.waitFor();
    long elapsed = System.nanoTime() - start;
    if (exit > 1) {
      throw new IllegalStateException("exit " + exit + " from " + command);
    }
    long cpuAfter = childrenCpu();
    cpu[0] = cpuBefore < 0 || cpuAfter < 0 ? -1 : cpuAfter - cpuBefore;
    return elapsed;
  }

  /**
   * CPU time of this process's waited-for children, in ns, from Linux's {@code /proc/self/stat}
   * (cutime and cstime, in clock ticks of 10 ms); -1 elsewhere. The JDK reaps each child as it
   * exits, so the difference across one run is that run's CPU time, all its threads included.
   */
  private static long childrenCpu() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 10_000_000L;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static void breakdown(String java, String cliJar, String self, String letter, int runs)
      throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("coldstart");
    try {
      Map<String, List<Long>> steps = new LinkedHashMap<>();
      Map<String, List<Long>> baseSteps = new LinkedHashMap<>();
      Map<String, List<Long>> threads = new LinkedHashMap<>();
      Map<String, Integer> cliClasses = new TreeMap<>();
      Map<String, Integer> baseClasses = new TreeMap<>();
      long[] scratch = new long[1];
      for (int i = 0; i < runs; i++) {
        Path log = dir.resolve("seq.log");
        long wall = time(List.of(java, log(log), "-Dreplyletter.warmup=false", "-jar", cliJar, "validate", letter), scratch);
        addSteps(steps, CLI_STEPS, Files.readAllLines(log, StandardCharsets.UTF_8), wall);
        log = dir.resolve("par.log");
        wall = time(List.of(java, log(log), "-jar", cliJar, "validate", letter), scratch);
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        addThreads(threads, lines, wall);
        if (i == 0) {
          countClasses(cliClasses, lines);
        }
        log = dir.resolve("base.log");
        wall = time(List.of(java, log(log), "-cp", self, ColdStartBaseline.class.getName(), letter), scratch);
        lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        addSteps(baseSteps, BASELINE_STEPS, lines, wall);
        if (i == 0) {
          countClasses(baseClasses, lines);
        }
      }
      System.out.printf(Locale.ROOT, "%nwhere the time goes (medians of %d runs with class-load logging)%n", runs);
      print("validate, steps one after another (warm-up off):", steps);
      print("baseline:", baseSteps);
      print("validate as run (warm-up on), per thread: first class load .. last, and classes loaded:", threads);
      System.out.println("classes loaded (one run, warm-up on), validate / baseline, packages with 20 or more:");
      Map<String, int[]> both = new TreeMap<>();
      cliClasses.forEach((k, v) -> both.computeIfAbsent(k, x -> new int[2])[0] = v);
      baseClasses.forEach((k, v) -> both.computeIfAbsent(k, x -> new int[2])[1] = v);
      both.entrySet().stream()
          .filter(e -> Math.max(e.getValue()[0], e.getValue()[1]) >= 20)
          .sorted((a, b) -> Integer.compare(b.getValue()[0] + b.getValue()[1], a.getValue()[0] + a.getValue()[1]))
          .forEach(e -> System.out.printf(Locale.ROOT, "  %-34s %5d %5d%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  private static String log(Path file) {
    return "-Xlog:class+load:file=" + file + ":uptime,tid";
  }

  private static final Pattern LINE = Pattern.compile("\\[([0-9.]+)s\\]\\[(\\d+)\\] (\\S+)");

  /** Adds the duration of each step, in ms; the last runs to the end of the process. */
  private static void addSteps(Map<String, List<Long>> out, List<Step> steps, List<String> lines, long wallNanos) {
    String main = null;
    Map<String, Double> first = new LinkedHashMap<>();
    for (String l : lines) {
      Matcher m = LINE.matcher(l);
      if (!m.lookingAt()) {
        continue;
      }
      if (main == null) {
        main = m.group(2);
      }
      if (m.group(2).equals(main)) {
        first.putIfAbsent(m.group(3), Double.parseDouble(m.group(1)) * 1000);
      }
    }
    List<String> names = new ArrayList<>();
    List<Double> starts = new ArrayList<>();
    names.add(steps.get(0).name());
    starts.add(0.0);
    for (Step s : steps.subList(1, steps.size())) {
      Double t = first.get(s.marker());
      if (t != null && t >= starts.get(starts.size() - 1)) {
        names.add(s.name());
        starts.add(t);
      }
    }
    starts.add(wallNanos / 1e6);
    for (int i = 0; i < names.size(); i++) {
      out.computeIfAbsent(names.get(i), k -> new ArrayList<>()).add(Math.round(starts.get(i + 1) - starts.get(i)));
    }
    out.computeIfAbsent("total (wall)", k -> new ArrayList<>()).add(wallNanos / 1_000_000);
  }

  /** Per thread that loads more than 20 classes, in order of its first load: span and count. */
  private static void addThreads(Map<String, List<Long>> out, List<String> lines, long wallNanos) {
    Map<String, double[]> spans = new LinkedHashMap<>();
    for (String l : lines) {
      Matcher m = LINE.matcher(l);
      if (m.lookingAt()) {
        double t = Double.parseDouble(m.group(1)) * 1000;
        double[] s = spans.computeIfAbsent(m.group(2), k -> new double[] {t, t, 0});
        s[1] = t;
        s[2]++;
      }
    }
    int n = 0;
    for (double[] s : spans.values()) {
      if (s[2] <= 20) {
        continue;
      }
      String name = n++ == 0 ? "main thread" : "thread " + n;
      out.computeIfAbsent(name + ": first load (ms)", k -> new ArrayList<>()).add(Math.round(s[0]));
      out.computeIfAbsent(name + ": last load (ms)", k -> new ArrayList<>()).add(Math.round(s[1]));
      out.computeIfAbsent(name + ": classes", k -> new ArrayList<>()).add((long) s[2]);
    }
    out.computeIfAbsent("total (wall)", k -> new ArrayList<>()).add(wallNanos / 1_000_000);
  }

  /** Classes loaded, by library: the first three parts of the package (two for the JDK's). */
  private static void countClasses(Map<String, Integer> out, List<String> lines) {
    for (String l : lines) {
      Matcher m = LINE.matcher(l);
      if (m.lookingAt()) {
        String name = m.group(3);
        int dot = name.lastIndexOf('.');
        String[] p = (dot < 0 ? "(default)" : name.substring(0, dot)).split("\\.");
        int parts = p[0].equals("java") || p[0].equals("javax") || p[0].equals("jdk") || p[0].equals("sun") ? 2 : 3;
        String key = String.join(".", Arrays.asList(p).subList(0, Math.min(parts, p.length)));
        out.merge(key, 1, Integer::sum);
        out.merge("all", 1, Integer::sum);
      }
    }
  }

  private static void print(String title, Map<String, List<Long>> values) {
    System.out.println(title);
    for (Map.Entry<String, List<Long>> e : values.entrySet()) {
      long[] v = e.getValue().stream().mapToLong(Long::longValue).toArray();
      System.out.printf(Locale.ROOT, "  %-52s %6d  (%d of %d runs)%n", e.getKey(), median(v), v.length,
          values.get("total (wall)").size());
    }
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  private static long min(long[] values) {
    return Arrays.stream(values).min().orElseThrow();
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
