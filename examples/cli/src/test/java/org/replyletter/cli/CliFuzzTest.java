package org.replyletter.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Coverage-guided fuzzing of the commands that read a file: the fuzzer's bytes, written to a file, go
 * to {@code validate} (text and JSON), {@code render}, {@code import} and {@code subsidy}. Each exits
 * 0, 1 or 2, never fails itself ({@code reply-letter: internal error}), never prints a Java stack
 * frame, and exits 2 only with a line that says why (on standard error, or {@code validate}'s
 * {@code RL-JSON-010} finding). A normal build replays the committed corpus
 * ({@code CliFuzzTestInputs/}); to search for new failures run
 * {@code JAZZER_FUZZ=1 mvn -pl examples/cli test -Dtest=CliFuzzTest}, and commit any crash input it
 * writes there as a regression case.
 */
class CliFuzzTest {
  /** A Java stack frame, as printStackTrace writes it: a line that starts with a tab and "at ". */
  private static final Pattern STACK_FRAME = Pattern.compile("(?md)^\tat ");

  /** The tool's own failure ({@link ReplyLetterCommand#internalError}). */
  private static final Pattern INTERNAL_ERROR = Pattern.compile("(?md)^reply-letter: internal error: ");

  /** The one file every run writes and the commands read. */
  private static final Path FILE = tempFile();

  private static Path tempFile() {
    try {
      Path dir = Files.createTempDirectory("reply-letter-fuzz-");
      dir.toFile().deleteOnExit();
      Path file = dir.resolve("input");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void commands_anyBytes_documentedExitAndNoStackTrace(byte[] input) throws IOException {
    Files.write(FILE, input);
    String f = FILE.toString();
    for (List<String> args :
        List.of(
            List.of("validate", f),
            List.of("validate", "--format", "json", "--lang", "en", f),
            List.of("render", f),
            List.of("import", f),
            List.of("subsidy", f))) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit = ReplyLetterCommand.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
      String what = args.get(0) + " exited " + exit + "; standard error:\n" + err;
      assertTrue(exit == 0 || exit == 1 || exit == 2, what);
      // At the start of a line: the import report echoes input lines, each after "  line N: ".
      assertFalse(STACK_FRAME.matcher(err.toString()).find(), what);
      assertFalse(INTERNAL_ERROR.matcher(err.toString()).find(), what);
      if (exit == 2) {
        assertTrue(!err.toString().isBlank() || out.toString().contains("RL-JSON-010"), what);
      }
    }
  }
}
