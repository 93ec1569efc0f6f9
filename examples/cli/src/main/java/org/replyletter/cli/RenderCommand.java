package org.replyletter.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.replyletter.ReplyLetter;
import org.replyletter.docx.DocxRenderer;
import org.replyletter.html.HtmlRenderer;
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

/**
 * {@code reply-letter render [--format text|markdown|html|docx] [-o FILE] FILE}: renders a letter
 * JSON file as text, Markdown, an HTML page or a Word document; text formats go to standard output
 * unless {@code -o} names a file, a Word document only ever to a file.
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Render a reply-letter JSON file in the official layout (GB/T 9704-2012): plain text, Markdown, "
          + "one HTML page or a Word document (.docx, written only to a file given with -o).",
      "Exit 0 rendered, 2 usage error, unreadable input (its located findings on standard error) or "
          + "output file not writable."
    })
final class RenderCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|markdown|html|docx",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to this file instead of standard output (required for docx).")
  Path output;

  @Parameters(paramLabel = "FILE", description = "The letter JSON file.")
  Path file;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    RenderFormat f = null;
    switch (format) {
      case "text":
        f = RenderFormat.TEXT;
        break;
      case "markdown":
        f = RenderFormat.MARKDOWN;
        break;
      case "html":
        break;
      case "docx":
        if (output == null) {
          throw new CommandLine.ParameterException(
              cl, "--format docx writes a binary file: name it with -o FILE (it is never written to the terminal)");
        }
        break;
      default:
        throw new CommandLine.ParameterException(cl, "--format must be text, markdown, html or docx: " + format);
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
    if (format.equals("docx")) {
      try (OutputStream o = Files.newOutputStream(output)) {
        DocxRenderer.defaults().render(letter, o);
      } catch (IOException | java.io.UncheckedIOException e) {
        err.println("reply-letter render: cannot write " + output + ": " + e.getMessage());
        err.flush();
        return ReplyLetterCommand.USAGE;
      }
      return ReplyLetterCommand.OK;
    }
    String rendered = f == null ? HtmlRenderer.defaults().render(letter) : LetterRenderer.of(f).render(letter);
    if (output != null) {
      try {
        Files.writeString(output, rendered, StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("reply-letter render: cannot write " + output + ": " + e.getMessage());
        err.flush();
        return ReplyLetterCommand.USAGE;
      }
      return ReplyLetterCommand.OK;
    }
    out.print(rendered);
    out.flush();
    return ReplyLetterCommand.OK;
  }
}
