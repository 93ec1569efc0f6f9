package org.replyletter.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The warm-up of {@code validate} ({@link Warmup}): its steps run, and a fresh JVM prints exactly the
 * same with it as without it. (That its sample covers the model is core's {@code BeanValidationTest}.)
 */
class WarmupTest {

  @Test
  void steps_runWithoutFailing() {
    assertDoesNotThrow(Warmup.Steps::beanValidation);
    assertDoesNotThrow(Warmup.Steps::schema);
  }

  /**
   * In a fresh JVM, where the warm-up threads race the command, {@code validate} prints the same as
   * with the warm-up switched off, and nothing on standard error (Hibernate's INFO line included).
   */
  @Test
  void freshJvm_sameOutputWithAndWithoutWarmup() throws Exception {
    for (List<String> args :
        List.of(
            List.of("validate", ValidateCommandTest.SEED),
            List.of("validate", "--format", "json", "--lang", "en", ValidateCommandTest.SEED, "missing.json"))) {
      Subprocess off = runFresh(false, args);
      Subprocess on = runFresh(true, args);
      assertEquals(off.exit(), on.exit(), args::toString);
      assertEquals(off.out(), on.out(), args::toString);
      assertEquals("", on.err(), args::toString);
      assertEquals("", off.err(), args::toString);
    }
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
