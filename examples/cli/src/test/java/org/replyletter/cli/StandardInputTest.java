package org.replyletter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate -} with standard input closed reports an I/O problem (RL-JSON-010, exit 2), not the
 * file Java opened in its place; from an endless pipe it stops at the size limit.
 */
class StandardInputTest {
  private static final String JAVA_HOME = System.getProperty("java.home");

  /** A link standing in for {@code /proc/self/fd/0}, to {@code target}. */
  private static Path fd(Path dir, Path target) throws Exception {
    return Files.createSymbolicLink(dir.resolve("fd0"), target);
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void javaOwnFile_onlyForFilesOfTheJavaInstallationOrTheClassPath(@TempDir Path dir) throws Exception {
    Path modules = Path.of(JAVA_HOME, "lib", "modules").toRealPath();
    assertEquals(modules.toString(), StandardInput.javaOwnFile(fd(dir, modules), JAVA_HOME, ""));
    Files.delete(dir.resolve("fd0"));
    Path jar = Files.createFile(dir.resolve("tool.jar"));
    assertEquals(jar.toRealPath().toString(),
        StandardInput.javaOwnFile(fd(dir, jar), "/nonexistent", "a.jar" + java.io.File.pathSeparator + jar));
    Files.delete(dir.resolve("fd0"));
    Path letter = Files.createFile(dir.resolve("letter.json"));
    assertNull(StandardInput.javaOwnFile(fd(dir, letter), JAVA_HOME, jar.toString()), "a file given as < letter.json");
    Files.delete(dir.resolve("fd0"));
    assertNull(StandardInput.javaOwnFile(fd(dir, Path.of("pipe:[17230]")), JAVA_HOME, ""), "a pipe");
    assertNull(StandardInput.javaOwnFile(dir.resolve("no-such-link"), JAVA_HOME, ""), "no /proc");
  }

  /** In a JVM started with file descriptor 0 closed ({@code <&-}): an I/O problem, exit 2. */
  @Test
  @EnabledOnOs(OS.LINUX)
  void closedStandardInput_ioProblem_exit2() throws Exception {
    Subprocess p = shell("exec %s validate --lang en - <&-");
    assertEquals(2, p.exit(), p::toString);
    assertTrue(p.out().startsWith("<stdin>: error RL-JSON-010 Cannot read the input: IOException: standard input is closed"),
        p::out);
    assertEquals("", p.err());
    Subprocess json = shell("exec %s validate --format json - <&-");
    assertEquals(2, json.exit(), json::toString);
    assertTrue(json.out().contains("\"code\": \"RL-JSON-010\""), json::out);
  }

  /** From a pipe that never ends: read up to the size limit, then RL-JSON-009, without running out of memory. */
  @Test
  @EnabledOnOs(OS.LINUX)
  void endlessPipe_stopsAtTheSizeLimit() throws Exception {
    Subprocess p = shell("yes | %s validate --lang en -");
    assertEquals(1, p.exit(), p::toString);
    assertTrue(p.out().matches("(?s)<stdin>(:\\d+:\\d+)?: error RL-JSON-009 .*"), p::out);
    assertEquals("", p.err());
  }

  /** Runs {@code script} with {@code /bin/sh}, {@code %s} standing for the java command line of the tool. */
  private static Subprocess shell(String script) throws Exception {
    StringBuilder java = new StringBuilder();
    for (String word : Subprocess.javaCommand(List.of("-Xmx64m", "-Dreplyletter.warmup=false"), List.of())) {
      java.append('\'').append(word.replace("'", "'\\''")).append("' ");
    }
    return Subprocess.run(List.of("/bin/sh", "-c", String.format(script, java.toString().trim())));
  }
}
