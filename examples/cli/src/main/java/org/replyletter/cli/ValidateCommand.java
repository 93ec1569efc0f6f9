package org.replyletter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.replyletter.json.JsonInputException;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.validation.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reply-letter validate FILE...}: reads each letter strictly and reports its problems. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Validate reply-letter JSON files. Exit 0 when no file has an error, 1 when any has, 2 for usage or I/O problems.")
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSON files to validate.")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int exit = ReplyLetterCommand.OK;
    for (Path file : files) {
      try {
        ReplyLetterJson.defaults().read(file);
        out.println(file + ": valid");
      } catch (JsonInputException e) {
        for (Finding f : e.findings()) {
          out.println(file + ":" + f.line().orElse(0) + ":" + f.column().orElse(0) + ": "
              + f.severity().code() + " " + f.code() + " " + f.message(Locale.SIMPLIFIED_CHINESE)
              + (f.path().isEmpty() ? "" : " (" + f.path() + ")"));
        }
        exit = Math.max(exit, e.isIoFailure() ? ReplyLetterCommand.USAGE : ReplyLetterCommand.INVALID);
      }
    }
    return exit;
  }
}
