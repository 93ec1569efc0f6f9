package org.replyletter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

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
}
