package org.replyletter.validation;

import org.replyletter.diagnostics.Severity;
import org.replyletter.diagnostics.Finding;
import org.replyletter.diagnostics.MessageSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.replyletter.ReplyLetter;
import org.replyletter.json.internal.JsonSupport;
import org.replyletter.json.internal.LetterJson;
import org.replyletter.json.JsonInputException;
import org.replyletter.validation.internal.BeanValidation;
import org.replyletter.validation.internal.BlankTexts;
import org.replyletter.validation.internal.BuiltInRules;
import org.replyletter.validation.internal.Code;
import org.replyletter.validation.internal.Merge;
import org.replyletter.validation.internal.TreeChecks;

/**
 * Validates reply letters: the one entry point of validation. It takes a {@link ReplyLetter} or raw
 * JSON and returns a {@link ValidationReport} with <em>every</em> finding, each coded, located and
 * with a message in Chinese or English. It never throws for bad input.
 *
 * <pre>{@code
 * LetterValidator validator = LetterValidator.defaults();
 * ValidationReport report = validator.validate(Path.of("jinjiang-2024-7.json"));
 * if (!report.isValid()) { ... }
 * report.findings().forEach(f -> System.out.println(f.code() + " " + f.message()));
 * }</pre>
 *
 * <h2>What runs</h2>
 *
 * From raw JSON the document is parsed <em>once</em>, strictly (the same reader as
 * {@link org.replyletter.json.ReplyLetterJson}):
 *
 * <ol>
 *   <li>Unreadable JSON gives one located finding ({@code RL-JSON-001}, {@code -007}, {@code -009}…).
 *   <li>Otherwise every reading problem (unknown, missing, null or wrongly typed member, invalid value)
 *       is reported together, and the {@link JsonTreeCheck}s found by {@link ServiceLoader} (such as
 *       the JSON Schema check of {@code reply-letter-json-schema}) run on the parsed tree.
 *   <li>When the tree binds to a letter, the model's Bean Validation constraints ({@code RL-BV-*})
 *       and the rules (built-in ones, then the users' own) run on it; their findings are located in
 *       the source text by JSON Pointer.
 * </ol>
 *
 * <p>The reader looks at every character of every text anyway, and what it sees spares work: rule
 * {@code RL-TXT-001} is skipped when no text holds a character it reports, and, {@code @NotBlank}
 * on text being the model's only constraint, the blank texts it notes are the constraint findings,
 * so Hibernate Validator does not walk (or even start for) a letter read from JSON. Reports are the
 * same as with the full steps.
 *
 * <p>The rule catalogue, with every code, default severity, purpose and source, is
 * {@code core/RULES.md}; {@link #catalogue()} lists the built-in codes.
 *
 * <h2>Merging: one problem, one finding</h2>
 *
 * <ul>
 *   <li>A constraint violation at the same JSON Pointer as a rule's finding is dropped (the rule is
 *       more specific).
 *   <li>A {@link JsonTreeCheck} finding at pointer P is dropped when the reader reported a problem of
 *       the same kind ({@link JsonTreeCheck#readerCode(Finding)}; any kind when the check does not
 *       say) at P or at an ancestor of P, or a missing or unknown member ({@code RL-JSON-005},
 *       {@code RL-JSON-003}) at a child of P, since schema validators report those at the containing
 *       object. When the letter was read, a tree-check finding at the same pointer as a rule or
 *       constraint finding is dropped.
 * </ul>
 *
 * <h2>Options</h2>
 *
 * {@link JsonTreeCheck}s are discovered once, when the validator is created, with
 * {@link ServiceLoader} on the thread's context class loader (the library's own loader if there is
 * none), and run in the order of their names.
 *
 * <p>{@link ValidationOptions} switches codes off, changes severities, adds rules and sets the clock and
 * locale. Reading codes ({@code RL-JSON-*}) can be neither switched off nor changed: a document that
 * cannot be read is never valid. A rule or check that throws is reported as {@code RL-VAL-001}.
 *
 * <p>Instances are immutable and thread-safe; create one and share it.
 *
 * @since 0.1.0
 */
