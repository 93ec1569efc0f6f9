package org.replyletter.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
 * a claim is not eligible), 2 usage or I/O problem. No Java stack trace is printed for bad input;
 * {@code --debug} prints one for an internal error. Output is UTF-8 whatever the platform's locale.
 *
 * <p>Start-up, which matters for a command line: a plain {@code validate} (files and valid
 * {@code --format}/{@code --lang}, the common case) runs without picocli
 * ({@link ValidateCommand#runPlain}), since picocli builds the model of every registered command by
 * reflection before it parses. Otherwise a command line that names a subcommand first registers only
 * that one ({@link #SUBCOMMANDS}), and any other registers all. {@code validate} also starts its
 * one-off set-up on two other threads while the main thread parses and reads ({@link Warmup}).
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
  /** Exit code: usage or I/O problem. */
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
    if (args.length > 0 && args[0].equals("validate")) {
      Warmup.forValidate();
    }
    // UTF-8 always: letters are Chinese, and `schema > file` must write UTF-8 on any locale.
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int exit = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(exit);
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
        (e, commandLine, parseResult) ->
            internalError(
                e,
                commandLine.getErr(),
                parseResult.asCommandLineList().stream()
                    .anyMatch(c -> c.getParseResult() != null && c.getParseResult().hasMatchedOption("--debug"))));
    cl.setParameterExceptionHandler(
        (e, args1) -> {
          CommandLine c = e.getCommandLine();
          c.getErr().println("reply-letter: " + e.getMessage());
          c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
          return USAGE;
        });
    return cl.execute(args);
  }

  /**
   * Reports an exception from a command: bad input never reaches here as an exception, so this is a
   * bug. A stack trace only on request ({@code --debug}).
   *
   * @return the exit code, {@link #USAGE}
   */
  static int internalError(Exception e, PrintWriter err, boolean debug) {
    err.println("reply-letter: internal error: " + e);
    if (debug) {
      e.printStackTrace(err);
    } else {
      err.println("Run again with --debug for details, and report it.");
    }
    return USAGE;
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
