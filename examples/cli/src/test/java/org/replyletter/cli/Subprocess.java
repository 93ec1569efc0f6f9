package org.replyletter.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The command in a fresh JVM, on the test's class path: its exit code and what it printed. */
record Subprocess(int exit, String out, String err) {

  /** {@code java JVM_OPTIONS... org.replyletter.cli.ReplyLetterCommand ARGS...}, standard input empty. */
  static Subprocess java(List<String> jvmOptions, List<String> args) throws IOException, InterruptedException {
    return run(javaCommand(jvmOptions, args));
  }

  /** The command line that runs the tool in a fresh JVM. */
  static List<String> javaCommand(List<String> jvmOptions, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ReplyLetterCommand.class.getName());
    command.addAll(args);
    return command;
  }

  /** Runs {@code command} with standard input empty, and waits at most a minute. */
  static Subprocess run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).start();
    p.getOutputStream().close();
    byte[][] streams = new byte[2][];
    Thread err = new Thread(() -> streams[1] = readAll(p.getErrorStream()));
    err.start();
    streams[0] = readAll(p.getInputStream());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the command did not finish");
    err.join();
    return new Subprocess(
        p.exitValue(), new String(streams[0], StandardCharsets.UTF_8), new String(streams[1], StandardCharsets.UTF_8));
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
