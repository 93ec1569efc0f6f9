package org.replyletter.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.replyletter.json.JsonInputException;
import org.replyletter.validation.LetterValidator;
import org.replyletter.validation.ValidationReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reply-letter validate [--format text|json] [--lang zh|en] FILE...}: validates each letter
 * with {@link LetterValidator} and prints every finding.
 *
 * <p>Exit 0 when no file has an error, 1 when any has, 2 for a usage problem or a file that cannot
 * be read (it is still reported, and the other files are still validated). {@code -} reads standard
 * input. Output formats: see {@link ReportFormat}.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validate reply-letter JSON files: reading problems, constraints and completeness rules, all at once.",
      "Exit 0 when no file has an error, 1 when any has, 2 for usage or I/O problems.",
      "Text output: one line per finding, FILE:LINE:COLUMN: SEVERITY CODE MESSAGE (PATH), and a summary per file."
    })
final class ValidateCommand implements Callable<Integer> {
  /** Where {@code -} reads from; replaced by tests. */
  static volatile Supplier<InputStream> stdin = () -> System.in;

  /**
   * Hibernate Validator announces its version on java.util.logging at INFO; a command line prints
   * only its results. Held here because java.util.logging keeps loggers weakly.
   */
  private static final java.util.logging.Logger QUIET_HIBERNATE = quiet("org.hibernate.validator");

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    if (logger.getLevel() == null) {
      logger.setLevel(java.util.logging.Level.WARNING);
    }
    return logger;
  }

  /** The name a report gives standard input. */
  static final String STDIN_NAME = "<stdin>";

  /** Output formats. */
  enum Format {
    TEXT,
    JSON
  }

  /** Message languages. */
  enum Lang {
    ZH(Locale.SIMPLIFIED_CHINESE),
    EN(Locale.ENGLISH);

    final Locale locale;

    Lang(Locale locale) {
      this.locale = locale;
    }
  }

  /** Reads an enum constant from its lower-case name, e.g. {@code json}. */
  static final class LowerCase<E extends Enum<E>> implements CommandLine.ITypeConverter<E> {
    private final Class<E> type;

    LowerCase(Class<E> type) {
      this.type = type;
    }

    @Override
    public E convert(String value) {
      for (E e : type.getEnumConstants()) {
        if (e.name().toLowerCase(Locale.ROOT).equals(value)) {
          return e;
        }
      }
      List<String> allowed = new ArrayList<>();
      for (E e : type.getEnumConstants()) {
        allowed.add(e.name().toLowerCase(Locale.ROOT));
      }
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not one of " + String.join(", ", allowed));
    }
  }

  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return new LowerCase<>(Format.class).convert(value);
    }
  }

  static final class LangConverter implements CommandLine.ITypeConverter<Lang> {
    @Override
    public Lang convert(String value) {
      return new LowerCase<>(Lang.class).convert(value);
    }
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      converter = FormatConverter.class,
      description = "Output format: text (default) or json.")
  Format format;

  @Option(
      names = "--lang",
      paramLabel = "zh|en",
      defaultValue = "zh",
      converter = LangConverter.class,
      description = "Language of the messages: zh (default) or en.")
  Lang lang;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSON files to validate; - reads standard input.")
  List<String> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    LetterValidator validator = LetterValidator.defaults();
    List<ValidationReport> reports = new ArrayList<>(files.size());
    int exit = ReplyLetterCommand.OK;
    for (String file : files) {
      ValidationReport r =
          file.equals("-") ? validator.validate(stdin.get(), STDIN_NAME) : validator.validate(Path.of(file));
      reports.add(r);
      exit = Math.max(exit, exitCode(r));
    }
    if (format == Format.JSON) {
      ReportFormat.json(reports, lang.locale, out);
    } else {
      ReportFormat.text(reports, lang.locale, out);
    }
    out.flush();
    return exit;
  }

  /** 2 when the file could not be read at all, 1 when it has an error, else 0. */
  static int exitCode(ValidationReport r) {
    if (r.has(JsonInputException.IO_ERROR)) {
      return ReplyLetterCommand.USAGE;
    }
    return r.isValid() ? ReplyLetterCommand.OK : ReplyLetterCommand.INVALID;
  }
}
