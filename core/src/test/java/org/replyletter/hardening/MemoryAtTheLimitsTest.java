package org.replyletter.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyletter.ReplyLetter;
import org.replyletter.json.ReadLimits;
import org.replyletter.json.ReplyLetterJson;

/**
 * The largest document the default limits accept, built to cost the most memory (millions of
 * one-character paragraphs), is read within a 64 MB heap and validated within 256 MB, as
 * {@link ReadLimits#maxDocumentBytes()} documents. Each runs in a JVM of its own at that heap.
 */
class MemoryAtTheLimitsTest {
  @TempDir Path dir;

  @Test
  void largestAcceptedLetter_readsIn64MB_validatesIn256MB() throws Exception {
    byte[] letter =
        MemoryProbe.worstCaseLetter(
            new String(HardeningSupport.seed(), StandardCharsets.UTF_8), ReadLimits.defaults().maxDocumentBytes());
    assertTrue(letter.length > ReadLimits.defaults().maxDocumentBytes() - 2_000, "within 2 KB of the limit");
    ReplyLetter read = ReplyLetterJson.defaults().read(letter, "worst-case");
    assertTrue(read.sections().stream().mapToInt(s -> s.paragraphs().size()).sum() > 1_000_000);
    Path file = dir.resolve("worst-case.json");
    Files.write(file, letter);
    assertEquals(0, run("64m", "read", file), "read at 64 MB");
    assertEquals(0, run("256m", "validate", file), "validate at 256 MB");
  }

  private static int run(String heap, String what, Path file) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                List.of(java, "-Xmx" + heap, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                    MemoryProbe.class.getName(), what, file.toString()))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(what + " did not end in 120 s");
    }
    return p.exitValue();
  }
}
