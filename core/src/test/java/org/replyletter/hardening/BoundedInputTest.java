package org.replyletter.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.replyletter.json.JsonInputException;
import org.replyletter.json.ReadLimits;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.diagnostics.Finding;
import org.replyletter.validation.LetterValidator;
import org.replyletter.diagnostics.Severity;
import org.replyletter.validation.ValidationOptions;
import org.replyletter.validation.ValidationReport;

/**
 * Hostile and bulk input ends in a bounded, located outcome: endless sources stop at the size limit,
 * every exceeded limit is located in the library's own words, and one document cannot make more
 * than {@link ReadLimits#maxFindings()} findings or take time in the square of its problems.
 */
class BoundedInputTest {
  private static final ReadLimits ONE_MIB = ReadLimits.builder().maxDocumentBytes(1 << 20).build();
  private static final String SEED = new String(HardeningSupport.seed(), StandardCharsets.UTF_8);

  /** A stream that never ends, as a pipe from a program that keeps writing. */
  private static final class Endless extends InputStream {
    long served;

    @Override
    public int read() {
      served++;
      return ' ';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) ' ');
      served += len;
      return len;
    }
  }

  @Test
  void endlessFiles_stopAtTheSizeLimit() {
    for (String device : List.of("/dev/zero", "/dev/urandom")) {
      Path file = Path.of(device);
      assumeTrue(Files.isReadable(file), device);
      JsonInputException e =
          assertThrows(JsonInputException.class, () -> ReplyLetterJson.defaults().withLimits(ONE_MIB).read(file));
      assertOverTheSizeLimit(e.findings());
      ValidationReport r = LetterValidator.of(ValidationOptions.builder().readLimits(ONE_MIB).build()).validate(file);
      assertOverTheSizeLimit(r.findings());
    }
  }

  @Test
  void endlessStreams_areReadOneBytePastTheLimit() {
    Endless in = new Endless();
    JsonInputException e =
        assertThrows(JsonInputException.class, () -> ReplyLetterJson.defaults().withLimits(ONE_MIB).read(in, "pipe"));
    assertOverTheSizeLimit(e.findings());
    assertEquals((1 << 20) + 1, in.served);
    Endless again = new Endless();
    ValidationReport r =
        LetterValidator.of(ValidationOptions.builder().readLimits(ONE_MIB).build()).validate(again, "pipe");
    assertOverTheSizeLimit(r.findings());
    assertEquals((1 << 20) + 1, again.served);
  }

  private static void assertOverTheSizeLimit(List<Finding> findings) {
    assertEquals(1, findings.size(), findings::toString);
    Finding f = findings.get(0);
    assertEquals("RL-JSON-009", f.code());
    assertEquals(1, f.line().getAsInt());
    assertTrue(f.message(Locale.ENGLISH).contains("over the limit of 1048576 bytes"), f.message(Locale.ENGLISH));
  }

  @Test
  void exceededLimits_areLocatedInTheLibrarysWords() {
    String member = "\"schemaVersion\": \"1.0\",";
    // Each case: the document, the pointer, line and column where the limit is crossed.
    String deep = SEED.replace(member, member + "\n  \"x\": " + "[".repeat(70) + "]".repeat(70) + ",");
    String number = SEED.replace("\"term\": 14", "\"term\": 1" + "0".repeat(150));
    String string = SEED.replace("\"title\": \"", "\"title\": \"" + "长".repeat(2000));
    String name = SEED.replace(member, member + "\n  \"" + "n".repeat(2000) + "\": 1,");
    ReadLimits small = ReadLimits.builder().maxStringLength(1000).build();
    assertLimit(deep, ReadLimits.defaults(), "/x" + "/0".repeat(63), 3, 8 + 63, "64");
    assertLimit(number, ReadLimits.defaults(), "/proposal/term", 12, 13, "100");
    assertLimit(string, small, "/title", 8, 12, "1000");
    assertLimit(name, small, "", 3, -1, "1000"); // where reading stopped, within the name
  }

  private static void assertLimit(String doc, ReadLimits limits, String pointer, int line, int column, String limit) {
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    JsonInputException e =
        assertThrows(JsonInputException.class, () -> ReplyLetterJson.defaults().withLimits(limits).read(bytes, "f"));
    Finding read = e.findings().get(e.findings().size() - 1);
    ValidationReport r = LetterValidator.of(ValidationOptions.builder().readLimits(limits).build()).validate(bytes, "f");
    Finding validated = r.findings(Severity.ERROR).stream().filter(f -> f.code().equals("RL-JSON-009")).findFirst().orElseThrow();
    for (Finding f : List.of(read, validated)) {
      assertEquals("RL-JSON-009", f.code(), f::toString);
      assertEquals(pointer, f.path(), f::toString);
      assertEquals(line, f.line().getAsInt(), f::toString);
      if (column > 0) {
        assertEquals(column, f.column().getAsInt(), f::toString);
      }
      for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
        String m = f.message(l);
        assertFalse(m.contains("StreamReadConstraints") || m.contains("Jackson"), m);
        assertTrue(m.contains(limit), m);
      }
    }
  }

  @Test
  void findings_areCappedWithACountOfTheRest() {
    String sections = "[" + "1,".repeat(4999) + "1]";
    byte[] doc = SEED.replaceFirst("\"sections\": \\[", "\"sections\": " + sections + ", \"sectionsX\": [").getBytes(StandardCharsets.UTF_8);
    JsonInputException e = assertThrows(JsonInputException.class, () -> ReplyLetterJson.defaults().read(doc, "f"));
    assertCapped(e.findings(), 1000, 5000 + 1 - 1000);
    ValidationReport report = LetterValidator.defaults().validate(doc, "f");
    assertFalse(report.isValid());
    assertEquals(1001, report.findings().size());
    Finding last = report.findings().get(1000);
    assertEquals("RL-JSON-012", last.code());
    assertEquals(Severity.ERROR, last.severity());

    ReadLimits ten = ReadLimits.builder().maxFindings(10).build();
    JsonInputException few =
        assertThrows(JsonInputException.class, () -> ReplyLetterJson.defaults().withLimits(ten).read(doc, "f"));
    assertCapped(few.findings(), 10, 5000 + 1 - 10);
    ValidationReport small = LetterValidator.of(ValidationOptions.builder().readLimits(ten).build()).validate(doc, "f");
    assertEquals(11, small.findings().size());
    assertEquals("RL-JSON-012", small.findings().get(10).code());
  }

  private static void assertCapped(List<Finding> findings, int max, int rest) {
    assertEquals(max + 1, findings.size());
    Finding last = findings.get(max);
    assertEquals("RL-JSON-012", last.code());
    assertEquals(Severity.ERROR, last.severity());
    assertEquals(List.of(Integer.toString(rest), Integer.toString(max)), last.arguments());
    assertTrue(last.line().isPresent(), "located at the first finding left out");
    assertTrue(last.message(Locale.ENGLISH).startsWith(rest + " more findings"), last.message(Locale.ENGLISH));
  }

  /** 100 000 reading problems each repeated by the JSON Schema: merged in linear, not quadratic, time. */
  @Test
  void manyReadingProblems_mergeInLinearTime() {
    String sections = "[" + "1,".repeat(99_999) + "1]";
    byte[] doc = SEED.replaceFirst("\"sections\": \\[", "\"sections\": " + sections + ", \"sectionsX\": [").getBytes(StandardCharsets.UTF_8);
    // A guard against a hang, not a measurement: a quadratic merge takes over a minute here.
    ValidationReport r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> LetterValidator.defaults().validate(doc, "f"));
    assertFalse(r.isValid());
    assertEquals("RL-JSON-012", r.findings().get(r.findings().size() - 1).code());
  }

  /**
   * Zero bytes in an order Jackson cannot decode (UCS-4 in unusual byte orders, leading NULs) are
   * input that is not UTF-8, as UTF-16 and UTF-32 are: RL-JSON-001, never an I/O failure or an
   * exception from creating the parser.
   */
  @Test
  void oddZeroBytes_areNotUtf8() {
    for (byte[] input :
        List.of(
            new byte[] {0, 0, 0x34, 0, 0x7B, 0x7D}, new byte[] {0, 0x34, 0, 0, 0x7B}, new byte[] {0, 0, 0, 0},
            new byte[] {0, 0, 0, 0, '{', '}'})) {
      JsonInputException e = assertThrows(JsonInputException.class, () -> ReplyLetterJson.defaults().read(input, "f"));
      assertEquals("RL-JSON-001", e.findings().get(0).code(), e.findings()::toString);
      ValidationReport r = LetterValidator.defaults().validate(input, "f");
      assertEquals(List.of("RL-JSON-001"), r.findings().stream().map(Finding::code).toList());
      JsonInputException s =
          assertThrows(JsonInputException.class, () -> org.replyletter.subsidy.SubsidyJson.defaults().readRequest(input, "f"));
      assertEquals("RL-JSON-001", s.findings().get(0).code(), s.findings()::toString);
    }
  }
}
