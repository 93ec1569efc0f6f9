package org.replyletter.benchmarks;

import java.util.List;
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
import org.replyletter.jsonschema.ReplyLetterSchema;
import org.replyletter.diagnostics.Finding;
import org.replyletter.validation.LetterValidator;
import org.replyletter.validation.ValidationOptions;
import org.replyletter.validation.ValidationReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validation, each figure a ratio to {@link #baselineReadTree()} of the same bytes: read + the
 * model's constraints + every rule (also with a blank text, which is reported and located); the
 * validation of the letter already bound, as a program that builds letters in code validates them
 * (Hibernate Validator walks the letter); the JSON Schema on an already parsed tree; and the full
 * report from raw bytes (schema + read + rules, parsing once). The baseline is this class's own, not {@link JsonBenchmark}'s, so that it
 * runs within the same minute as the figures it divides: load on a shared machine changes faster
 * than the whole run lasts. The longest warm-up of all classes (8 s):
 * on a loaded 2-core machine the JIT compiler needs 5 to 15 s to settle the validation code (Bean
 * Validation, rules, schema). Other sampling settings: see {@link RunBenchmarks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 20, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 10, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ValidationBenchmark {
  /** Which letter: the seed (15 KB) or the large one (1.1 MB). */
  @Param({"seed", "large"})
  public String letter;

  private byte[] bytes;
  private byte[] withBlankText;
  private JsonNode tree;
  private ReplyLetter bound;
  private final JsonMapper plainMapper = JsonMapper.builder().build();
  private final LetterValidator rulesOnly =
      LetterValidator.of(ValidationOptions.builder().jsonTreeChecks(false).build());
  private final LetterValidator full = LetterValidator.defaults();
  private final ReplyLetterSchema schema = ReplyLetterSchema.replyLetter();

  /**
   * Prepares the inputs, and checks that the full validator really runs the schema and that the
   * blank text is really reported.
   */
  @Setup(Level.Trial)
  public void setUp() {
    bytes = Inputs.letter(letter);
    withBlankText = Inputs.withBlankText(bytes);
    tree = plainMapper.readTree(bytes);
    bound = ReplyLetterJson.defaults().read(bytes, letter);
    if (!full.jsonTreeCheckNames().contains("json-schema")) {
      throw new IllegalStateException("the json-schema check was not discovered");
    }
    if (rulesOnly.validate(withBlankText, null).findings().stream().noneMatch(f -> f.code().equals("RL-BV-001"))) {
      throw new IllegalStateException("the blank text of the letter is not reported");
    }
  }

  /** Baseline: a plain Jackson mapper parses the bytes into a tree, as in {@link JsonBenchmark}. */
  @Benchmark
  public JsonNode baselineReadTree() {
    return plainMapper.readTree(bytes);
  }

  /** Strict read, the model's constraints and all completeness rules. */
  @Benchmark
  public ValidationReport readAndValidate() {
    return rulesOnly.validate(bytes, null);
  }

  /**
   * As {@link #readAndValidate()}, for the same letter with one blank paragraph: a constraint finding
   * to report, which the reader noted where it read the text, and to locate.
   */
  @Benchmark
  public ValidationReport readAndValidateWithBlankText() {
    return rulesOnly.validate(withBlankText, null);
  }

  /**
   * The letter, bound beforehand, validated as a letter built in code: Hibernate Validator walks it
   * for the model's constraints, then the rules run; no reading, no locating. Informative.
   */
  @Benchmark
  public ValidationReport validateLetterValue() {
    return rulesOnly.validate(bound);
  }

  /** The JSON Schema on a tree parsed beforehand. */
  @Benchmark
  public List<Finding> schemaOnParsedTree() {
    return schema.validate(tree);
  }

  /** The full report from raw bytes: schema, read and rules, parsing once. */
  @Benchmark
  public ValidationReport fullReport() {
    return full.validate(bytes, null);
  }
}
