package org.replyletter.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.replyletter.ReplyLetter;
import org.replyletter.json.JsonInputException;
import org.replyletter.json.ReadLimits;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.diagnostics.Finding;

/** Each kind of broken or hostile input of issue 7 has its documented outcome. */
class JsonHardeningTest {
  private static final ReplyLetterJson JSON = ReplyLetterJson.defaults();
  private static final String MINIMAL = "{\"schemaVersion\":\"1.0\",\"title\":\"关于第1号提案的答复函\"}";

  private static Finding refused(byte[] input) {
    JsonInputException e = assertThrows(JsonInputException.class, () -> JSON.read(input, "in.json"));
    return e.findings().get(0);
  }

  private static Finding refused(String input) {
    return refused(input.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void emptyAndWhitespaceOnly_areMalformedAtLine1() {
    for (String s : new String[] {"", " ", "\n\t  \r\n"}) {
      Finding f = refused(s);
      assertEquals("RL-JSON-001", f.code(), s);
      assertEquals("RL-JSON-001.empty", f.messageKey());
    }
  }

  @Test
  void utf8ByteOrderMark_isAccepted() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] in = concat(bom, MINIMAL.getBytes(StandardCharsets.UTF_8));
    assertEquals("关于第1号提案的答复函", JSON.read(in, "bom.json").title().orElseThrow());
  }

