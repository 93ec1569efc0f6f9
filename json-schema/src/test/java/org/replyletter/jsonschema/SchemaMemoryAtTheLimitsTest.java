package org.replyletter.jsonschema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyletter.hardening.MemoryProbe;
import org.replyletter.json.ReadLimits;

/**
 * With the JSON Schema check present, validating the largest document the default limits
 * accept, built to cost the most memory, still fits the 256 MB heap that {@link ReadLimits}
 * documents. It runs in a JVM of its own at that heap.
 */
class SchemaMemoryAtTheLimitsTest {
  @TempDir Path dir;

  @Test
  void largestAcceptedLetter_validatedWithTheSchema_in256MB() throws Exception {
    String seed = Files.readString(Path.of("..", "examples", "letters", "jinjiang-2024-7.json"));
    Path file = dir.resolve("worst-case.json");
    Files.write(file, MemoryProbe.worstCaseLetter(seed, ReadLimits.defaults().maxDocumentBytes()));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path")));
    String modulePath = System.getProperty("jdk.module.path");
    if (modulePath != null) {
      // Run on the module path, as these tests are: the probe (class path) needs the library's
      // modules, and the schema module must be resolved for validation to find its check.
      command.addAll(List.of("--module-path", modulePath, "--add-modules", "org.replyletter.jsonschema"));
    }
    command.addAll(List.of(MemoryProbe.class.getName(), "validate", file.toString()));
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("validation did not end in 120 s");
    }
    assertEquals(0, p.exitValue(), "validate at 256 MB (3: out of memory)");
  }
}
