package org.replyletter.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.replyletter.docx.DocxImporter;
import org.replyletter.html.HtmlImporter;
import org.replyletter.json.JsonOutputException;
import org.replyletter.layout.DocumentImporter;
import org.replyletter.layout.DocumentLimits;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.text.ImportOptions;
import org.replyletter.text.ImportReport;
import org.replyletter.text.ImportResult;
import org.replyletter.text.LetterImporter;
import org.replyletter.text.LetterPart;
import org.replyletter.text.PlacedLine;
import org.replyletter.text.TextInputException;
import org.replyletter.text.TextNormalisation;
import org.replyletter.text.UnplacedLine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code reply-letter import [--format json|text] [--charset UTF-8|GB18030] [--input-format
 * auto|text|docx|html] FILE}: imports a letter from plain text, a Word document or an HTML page;
 * the letter JSON goes to standard output, the import report to standard error.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import a reply letter from plain text, a Word document (.docx) or an HTML page. Writes the letter "
          + "JSON to standard output and the import report (placed and unplaced lines, normalisations) to "
          + "standard error. For .docx and HTML, the report's lines are those of the document's text in "
          + "reading order (one line per paragraph).",
      "Exit 0 imported, 1 nothing recognisable (no JSON written), 2 usage error, I/O error or bytes "
          + "invalid in the charset."
    })
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "json|text",
      description = "Format of the import report on standard error (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--charset",
      defaultValue = "UTF-8",
      paramLabel = "CHARSET",
      description = "Charset of the text file, e.g. UTF-8 or GB18030 (default: ${DEFAULT-VALUE}).")
  String charset;

  @Option(
      names = "--input-format",
      defaultValue = "auto",
      paramLabel = "auto|text|docx|html",
      description = "Format of FILE (default: ${DEFAULT-VALUE}: told from its content; the charset "
          + "applies to text only).")
  String inputFormat;

  @Parameters(paramLabel = "FILE", description = "The file to import: text, .docx or HTML.")
  Path file;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    if (!format.equals("json") && !format.equals("text")) {
      throw new CommandLine.ParameterException(cl, "--format must be json or text: " + format);
    }
    Charset cs;
    try {
      cs = Charset.forName(charset);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, "unknown charset: " + charset);
    }
    if (!List.of("auto", "text", "docx", "html").contains(inputFormat)) {
      throw new CommandLine.ParameterException(cl, "--input-format must be auto, text, docx or html: " + inputFormat);
    }
    PrintWriter out = cl.getOut();
    PrintWriter err = cl.getErr();
    ImportResult result;
    try {
      ImportOptions options = ImportOptions.builder().charset(cs).build();
      String kind = inputFormat.equals("auto") ? InputFormats.detect(file) : inputFormat;
      DocumentImporter document = kind.equals("docx") ? DocxImporter.of(options, DocumentLimits.defaults())
          : kind.equals("html") ? HtmlImporter.of(options, DocumentLimits.defaults()) : null;
      result = document != null ? document.importFile(file) : LetterImporter.of(options).importFile(file);
    } catch (TextInputException e) {
      err.println("reply-letter import: " + e.getMessage());
      err.flush();
      return ReplyLetterCommand.USAGE;
    }
    int exit = result.report().isRecognisable() ? ReplyLetterCommand.OK : ReplyLetterCommand.INVALID;
    if (result.report().isRecognisable()) {
      try {
        out.print(ReplyLetterJson.defaults().writeString(result.letter()));
        out.flush();
      } catch (JsonOutputException e) {
        // A letter whose JSON the reader would refuse is not written; the report still is.
        err.println("reply-letter import: " + e.finding().message(Locale.ENGLISH));
        exit = ReplyLetterCommand.USAGE;
      }
    }
    err.print(format.equals("json") ? reportJson(file.toString(), result.report()) : reportText(file.toString(), result.report()));
    err.flush();
    return exit;
  }

  static String id(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The report for people: one line per fact, Chinese part names with their ids. */
  static String reportText(String source, ImportReport r) {
    StringBuilder b = new StringBuilder();
    b.append("import report: ").append(source).append('\n');
    b.append("  non-blank lines: ").append(r.nonBlankLines())
        .append("; characters placed: ").append(r.charactersPlaced())
        .append(", unplaced: ").append(r.charactersUnplaced()).append('\n');
    if (!r.isRecognisable()) {
      b.append("  nothing recognisable as a reply letter\n");
    }
    StringBuilder parts = new StringBuilder();
    for (LetterPart p : r.recognisedParts()) {
      parts.append(parts.length() == 0 ? "" : ", ").append(p.label()).append(" (").append(id(p)).append(')');
    }
    b.append("  recognised: ").append(parts.length() == 0 ? "-" : parts).append('\n');
    for (TextNormalisation n : r.normalisations()) {
      b.append("  line ").append(n.line()).append(": normalised ").append(id(n.kind())).append(": ")
          .append(n.original()).append(" -> ").append(n.normalised()).append('\n');
    }
    for (UnplacedLine u : r.unplacedLines()) {
      b.append("  line ").append(u.line()).append(": unplaced: ").append(u.text()).append('\n');
    }
    return b.toString();
  }

  /** The report for programs: a JSON object with fixed member order. */
  static String reportJson(String source, ImportReport r) {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode root = mapper.createObjectNode();
    root.put("source", source);
    root.put("recognisable", r.isRecognisable());
    root.put("nonBlankLines", r.nonBlankLines());
    root.put("charactersPlaced", r.charactersPlaced());
    root.put("charactersUnplaced", r.charactersUnplaced());
    ArrayNode parts = root.putArray("recognisedParts");
    r.recognisedParts().forEach(p -> parts.add(id(p)));
    ArrayNode placed = root.putArray("placedLines");
    for (PlacedLine p : r.placedLines()) {
      placed.addObject().put("line", p.line()).put("part", id(p.part()));
    }
    ArrayNode norms = root.putArray("normalisations");
    for (TextNormalisation n : r.normalisations()) {
      norms.addObject()
          .put("line", n.line())
          .put("kind", id(n.kind()))
          .put("original", n.original())
          .put("normalised", n.normalised());
    }
    ArrayNode unplaced = root.putArray("unplacedLines");
    for (UnplacedLine u : r.unplacedLines()) {
      unplaced.addObject().put("line", u.line()).put("text", u.text());
    }
    return new String(mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root), StandardCharsets.UTF_8) + "\n";
  }
}