  @Test
  void bomThenError_columnsCountFromAfterTheBom() {
    byte[] in = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "{\"x\":1}".getBytes(StandardCharsets.UTF_8));
    JsonInputException e = assertThrows(JsonInputException.class, () -> JSON.read(in, "bom.json"));
    Finding unknown = e.findings().stream().filter(f -> f.code().equals("RL-JSON-003")).findFirst().orElseThrow();
    assertEquals(2, unknown.column().getAsInt());
  }

  @Test
  void invalidUtf8InAString_isMalformed() {
    byte[] in = "{\"schemaVersion\":\"1.0\",\"title\":\"ab\"}".getBytes(StandardCharsets.UTF_8);
    byte[] bad = Arrays.copyOf(in, in.length);
    bad[32] = (byte) 0xC3; // a lead byte followed by an ASCII letter
    assertEquals("RL-JSON-001", refused(bad).code());
  }

  @Test
  void utf16AndUtf32_withOrWithoutBom_areRefusedAsNotUtf8() {
    for (String cs : new String[] {"UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"}) {
      Finding f = refused(MINIMAL.getBytes(Charset.forName(cs)));
      assertEquals("RL-JSON-001", f.code(), cs);
      assertEquals("RL-JSON-001.encoding", f.messageKey(), cs);
    }
  }

  @Test
  void nulBytes_areMalformed() {
    assertEquals("RL-JSON-001", refused("{\"schemaVersion\":\"1.0\",\"title\":\"a\u0000b\"}").code());
    // After the document, a NUL is content that should not be there.
    assertEquals("RL-JSON-007", refused("{\"schemaVersion\":\"1.0\"}\u0000").code());
  }

  @Test
  void nesting100000Deep_isALimitFinding_notAStackOverflow() {
    StringBuilder b = new StringBuilder("{\"schemaVersion\":\"1.0\",\"title\":");
    b.append("[".repeat(100_000)).append("]".repeat(100_000)).append('}');
    JsonInputException e = assertThrows(JsonInputException.class, () -> JSON.read(b.toString()));
    Finding limit = e.findings().stream().filter(f -> f.code().equals("RL-JSON-009")).findFirst().orElseThrow();
    assertTrue(limit.line().isPresent());
    // The same nesting at the root: a wrong root type, then the limit where skipping it stops.
    JsonInputException root = assertThrows(JsonInputException.class, () -> JSON.read("[".repeat(100_000)));
    assertEquals(
        java.util.List.of("RL-JSON-004", "RL-JSON-009"),
        root.findings().stream().map(Finding::code).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void hundredMegabyteString_isALimitFinding() {
    byte[] head = "{\"schemaVersion\":\"1.0\",\"title\":\"".getBytes(StandardCharsets.UTF_8);
    byte[] in = new byte[head.length + 100 * 1024 * 1024 + 2];
    System.arraycopy(head, 0, in, 0, head.length);
    Arrays.fill(in, head.length, in.length - 2, (byte) 'a');
    in[in.length - 2] = '"';
    in[in.length - 1] = '}';
    assertEquals("RL-JSON-009", refused(in).code());
    // Raise the document limit: the string limit still holds.
    ReplyLetterJson big = JSON.withLimits(ReadLimits.builder().maxDocumentBytes(200L * 1024 * 1024).build());
    JsonInputException e = assertThrows(JsonInputException.class, () -> big.read(in, "big.json"));
    assertEquals("RL-JSON-009", e.findings().get(0).code());
  }

  @Test
  void hugeNumbers_areLimitFindings() {
    String huge = "{\"schemaVersion\":\"1.0\",\"proposal\":{\"channel\":\"cppcc-proposal\",\"body\":\"x\",\"number\":\"1\",\"term\":%s}}";
    // A float where an integer belongs is a wrong type, whatever its size; digits over the limit are a limit.
    assertEquals("RL-JSON-004", refused(String.format(huge, "1e1000000")).code());
    assertEquals("RL-JSON-009", refused(String.format(huge, "1e" + "1".repeat(200))).code());
    assertEquals("RL-JSON-009", refused(String.format(huge, "1".repeat(400))).code());
    // A long but allowed integer is a range problem, not a crash.
    Finding f = refused(String.format(huge, "12345678901234567890"));
    assertEquals("RL-JSON-006", f.code());
    assertEquals("/proposal/term", f.path());
  }

  @Test
  void nanAndInfinity_areMalformed() {
    String doc = "{\"schemaVersion\":\"1.0\",\"proposal\":{\"channel\":\"cppcc-proposal\",\"body\":\"x\",\"number\":\"1\",\"term\":%s}}";
    for (String v : new String[] {"NaN", "Infinity", "-Infinity"}) {
      assertEquals("RL-JSON-001", refused(String.format(doc, v)).code(), v);
    }
  }

  @Test
  void wrongRootType_isAWrongTypeAtTheRoot() {
    for (String s : new String[] {"[]", "\"letter\"", "42", "true", "null"}) {
      Finding f = refused(s);
      assertEquals("RL-JSON-004", f.code(), s);
      assertEquals("", f.path());
    }
  }

  @Test
  void unpairedSurrogateEscape_isAnInvalidValue_soWritingNeverFails() {
    Finding f = refused("{\"schemaVersion\":\"1.0\",\"title\":\"ab\\ud800c\"}");
    assertEquals("RL-JSON-006", f.code());
    assertEquals("/title", f.path());
    // A proper pair is text and round-trips.
    ReplyLetter ok = JSON.read("{\"schemaVersion\":\"1.0\",\"title\":\"\\ud83d\\ude00\"}");
    assertEquals(ok, JSON.read(JSON.write(ok), null));
  }

  @Test
  void arrayLongerThanTheLimit_isALimitFinding() {
    ReplyLetterJson small = JSON.withLimits(ReadLimits.builder().maxArrayLength(3).build());
    String doc = "{\"schemaVersion\":\"1.0\",\"cc\":[{\"recipients\":[\"a\",\"b\",\"c\",\"d\",\"e\"]}]}";
    JsonInputException e = assertThrows(JsonInputException.class, () -> small.read(doc));
    assertEquals("RL-JSON-009", e.findings().get(0).code());
    assertEquals("/cc/0/recipients/3", e.findings().get(0).path());
    assertEquals(1, e.findings().size());
  }

  @Test
  void limits_areConfigurable_andChecked() {
    assertEquals(4L * 1024 * 1024, ReadLimits.defaults().maxDocumentBytes());
    assertEquals(1000, ReadLimits.defaults().maxFindings());
    assertThrows(IllegalArgumentException.class, () -> ReadLimits.builder().maxFindings(0).build());
    assertThrows(IllegalArgumentException.class, () -> ReadLimits.builder().maxNestingDepth(0).build());
    ReplyLetterJson tiny = JSON.withLimits(ReadLimits.builder().maxDocumentBytes(10).build());
    JsonInputException e = assertThrows(JsonInputException.class, () -> tiny.read(MINIMAL));
    assertEquals("RL-JSON-009", e.findings().get(0).code());
    assertEquals(10, tiny.limits().maxDocumentBytes());
  }

  @Test
  void oversizedStream_isRefusedWithoutReadingItAll() {
    ReplyLetterJson tiny = JSON.withLimits(ReadLimits.builder().maxDocumentBytes(1024).build());
    java.io.InputStream endless =
        new java.io.InputStream() {
          @Override
          public int read() {
            return ' ';
          }
        };
    JsonInputException e = assertThrows(JsonInputException.class, () -> tiny.read(endless, "endless"));
    assertEquals("RL-JSON-009", e.findings().get(0).code());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
