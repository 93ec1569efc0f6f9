package org.replyletter.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code reply-letter} command: {@code java -jar reply-letter.jar <subcommand> ...}.
 *
 * <p>Exit codes, for every subcommand: 0 success, 1 the input has errors (or, for {@code subsidy},
 * a claim is not eligible), 2 usage or I/O problem. No Java stack trace is printed for bad input.
 */
@Command(
    name = "reply-letter",
    mixinStandardHelpOptions = true,
    versionProvider = ReplyLetterCommand.Version.class,
    description = "Read, validate and work with official replies to proposals and suggestions (提案/建议答复函).",
    subcommands = {
      CommandLine.HelpCommand.class,
      ValidateCommand.class,
    })
public final class ReplyLetterCommand implements Runnable {
  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: the input has errors. */
  public static final int INVALID = 1;
  /** Exit code: usage or I/O problem. */
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given output streams; returns the exit code. For tests and embedding. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new ReplyLetterCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> USAGE);
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          // Bad input never reaches here as an exception; this is a bug, reported without a stack trace.
          commandLine.getErr().println("reply-letter: internal error: " + e);
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
