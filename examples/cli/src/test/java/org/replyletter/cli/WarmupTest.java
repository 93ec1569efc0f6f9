package org.replyletter.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warm-up of {@code validate} ({@link Warmup}): its steps run, and a fresh JVM prints exactly the
 * same with it as without it.
 */
class WarmupTest {

  @Test
  void steps_runWithoutFailing() {
    assertDoesNotThrow(Warmup.Steps::schema);
  }

  /**
   * In a fresh JVM, where the warm-up thread races the command, {@code validate} prints the same as
   * with the warm-up switched off, and nothing on standard error: also for a letter with a blank
   * text, whose constraint finding comes from the reader's notes, not from Hibernate Validator (whose
   * INFO line would show).
   */
  @Test
  void freshJvm_sameOutputWithAndWithoutWarmup(@TempDir Path dir) throws Exception {
    String seed = Files.readString(Path.of(ValidateCommandTest.SEED));
    String firstParagraph = "\"paragraphs\": [\n        \"";
    assertTrue(seed.contains(firstParagraph));
    Path blank = dir.resolve("blank.json");
    Files.writeString(blank, seed.replaceFirst(java.util.regex.Pattern.quote(firstParagraph), firstParagraph + "　\",\n        \""));
    for (List<String> args :
        List.of(
            List.of("validate", ValidateCommandTest.SEED),
            List.of("validate", "--format", "json", "--lang", "en", ValidateCommandTest.SEED, "missing.json"),
            List.of("validate", blank.toString()))) {
      Subprocess off = runFresh(false, args);
      Subprocess on = runFresh(true, args);
      assertEquals(off.exit(), on.exit(), args::toString);
      assertEquals(off.out(), on.out(), args::toString);
      assertEquals("", on.err(), args::toString);
      assertEquals("", off.err(), args::toString);
    }
    assertTrue(runFresh(true, List.of("validate", blank.toString())).out().contains("RL-BV-001"));
  }

  /**
   * An error that escapes the warm-up's task (out of memory, say) is dropped: not printed by the
   * default handler, which would put a stack trace on standard error.
   */
  @Test
  void warmupThread_errorEscapingItsTask_notPrinted() throws InterruptedException {
    java.io.PrintStream realErr = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true));
    try {
      Thread t = Warmup.start(() -> {
        throw new OutOfMemoryError("Java heap space");
      });
      assertTrue(t != null);
      t.join(10_000);
      assertTrue(!t.isAlive());
    } finally {
      System.setErr(realErr);
    }
    assertEquals("", captured.toString());
  }

  private static Subprocess runFresh(boolean warmup, List<String> args) throws IOException, InterruptedException {
    return Subprocess.java(List.of("-Dreplyletter.warmup=" + warmup), args);
  }
}
