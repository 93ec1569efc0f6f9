package org.replyletter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The top-level command: help, version and usage errors keep their documented exit codes. */
class ReplyLetterCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ReplyLetterCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void help_listsSubcommands_exits0() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString().contains("validate"), out.toString());
  }

  @Test
  void version_printsName_exits0() {
    assertEquals(0, run("--version"));
    assertTrue(out.toString().startsWith("reply-letter "), out.toString());
  }

  @Test
  void noSubcommand_isUsageError_exits2() {
    assertEquals(2, run());
    assertTrue(err.toString().contains("Missing subcommand"), err.toString());
  }

  @Test
  void unknownOption_isUsageError_exits2WithoutStackTrace() {
    assertEquals(2, run("--frobnicate"));
    assertFalse(err.toString().contains("\tat "), err.toString());
  }

  @Test
  void validateWithoutFiles_isUsageError_exits2() {
    assertEquals(2, run("validate"));
  }

  /** The table of subcommands names each by its own {@code @Command} name, in the help's order. */
  @Test
  void subcommandTable_matchesTheCommands() {
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, Class<?>> e : ReplyLetterCommand.SUBCOMMANDS.entrySet()) {
      assertEquals(e.getKey(), e.getValue().getAnnotation(CommandLine.Command.class).name());
      names.add(e.getKey());
    }
    assertEquals(List.of("help", "validate", "subsidy", "import", "render", "schema"), names);
    assertEquals(0, run("--help"));
    String help = out.toString();
    int at = help.indexOf("Commands:");
    assertTrue(at > 0, help);
    for (String n : names) {
      int next = help.indexOf("\n  " + n + " ", at);
      assertTrue(next > at, n + " listed in order in:\n" + help);
      at = next;
    }
  }

  /**
   * A plain {@code validate} runs without picocli, and a command line that starts with a subcommand
   * registers only that one; one that starts with an option goes through picocli with all the
   * subcommands. The output is the same either way ({@code --debug} changes no output here).
   */
  @Test
  void plainValidateAndOnlyTheNamedSubcommand_sameOutputAsPicocliWithAll() {
    String seed = ValidateCommandTest.SEED;
    List<List<String>> cases =
        List.of(
            List.of("validate", seed),
            List.of("validate", "--format", "json", seed, "no-such-file.json"),
            List.of("validate", "--format=json", "--lang=en", seed),
            List.of("validate", seed, "--lang", "en", "--format", "text", seed),
            List.of("validate", "--lang", "zh", "no-such-file.json"),
            List.of("validate", "--format", "json", "--format", "text", seed),
            List.of("validate", "--format=", seed),
            List.of("validate", "--lang", "EN", seed),
            List.of("validate", "--format"),
            List.of("validate", "--formats", "json", seed),
            List.of("validate", "-x", seed),
            List.of("validate", "@no-such-args-file", seed),
            List.of("validate", "--", seed),
            List.of("validate", "--help"),
            List.of("validate", "-V"),
            List.of("validate", "--frmat", "json", "x.json"),
            List.of("validate", "--format", "xml", "x.json"),
            List.of("validate"),
            List.of("validate", "no-such-file.json"),
            List.of("schema", "--list"),
            List.of("schema", "nosuch"),
            List.of("render", "--help"),
            List.of("import", "--help"),
            List.of("subsidy", "--help"));
    for (List<String> c : cases) {
      StringWriter out1 = new StringWriter();
      StringWriter err1 = new StringWriter();
      int exit1 = ReplyLetterCommand.run(c.toArray(String[]::new), new PrintWriter(out1, true), new PrintWriter(err1, true));
      List<String> all = new ArrayList<>(List.of("--debug"));
      all.addAll(c);
      StringWriter out2 = new StringWriter();
      StringWriter err2 = new StringWriter();
      int exit2 = ReplyLetterCommand.run(all.toArray(String[]::new), new PrintWriter(out2, true), new PrintWriter(err2, true));
      assertEquals(exit2, exit1, c::toString);
      assertEquals(out2.toString(), out1.toString(), c::toString);
      assertEquals(err2.toString(), err1.toString(), c::toString);
    }
  }

  /** Which command lines run without picocli. */
  @Test
  void runPlain_onlyForFilesAndValidFormatAndLang() {
    StringWriter sink = new StringWriter();
    PrintWriter w = new PrintWriter(sink);
    String seed = ValidateCommandTest.SEED;
    java.util.function.Supplier<java.io.InputStream> stdin = ValidateCommand.stdin;
    ValidateCommand.stdin = () -> new java.io.ByteArrayInputStream(new byte[0]);
    try {
      runPlainCases(w, seed);
    } finally {
      ValidateCommand.stdin = stdin;
    }
  }

  private static void runPlainCases(PrintWriter w, String seed) {
    for (List<String> plain :
        List.of(
            List.of("validate", seed),
            List.of("validate", "-"),
            List.of("validate", "--format", "json", "--lang=en", seed, seed))) {
      assertTrue(ValidateCommand.runPlain(plain.toArray(String[]::new), w, w) != null, plain::toString);
    }
    for (List<String> other :
        List.of(
            List.<String>of(),
            List.of("validate"),
            List.of("schema", seed),
            List.of("--debug", "validate", seed),
            List.of("validate", "--debug", seed),
            List.of("validate", "--format", "JSON", seed),
            List.of("validate", "--lang", "en", "--lang", "en", seed),
            List.of("validate", "--format"),
            List.of("validate", "--", seed),
            List.of("validate", "", seed),
            List.of("validate", "@args", seed),
            List.of("validate", "-h"))) {
      assertEquals(null, ValidateCommand.runPlain(other.toArray(String[]::new), w, w), other::toString);
    }
  }
}
