package org.replyletter.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
 */
@Command(
    name = "reply-letter",
    mixinStandardHelpOptions = true,
    versionProvider = ReplyLetterCommand.Version.class,
    description = "Read, validate and work with official replies to proposals and suggestions (提案/建议答复函).",
    subcommands = {
      CommandLine.HelpCommand.class,
      ValidateCommand.class,
      SubsidyCommand.class,
      ImportCommand.class, RenderCommand.class,
      SchemaCommand.class,
    })
public final class ReplyLetterCommand implements Runnable {
  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: the input has errors. */
  public static final int INVALID = 1;
  /** Exit code: usage or I/O problem. */
  public static final int USAGE = 2;

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
    CommandLine cl = new CommandLine(new ReplyLetterCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> USAGE);
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          // Bad input never reaches here as an exception: this is a bug. Stack trace only on request.
          commandLine.getErr().println("reply-letter: internal error: " + e);
          boolean debug =
              parseResult.asCommandLineList().stream()
                  .anyMatch(c -> c.getParseResult() != null && c.getParseResult().hasMatchedOption("--debug"));
          if (debug) {
            e.printStackTrace(commandLine.getErr());
          } else {
            commandLine.getErr().println("Run again with --debug for details, and report it.");
          }
          return USAGE;
        });
    cl.setParameterExceptionHandler(
        (e, args1) -> {
          CommandLine c = e.getCommandLine();
          c.getErr().println("reply-letter: " + e.getMessage());
          c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
          return USAGE;
        });
    return cl.execute(args);
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