public final class LetterValidator {
  private static final String READING_PREFIX = "RL-JSON-";
  private static final String LIBRARY_PREFIX = "RL-";

  /**
   * The default validator, built on first use: {@link #prepare()} must not build it, since building
   * it (the JSON reader, codecs, rules) is what the caller's own thread does meanwhile.
   */
  private static final class Default {
    static final LetterValidator INSTANCE = new LetterValidator(ValidationOptions.defaults());
  }

  private final ValidationOptions options;
  private final LetterJson json;
  private final List<LetterRule> rules;
  private final List<JsonTreeCheck> checks;
  private final TreeChecks treeChecks;
  /** Users' rules, then the checks: what words findings whose codes are not the library's. */
  private final List<MessageSource> messageSources;

  private LetterValidator(ValidationOptions options) {
    this.options = options;
    this.json = new LetterJson(new JsonSupport(options.readLimits()));
    Set<String> builtIn = Code.catalogue().keySet(); // all start with RL-; kept for clarity
    List<LetterRule> active = new ArrayList<>();
    for (LetterRule r : BuiltInRules.all()) {
      if (!options.disabledCodes().containsAll(r.codes())) {
        active.add(r);
      }
    }
    for (LetterRule r : options.rules()) {
      for (String c : r.codes()) {
        if (builtIn.contains(c) || c.startsWith(LIBRARY_PREFIX)) {
          throw new IllegalArgumentException(
              "rule " + r.getClass().getName() + " declares " + c + ": codes starting with "
                  + LIBRARY_PREFIX + " are the library's");
        }
      }
      if (!options.disabledCodes().containsAll(r.codes())) {
        active.add(r);
      }
    }
    this.rules = List.copyOf(active);
    this.checks = options.jsonTreeChecks() ? discoverChecks() : List.of();
    this.treeChecks = new TreeChecks(checks);
    List<MessageSource> sources = new ArrayList<>(options.rules());
    sources.addAll(checks);
    this.messageSources = List.copyOf(sources);
  }

