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
import org.replyletter.validation.ValidationOptions;
import org.replyletter.validation.ValidationProfile;
import org.replyletter.validation.ValidationReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reply-letter validate [--format text|json] [--lang zh|en] [--profile issued|published]
 * FILE...}: validates each letter with {@link LetterValidator} and prints every finding.
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
  static volatile Supplier<InputStream> stdin = StandardInput::open;

  /**
   * Hibernate Validator announces its version on java.util.logging at INFO; a command line prints
   * only its results. Held here because java.util.logging keeps loggers weakly.
   */
  private static final java.util.logging.Logger QUIET_HIBERNATE = quiet("org.hibernate.validator");

  /** Sets a java.util.logging logger to WARNING unless configured; returns it, to be held. */
  static java.util.logging.Logger quiet(String name) {
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

  static final class ProfileConverter implements CommandLine.ITypeConverter<ValidationProfile> {
    @Override
    public ValidationProfile convert(String value) {
      return new LowerCase<>(ValidationProfile.class).convert(value);
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

  @Option(
      names = "--profile",
      paramLabel = "issued|published",
      defaultValue = "issued",
      converter = ProfileConverter.class,
      description = {
        "What the letters are: issued (default), the official document with its 文号, signer and",
        "disclosure; or published, a portal's web edition without 版头/版记, whose absence is then info."
      })
  ValidationProfile profile = ValidationProfile.ISSUED;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSON files to validate; - reads standard input.")
  List<String> files;

  @Override
  public Integer call() {
    return validate(spec.commandLine().getOut());
  }

  /**
   * Runs {@code reply-letter validate ...} without picocli when the arguments are plain: files, and
   * at most one valid {@code --format} and one valid {@code --lang}, in either form ({@code --format
   * json}, {@code --format=json}). That is what a cold start mostly runs, and picocli's reflection over
   * the commands is a large part of a cold start. Anything else (help, version, {@code --debug},
   * {@code --}, an {@code @file}, any other option, a bad or repeated value, no file, a
   * {@code picocli.*} system property) returns null: picocli then runs the command as always, with
   * its messages. The output is the same either way ({@code ReplyLetterCommandTest} compares).
   *
   * @return the exit code, or null if the arguments are not plain
   */
  static Integer runPlain(String[] args, PrintWriter out, PrintWriter err) {
    if (args.length < 2 || !args[0].equals("validate") || picocliConfigured()) {
      return null;
    }
    ValidateCommand c = new ValidateCommand();
    c.files = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      String name = a.startsWith("--format") ? "--format" : a.startsWith("--lang") ? "--lang" : null;
      if (name != null) {
        String value;
        if (a.length() == name.length()) {
          if (++i == args.length) {
            return null;
          }
          value = args[i];
        } else if (a.charAt(name.length()) == '=') {
          value = a.substring(name.length() + 1);
        } else {
          return null;
        }
        if (name.equals("--format") && c.format == null) {
          c.format = value.equals("text") ? Format.TEXT : value.equals("json") ? Format.JSON : null;
          if (c.format == null) {
            return null;
          }
        } else if (name.equals("--lang") && c.lang == null) {
          c.lang = value.equals("zh") ? Lang.ZH : value.equals("en") ? Lang.EN : null;
          if (c.lang == null) {
            return null;
          }
        } else {
          return null; // repeated
        }
      } else if (a.equals("-") || !(a.isEmpty() || a.startsWith("-") || a.startsWith("@"))) {
        c.files.add(a);
      } else {
        return null;
      }
    }
    if (c.files.isEmpty()) {
      return null;
    }
    if (c.format == null) {
      c.format = Format.TEXT;
    }
    if (c.lang == null) {
      c.lang = Lang.ZH;
    }
    try {
      return c.validate(out);
    } catch (RuntimeException | Error e) {
      // As ReplyLetterCommand#run does for picocli's execution; never --debug here.
      return ReplyLetterCommand.internalError(e, err, false);
    }
  }

  /** True if a {@code picocli.*} system property (tracing, parser options) is set. */
  private static boolean picocliConfigured() {
    for (String key : System.getProperties().stringPropertyNames()) {
      if (key.startsWith("picocli.")) {
        return true;
      }
    }
    return false;
  }

  /** Validates the files and prints each report as soon as it is ready; returns the exit code. */
  int validate(PrintWriter out) {
    LetterValidator validator =
        profile == ValidationProfile.ISSUED
            ? LetterValidator.defaults()
            : LetterValidator.of(ValidationOptions.builder().profile(profile).build());
    // Made once the first report is ready: ColdStart times the report from ReportFormat's first load.
    ReportFormat printer = null;
    int exit = ReplyLetterCommand.OK;
    for (String file : files) {
      ValidationReport r =
          file.equals("-") ? validator.validate(stdin.get(), STDIN_NAME) : validator.validate(Path.of(file));
      if (printer == null) {
        printer = ReportFormat.of(format, lang.locale, out);
      }
      printer.print(r);
      exit = Math.max(exit, exitCode(r));
    }
    if (printer != null) {
      printer.end();
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
