package org.replyletter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.replyletter.ReplyLetter;
import org.replyletter.json.JsonInputException;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.text.LetterRenderer;
import org.replyletter.text.RenderFormat;
import org.replyletter.diagnostics.Finding;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reply-letter render [--format text|markdown] FILE}: prints a letter JSON file as text. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Render a reply-letter JSON file in the official layout, as plain text or Markdown.",
      "Exit 0 rendered, 2 usage error or unreadable input (its located findings on standard error)."
    })
final class RenderCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|markdown",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  String format;

  @Parameters(paramLabel = "FILE", description = "The letter JSON file.")
  Path file;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    RenderFormat f;
    if (format.equals("text")) {
      f = RenderFormat.TEXT;
    } else if (format.equals("markdown")) {
      f = RenderFormat.MARKDOWN;
    } else {
      throw new CommandLine.ParameterException(cl, "--format must be text or markdown: " + format);
    }
    PrintWriter out = cl.getOut();
    PrintWriter err = cl.getErr();
    ReplyLetter letter;
    try {
      letter = ReplyLetterJson.defaults().read(file);
    } catch (JsonInputException e) {
      for (Finding x : e.findings()) {
        err.println(file + ":" + x.line().orElse(0) + ":" + x.column().orElse(0) + ": "
            + x.severity().code() + " " + x.code() + " " + x.message(Locale.SIMPLIFIED_CHINESE)
            + (x.path().isEmpty() ? "" : " (" + x.path() + ")"));
      }
      err.flush();
      return ReplyLetterCommand.USAGE;
    }
    out.print(LetterRenderer.of(f).render(letter));
    out.flush();
    return ReplyLetterCommand.OK;
  }
}
