package org.replyletter.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
      Run off = runFresh(false, args);
      Run on = runFresh(true, args);
      assertEquals(off.exit, on.exit, args::toString);
      assertEquals(off.out, on.out, args::toString);
      assertEquals("", on.err, args::toString);
      assertEquals("", off.err, args::toString);
    }
  }

  private record Run(int exit, String out, String err) {}

  private static Run runFresh(boolean warmup, List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-Dreplyletter.warmup=" + warmup);
    command.add(ReplyLetterCommand.class.getName());
    command.addAll(args);
    Process p = new ProcessBuilder(command).start();
    p.getOutputStream().close();
    // Output is small: read it all after exit would risk nothing, but read while running anyway.
    byte[][] streams = new byte[2][];
    Thread err = new Thread(() -> streams[1] = readAll(p.getErrorStream()));
    err.start();
    streams[0] = readAll(p.getInputStream());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the command did not finish");
    err.join();
    return new Run(
        p.exitValue(), new String(streams[0], StandardCharsets.UTF_8), new String(streams[1], StandardCharsets.UTF_8));
  }

  private static byte[] readAll(java.io.InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