  private static List<JsonTreeCheck> discoverChecks() {
    List<JsonTreeCheck> found = new ArrayList<>();
    // The context class loader, as ServiceLoader.load(Class) does: containers and tests can add
    // checks; the library's own loader when there is none.
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = JsonTreeCheck.class.getClassLoader();
    }
    for (JsonTreeCheck c : ServiceLoader.load(JsonTreeCheck.class, loader)) {
      found.add(c);
    }
    found.sort(Comparator.comparing(JsonTreeCheck::name));
    return List.copyOf(found);
  }

  /**
   * Returns the validator with the {@linkplain ValidationOptions#defaults() default options}.
   *
   * @return the shared validator
   */
  public static LetterValidator defaults() {
    return Default.INSTANCE;
  }

  /**
   * Does now the one-off set-up that the first validation would otherwise do, whatever the options:
   * the JSON codecs of the model, then Hibernate Validator's start-up and its metadata for the
   * model's classes. Validation of a letter value needs Hibernate; validation of JSON does not, since
   * {@code @NotBlank} on text is the model's only constraint and the reader sees every text.
   * Optional, idempotent and thread-safe. A short-lived process that validates letter values can
   * call it on another thread while it builds them, so that the two overlap; a long-lived one has no
   * need to.
   *
   * @since 0.1.0
   */
  public static void prepare() {
    // Codecs first: reading needs them soon after start, Hibernate only at the end of validation.
    LetterJson.prepare();
    BeanValidation.instance().prepare();
  }

  /**
   * Creates a validator.
   *
   * @param options the options; not null
   * @return the validator
   * @throws IllegalArgumentException if a user rule declares a code starting with {@code RL-}, the
   *     library's prefix (so that no future built-in code can clash with a user's)
   * @throws NullPointerException if {@code options} is null
   */
  public static LetterValidator of(ValidationOptions options) {
    return new LetterValidator(Objects.requireNonNull(options, "options"));
  }

  /**
   * Returns the options.
   *
   * @return the options, never null
   */
  public ValidationOptions options() {
    return options;
  }

  /**
   * Returns the names of the {@link JsonTreeCheck}s that run on raw JSON, sorted.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<String> jsonTreeCheckNames() {
    List<String> names = new ArrayList<>();
    for (JsonTreeCheck c : checks) {
      names.add(c.name());
    }
    return List.copyOf(names);
  }

  /**
   * Returns every built-in code with its default severity, in catalogue order ({@code core/RULES.md}).
   *
   * @return an unmodifiable map from code to default severity
   */
  public static Map<String, Severity> catalogue() {
    return Code.catalogue();
  }

  /**
   * Returns every built-in code with its severity under a profile, in catalogue order
   * ({@code core/RULES.md}).
   *
   * @param profile the profile; not null
   * @return an unmodifiable map from code to severity
   * @throws NullPointerException if {@code profile} is null
   */
  public static Map<String, Severity> catalogue(ValidationProfile profile) {
    return Code.catalogue(Objects.requireNonNull(profile, "profile"));
  }

  /**
   * Validates a letter built in code: Bean Validation constraints and rules. The findings have JSON
   * Pointers but no line or column; {@link JsonTreeCheck}s do not run (they need raw JSON).
   *
   * @param letter the letter; not null
   * @return the report, without source name
   * @throws NullPointerException if {@code letter} is null
   */
  public ValidationReport validate(ReplyLetter letter) {
    Objects.requireNonNull(letter, "letter");
    return ValidationReport.of(
        null, adjust(validateLetter(letter, true, null)), options.locale(), options.rules(), maxFindings());
  }

  /**
   * Validates UTF-8 JSON, parsing it once; input in another encoding is a reading problem.
   *
   * @param json the bytes; not null
   * @param sourceName the name for the report, such as a file name; null if none
   * @return the report; every finding has line and column when its pointer is in the text
   * @throws NullPointerException if {@code json} is null
   */
  public ValidationReport validate(byte[] json, String sourceName) {
    Objects.requireNonNull(json, "json");
    // One pass over the bytes binds the letter and records where each value starts; it builds the
    // tree too when a check needs one.
    LetterJson.Result read = checks.isEmpty() ? this.json.readLetter(json, true) : this.json.read(json);
    List<Finding> reader = read.findings();
    TreeChecks.Found tree = read.tree() == null ? null : treeChecks.run(read.tree(), json, read.positions(), this.json.support());
    List<Finding> letter = List.of();
    if (read.letter() != null) {
      letter = validateLetter(read.letter(), read.mayHoldInvisible(), read.blankTexts());
      if (!letter.isEmpty()) {
        letter = read.positions().locate(json, letter);
      }
    }
    List<Finding> merged = new ArrayList<>(reader);
    merged.addAll(letter);
    if (tree != null) {
      merged.addAll(tree.news(reader, letter));
    }
    return ValidationReport.of(sourceName, adjust(merged), options.locale(), messageSources, maxFindings());
  }

  /**
   * Validates a JSON string.
   *
   * @param json the JSON text; not null
   * @param sourceName the name for the report; null if none
   * @return the report
   * @throws NullPointerException if {@code json} is null
   */
  public ValidationReport validate(String json, String sourceName) {
    Objects.requireNonNull(json, "json");
    return validate(json.getBytes(StandardCharsets.UTF_8), sourceName);
  }

  /**
   * Validates a JSON file. A file that cannot be read (missing, unreadable, over the
   * {@linkplain ValidationOptions#readLimits() size limit}) gives a report with one error,
   * {@code RL-JSON-010} or {@code RL-JSON-009}, not an exception.
   *
   * @param file the file; not null
   * @return the report, named by the file's path
   * @throws NullPointerException if {@code file} is null
   */
  public ValidationReport validate(Path file) {
    Objects.requireNonNull(file, "file");
    String name = file.toString();
    // Read as a stream up to the limit: the size a file system reports is 0 for /dev/zero or a pipe.
    try (InputStream in = Files.newInputStream(file)) {
      return validate(json.support().readBounded(in, name), name);
    } catch (JsonInputException e) {
      return failure(name, e.findings().get(0));
    } catch (IOException | SecurityException e) {
      return failure(name, ioFailure(e));
    }
  }

  /**
   * Validates JSON read from a stream, which this method does not close, never reading more than
   * one byte past the {@linkplain ValidationOptions#readLimits() size limit}. A failing stream gives a
   * report with one error, {@code RL-JSON-010}, not an exception.
   *
   * @param in the stream; not null
   * @param sourceName the name for the report; null if none
   * @return the report
   * @throws NullPointerException if {@code in} is null
   */
  public ValidationReport validate(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    try {
      return validate(json.support().readBounded(in, sourceName), sourceName);
    } catch (JsonInputException e) {
      return failure(sourceName, e.findings().get(0));
    } catch (IOException e) {
      return failure(sourceName, ioFailure(e));
    }
  }

  private int maxFindings() {
    return options.readLimits().maxFindings();
  }

  private ValidationReport failure(String sourceName, Finding f) {
    return ValidationReport.of(sourceName, List.of(f), options.locale());
  }

  private static Finding ioFailure(Exception e) {
    String detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return Finding.builder()
        .code(JsonInputException.IO_ERROR)
        .severity(Severity.ERROR)
        .addArguments(detail)
        .build();
  }

  /**
   * Constraint and rule findings of a letter, merged, before options are applied. What the reader
   * saw of every string spares two steps: RL-TXT-001's rule is skipped without
   * {@code mayHoldInvisible} (no string holds a character it reports), and while {@code @NotBlank}
   * on text is the model's only constraint, the {@code blankTexts} the reader noted are the
   * constraint findings, without Hibernate. A letter built in code has no notes: true and null.
   */
  private List<Finding> validateLetter(ReplyLetter letter, boolean mayHoldInvisible, List<String> blankTexts) {
    List<Finding> fromRules = new ArrayList<>();
    RuleContext context = RuleContext.of(options.clock());
    for (LetterRule r : rules) {
      if (!mayHoldInvisible && BuiltInRules.findsOnlyInvisibleCharacters(r)) {
        continue;
      }
      try {
        List<Finding> found = r.check(letter, context);
        if (found != null) {
          fromRules.addAll(found);
        }
      } catch (RuntimeException e) {
        fromRules.add(TreeChecks.failed("rule " + r.getClass().getName() + r.codes(), e));
      }
    }
    // The reader has seen every text: Hibernate would find exactly the blank ones, so it is not even started.
    List<Finding> constraints =
        blankTexts != null && BeanValidation.ONLY_BLANK_TEXT_FAILS
            ? BlankTexts.findings(blankTexts)
            : BeanValidation.instance().validate(letter);
    List<Finding> all = new ArrayList<>(Merge.constraintsNotCoveredByRules(constraints, fromRules));
    all.addAll(fromRules);
    return all;
  }

  /** Applies the profile's severities, disabled codes and severity overrides; reading codes are exempt. */
  private List<Finding> adjust(List<Finding> findings) {
    ValidationProfile profile = options.profile();
    if (profile == ValidationProfile.ISSUED && options.disabledCodes().isEmpty() && options.severityOverrides().isEmpty()) {
      return findings;
    }
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      if (f.code().startsWith(READING_PREFIX)) {
        out.add(f);
        continue;
      }
      if (options.disabledCodes().contains(f.code())) {
        continue;
      }
      Severity s = options.severityOverrides().get(f.code());
      if (s == null && profile != ValidationProfile.ISSUED) {
        Code c = Code.of(f.code());
        if (c != null && c.severity(profile) != c.severity()) {
          s = c.severity(profile);
        }
      }
      out.add(s == null ? f : f.withSeverity(s));
    }
    return out;
  }
}
