package org.replyletter.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.replyletter.ReplyLetter;
import org.replyletter.json.ReplyLetterJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing the JSON form, each beside its baseline in this class, so that both run within
 * the same minute: Jackson's {@code readTree} of the same bytes, and Jackson writing the same tree to
 * the same bytes with its own pretty printer ({@code DefaultPrettyPrinter} and {@code DefaultIndenter}
 * set up for the library's format; {@code JsonSupportTest} checks that the bytes are the same). The
 * sampling settings (many short iterations, two forks, fixed heap) are explained in {@link
 * RunBenchmarks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 15, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 10, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class JsonBenchmark {
  /** Which letter: the seed (15 KB) or the large one (1.1 MB). */
  @Param({"seed", "large"})
  public String letter;

  private byte[] bytes;
  private ReplyLetter model;
  private JsonNode tree;
  private final JsonMapper plainMapper = JsonMapper.builder().build();
  private final ReplyLetterJson json = ReplyLetterJson.defaults();
  private ObjectWriter treeWriter;

  /** Prepares the input. */
  @Setup(Level.Trial)
  public void setUp() {
    bytes = Inputs.letter(letter);
    model = json.read(bytes, letter);
    tree = plainMapper.readTree(bytes);
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pretty =
        new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
    pretty.indentArraysWith(indenter);
    pretty.indentObjectsWith(indenter);
    treeWriter = plainMapper.writer().with(pretty);
  }

  /** Baseline: Jackson parses the bytes into a tree. */
  @Benchmark
  public JsonNode baselineReadTree() {
    return plainMapper.readTree(bytes);
  }

  /** Strict read into the model. */
  @Benchmark
  public ReplyLetter readLetter() {
    return json.read(bytes, null);
  }

  /** Baseline: Jackson writes the same document's tree. */
  @Benchmark
  public byte[] baselineWriteTree() {
    return treeWriter.writeValueAsBytes(tree);
  }

  /** Deterministic write of the model. */
  @Benchmark
  public byte[] writeLetter() {
    return json.write(model);
  }

  /** The size of the input, for reports of cost per byte. */
  public int size() {
    return bytes.length;
  }
}
