package org.replyletter.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a test class's {@code main} in a fresh JVM on this JVM's class path (with more entries in
 * front, if given), for what a JVM does only once: starting Hibernate, reading its configuration.
 */
final class FreshJvm {
  private FreshJvm() {}

  /** What the run printed, and the classes it loaded (as {@code -Xlog:class+load} lists them). */
  record Run(String out, String classLog) {
    boolean loaded(String packagePrefix) {
      return classLog.contains(" " + packagePrefix);
    }
  }

  /** Runs {@code main} with {@code args}; fails unless it exits with 0 within two minutes. */
  static Run run(Class<?> main, List<Path> classPathFirst, Path dir, String... args) throws Exception {
    Path log = Files.createTempFile(dir, "classes-", ".log");
    Path out = Files.createTempFile(dir, "out-", ".txt");
    StringBuilder classPath = new StringBuilder();
    for (Path p : classPathFirst) {
      classPath.append(p).append(File.pathSeparator);
    }
    classPath.append(System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xlog:class+load=info:file=" + log);
    command.add("-cp");
    command.add(classPath.toString());
    command.add(main.getName());
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(main.getSimpleName() + " did not end in 120 s");
    }
    String printed = Files.readString(out, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), printed);
    return new Run(printed, Files.readString(log));
  }
}
