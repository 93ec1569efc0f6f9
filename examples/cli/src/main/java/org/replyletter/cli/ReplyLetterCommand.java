package org.replyletter.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code reply-letter} command: {@code java -jar reply-letter.jar <subcommand> ...}.
 *
 * <p>Exit codes, for every subcommand: 0 success, 1 the input has errors (or, for {@code subsidy},
 * a claim is not eligible), 2 usage or I/O problem, or the tool's own failure (out of memory, a bug):
 * one line on standard error ({@link #internalError}). No Java stack trace is printed unless
 * {@code --debug} asks for one, for an internal error. Output is UTF-8 whatever the platform's locale.
 *
 * <p>Start-up, which matters for a command line: a plain {@code validate} (files and valid
 * {@code --format}/{@code --lang}, the common case) runs without picocli
 * ({@link ValidateCommand#runPlain}), since picocli builds the model of every registered command by
 * reflection before it parses. Otherwise a command line that names a subcommand first registers only
 * that one ({@link #SUBCOMMANDS}), and any other registers all. {@code validate} also compiles the
 * JSON Schema on another thread while the main thread parses and reads ({@link Warmup}).
 */
@Command(
    name = "reply-letter",
    mixinStandardHelpOptions = true,
    versionProvider = ReplyLetterCommand.Version.class,
    description = "Read, validate and work with official replies to proposals and suggestions (提案/建议答复函).")
public final class ReplyLetterCommand implements Runnable {
  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: the input has errors. */
  public static final int INVALID = 1;
  /** Exit code: usage or I/O problem, or the tool's own failure. */
  public static final int USAGE = 2;

  /**
   * The subcommands by name, in the order the help lists them. Registered in {@link #run} rather than
   * with {@code @Command(subcommands = ...)}, which would build all their models on every run.
   */
  static final Map<String, Class<?>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("help", CommandLine.HelpCommand.class);
    SUBCOMMANDS.put("validate", ValidateCommand.class);
    SUBCOMMANDS.put("subsidy", SubsidyCommand.class);
    SUBCOMMANDS.put("import", ImportCommand.class);
    SUBCOMMANDS.put("render", RenderCommand.class);
    SUBCOMMANDS.put("schema", SchemaCommand.class);
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print a Java stack trace if the tool itself fails (never needed for bad input).")
  boolean debug;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(exec(args, System.out, System.err));
  }

  /**
   * {@link #main} but for the exit: runs the command line on the process's streams. Whatever the tool
   * throws, an {@link Error} too, ends here at the latest as one line on standard error and
   * {@link #USAGE}, never as a stack trace and exit 1 (which would say the input has errors).
   */
  static int exec(String[] args, OutputStream stdout, OutputStream stderr) {
    // UTF-8 always: letters are Chinese, and `schema > file` must write UTF-8 on any locale.
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    try {
      if (args.length > 0 && args[0].equals("validate")) {
        Warmup.forValidate();
      }
      PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
      int exit = run(args, out, err);
      out.flush();
      return exit;
    } catch (Throwable e) {
      return internalError(e, err, Arrays.asList(args).contains("--debug"));
    } finally {
      err.flush();
    }
  }

  /** Runs the command line with the given output streams; returns the exit code. For tests and embedding. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    Integer plain = ValidateCommand.runPlain(args, out, err);
    if (plain != null) {
      return plain;
    }
    CommandLine cl = new CommandLine(new ReplyLetterCommand());
    // The subcommand named first is the one that runs, whatever follows; "help" needs the others.
    String only = args.length > 0 && !args[0].equals("help") && SUBCOMMANDS.containsKey(args[0]) ? args[0] : null;
    for (Map.Entry<String, Class<?>> e : SUBCOMMANDS.entrySet()) {
      if (only == null || only.equals(e.getKey())) {
        cl.addSubcommand(e.getValue());
      }
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> USAGE);
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> internalError(e, commandLine.getErr(), debug(parseResult)));
    cl.setParameterExceptionHandler(
        (e, args1) -> {
          CommandLine c = e.getCommandLine();
          c.getErr().println("reply-letter: " + e.getMessage());
          c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
          return USAGE;
        });
    try {
      return cl.execute(args);
    } catch (Throwable e) {
      // Errors (out of memory, stack overflow) pass picocli's handler, which takes exceptions only.
      return internalError(e, err, debug(cl.getParseResult()));
    }
  }

  /** True if {@code --debug} was given, on the top-level command or a subcommand. */
  private static boolean debug(CommandLine.ParseResult parseResult) {
    return parseResult != null
        && parseResult.asCommandLineList().stream()
            .anyMatch(c -> c.getParseResult() != null && c.getParseResult().hasMatchedOption("--debug"));
  }

  /**
   * Reports a failure of the tool itself: bad input never reaches here as an exception, so this is a
   * bug, or the machine's limits (out of memory, stack overflow). One line on standard error; a stack
   * trace only on request ({@code --debug}).
   *
   * @return the exit code, {@link #USAGE}
   */
  static int internalError(Throwable e, PrintWriter err, boolean debug) {
    err.println(internalErrorLine(e, debug));
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return USAGE;
  }

  /** The line {@link #internalError} prints: what failed, and what to do. */
  static String internalErrorLine(Throwable e, boolean debug) {
    String what;
    String advice;
    if (e instanceof OutOfMemoryError) {
      what = "out of memory" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
      advice = "give Java more heap, e.g. java -Xmx1g -jar reply-letter.jar ...";
    } else if (e instanceof StackOverflowError) {
      what = "stack overflow";
      advice = "give Java a larger stack, e.g. java -Xss8m -jar reply-letter.jar ..., and report it";
    } else {
      what = e.toString();
      advice = "report it";
    }
    String line = "reply-letter: internal error: " + what + "; " + advice
        + (debug ? "" : "; run again with --debug for details");
    // One line, whatever the message holds.
    return line.replace('\n', ' ').replace('\r', ' ');
  }

  /** The version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = ReplyLetterCommand.class.getPackage().getImplementationVersion();
      return new String[] {"reply-letter " + (v == null ? "(development build)" : v)};
    }
  }
}
