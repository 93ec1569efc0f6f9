package org.replyletter.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.replyletter.jsonschema.ReplyLetterSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reply-letter schema [NAME]}: prints a published JSON Schema (the reply letter's unless a
 * name is given), exactly as shipped, for tools in other languages; {@code --list} prints the names.
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Print a published JSON Schema (draft 2020-12), exactly as shipped in the library.",
      "Exit 0 on success, 2 for an unknown name."
    })
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "NAME",
      defaultValue = ReplyLetterSchema.REPLY_LETTER,
      description = "The schema to print (default: ${DEFAULT-VALUE}); see --list.")
  String name;

  @Option(names = "--list", description = "List the schema names and their $id, one per line.")
  boolean list;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (list) {
      for (String n : ReplyLetterSchema.names()) {
        out.println(n + "\t" + ReplyLetterSchema.named(n).id());
      }
      out.flush();
      return ReplyLetterCommand.OK;
    }
    if (!ReplyLetterSchema.names().contains(name)) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("reply-letter: no schema named '" + name + "'; known: " + String.join(", ", ReplyLetterSchema.names()));
      err.flush();
      return ReplyLetterCommand.USAGE;
    }
    out.print(ReplyLetterSchema.named(name).text());
    out.flush();
    return ReplyLetterCommand.OK;
  }
}
