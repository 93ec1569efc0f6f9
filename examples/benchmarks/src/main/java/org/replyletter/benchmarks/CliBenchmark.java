package org.replyletter.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.replyletter.cli.ReplyLetterCommand;
import org.replyletter.validation.LetterValidator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line over a batch: {@code reply-letter validate FILE...} of {@link #LETTERS} files (the
 * seed letter renumbered, as {@link BatchValidation} writes them), in process through
 * {@link ReplyLetterCommand#run} with its output encoded as UTF-8 and discarded, against the library's
 * full report ({@link LetterValidator#validate(Path)}, JSON Schema included) of the same files, and
 * Jackson's {@code readTree} of their bytes: all three in this class, so within the same minute. The
 * figure: the command's cost per letter, text and JSON output, over the library's; the difference is
 * the command's own work (set-up per file, output). A batch takes 20 to 100 ms, so iterations are of
 * a second, not 400 ms, and the warm-up 10 s. Other sampling settings: see {@link RunBenchmarks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 10, time = 1, timeUnit = TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CliBenchmark {
  /** Letters per batch: enough that the command's set-up per run is a small share. */
  static final int LETTERS = 200;

  private Path dir;
  private List<Path> files;
  private String[] text;
  private String[] json;
  private final LetterValidator validator = LetterValidator.defaults();
  private final JsonMapper plainMapper = JsonMapper.builder().build();
  /** As the command's main makes its standard output: UTF-8, flushed on each line; here discarded. */
  private final PrintWriter discard =
      new PrintWriter(new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8), true);

  /** Writes the letters, and checks that the command validates them all, without error. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("reply-letters-cli-");
    files = BatchValidation.writeLetters(dir, LETTERS);
    List<String> args = new ArrayList<>(List.of("validate"));
    files.forEach(f -> args.add(f.toString()));
    text = args.toArray(String[]::new);
    args.add(1, "--format=json");
    json = args.toArray(String[]::new);
    if (cliText() != ReplyLetterCommand.OK || cliJson() != ReplyLetterCommand.OK) {
      throw new IllegalStateException("the command found errors in the batch");
    }
  }

  /** Deletes the letters. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** Baseline: each file's bytes read and parsed into a tree by a plain Jackson mapper. */
  @Benchmark
  public int baselineReadTree() throws IOException {
    int n = 0;
    for (Path f : files) {
      n += plainMapper.readTree(Files.readAllBytes(f)).size();
    }
    return n;
  }

  /** The library's full report of each file, as a program using it would get it. */
  @Benchmark
  public int libraryFullReport() {
    int n = 0;
    for (Path f : files) {
      n += validator.validate(f).findings().size();
    }
    return n;
  }

  /** {@code reply-letter validate FILE...}, text output. */
  @Benchmark
  public int cliText() {
    return ReplyLetterCommand.run(text, discard, discard);
  }

  /** {@code reply-letter validate --format=json FILE...}. */
  @Benchmark
  public int cliJson() {
    return ReplyLetterCommand.run(json, discard, discard);
  }
}
