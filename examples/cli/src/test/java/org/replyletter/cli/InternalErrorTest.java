package org.replyletter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the tool fails itself (an {@link Error} or a {@link RuntimeException} escapes a command), it
 * exits 2 with one line on standard error, never 1 (the input has errors) and never a stack trace
 * unless {@code --debug} asks for one. The failure is injected through {@link ValidateCommand#stdin},
 * read by {@code validate -}.
 */
class InternalErrorTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final Supplier<InputStream> realStdin = ValidateCommand.stdin;

  @AfterEach
  void restoreStdin() {
    ValidateCommand.stdin = realStdin;
  }

  private int run(Throwable failure, String... args) {
    ValidateCommand.stdin = () -> {
      throw sneaky(failure);
    };
    return ReplyLetterCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
    throw (T) t;
  }

  /** Exit 2, nothing on standard output, one line on standard error, starting {@code start}, no trace. */
  private static void assertOneLine(int exit, String out, String err, String start) {
    assertEquals(2, exit, err);
    assertEquals("", out);
    assertEquals(1, err.lines().count(), err);
    assertTrue(err.startsWith(start), err);
    assertTrue(err.contains("--debug"), err);
    assertFalse(err.contains("\tat "), err);
  }

  @Test
  void outOfMemory_plainValidate_exit2OneLineWithHeapHint() {
    int exit = run(new OutOfMemoryError("Java heap space"), "validate", "-");
    assertOneLine(exit, out.toString(), err.toString(),
        "reply-letter: internal error: out of memory (Java heap space); give Java more heap, e.g. java -Xmx1g");
  }

  @Test
  void stackOverflow_validateThroughPicocli_exit2OneLine() {
    // "--" makes picocli parse the command line (ValidateCommand.runPlain takes plain ones only).
    int exit = run(new StackOverflowError(), "validate", "--", "-");
    assertOneLine(exit, out.toString(), err.toString(), "reply-letter: internal error: stack overflow; ");
  }

  @Test
  void runtimeException_bothPaths_exit2OneLine() {
    for (List<String> args : List.of(List.of("validate", "-"), List.of("validate", "--", "-"))) {
      out.getBuffer().setLength(0);
      err.getBuffer().setLength(0);
      int exit = run(new IllegalStateException("bug\nsecond line"), args.toArray(String[]::new));
      assertOneLine(exit, out.toString(), err.toString(),
          "reply-letter: internal error: java.lang.IllegalStateException: bug second line; report it");
    }
  }

  @Test
  void debug_printsTheStackTraceAfterTheLine() {
    int exit = run(new OutOfMemoryError("Java heap space"), "--debug", "validate", "-");
    assertEquals(2, exit);
    String first = err.toString().lines().findFirst().orElseThrow();
    assertTrue(first.startsWith("reply-letter: internal error: out of memory"), first);
    assertFalse(first.contains("--debug"), first);
    assertTrue(err.toString().contains("\tat org.replyletter.cli."), err::toString);
  }

  /** {@link ReplyLetterCommand#main}'s body: the same line, in UTF-8, on the process's standard error. */
  @Test
  void exec_errorInTheCommand_exit2OneLineOnStandardError() {
    ValidateCommand.stdin = () -> {
      throw new OutOfMemoryError("Java heap space");
    };
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int exit = ReplyLetterCommand.exec(new String[] {"validate", "-"}, stdout, stderr);
    assertOneLine(exit, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8),
        "reply-letter: internal error: out of memory");
  }

  /** An error thrown by the process's own output stream, outside any command, ends the same way. */
  @Test
  void exec_errorFromStandardOutput_exit2OneLine() {
    java.io.OutputStream failing = new java.io.OutputStream() {
      @Override
      public void write(int b) {
        throw new OutOfMemoryError("Java heap space");
      }
    };
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int exit = ReplyLetterCommand.exec(new String[] {"--version"}, failing, stderr);
    assertOneLine(exit, "", stderr.toString(StandardCharsets.UTF_8), "reply-letter: internal error: out of memory");
  }

  /**
   * A fresh JVM with a 12 MB heap really runs out of memory validating a 3.6 MB letter (4 paragraphs
   * of 900 000 characters, within every read limit, even a document limit of 4 MiB): exit 2, one line,
   * no stack frame. (With that heap the seed letter validates.)
   */
  @Test
  void realOutOfMemory_freshJvm_exit2OneLine(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.json");
    String seed = Files.readString(Path.of(ValidateCommandTest.SEED));
    int at = seed.indexOf("\"paragraphs\": [") + "\"paragraphs\": [".length();
    String paragraph = "\"" + "x".repeat(900_000) + "\",";
    Files.writeString(big, seed.substring(0, at) + paragraph.repeat(4) + seed.substring(at));
    Subprocess p = Subprocess.java(List.of("-Xmx12m"), List.of("validate", big.toString()));
    assertOneLine(p.exit(), p.out(), p.err(), "reply-letter: internal error: out of memory");
    assertFalse(p.err().contains("at org."), p::err);
  }
}
