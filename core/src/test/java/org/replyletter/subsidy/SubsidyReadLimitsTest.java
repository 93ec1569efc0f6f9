package org.replyletter.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.replyletter.json.JsonInputException;
import org.replyletter.json.ReadLimits;
import org.replyletter.diagnostics.Finding;

/**
 * Every limit of {@link ReadLimits} holds for the subsidy readers as for the letter's: at the limit
 * the input is read (or refused for what it is, never for its size), one over it is a located
 * {@code RL-JSON-009}; input that is not UTF-8 is refused before parsing.
 */
class SubsidyReadLimitsTest {
  private static final ReadLimits LIMITS = ReadLimits.defaults();

  /** One reader, with a document it reads and the members the tests grow. */
  enum Reader {
    REQUEST(SubsidyJson.defaults()::readRequest, example(), "\"id\": \"2025-0301-002\"", "\"id\": \"%s\"", "/history") {
      @Override
      String withArray(int n) {
        // Elements of the wrong type: 100 000 real history entries are over the 4 MiB size limit, and
        // the array's length is checked whatever its elements are.
        String history = "\"history\": [" + "0,".repeat(n - 1) + "0]";
        return document.substring(0, document.indexOf("\"history\"")) + history + "\n}\n";
      }
    },
    SCHEDULE(SubsidyJson.defaults()::readSchedule, bundled(), "\"name\": \"jinjiang\"", "\"name\": \"%s\"",
        "/versions/0/parameters/uplift.applies-to/value") {
      @Override
      String withArray(int n) {
        String kinds = "\"skill-level-certificate\",\n".repeat(n);
        return document.replaceFirst(
            "\"value\": \\[\\s*\"special-ability-certificate\",\\s*\"skill-level-certificate\"\\s*]",
            "\"value\": [" + kinds.substring(0, kinds.length() - 2) + "]");
      }
    };

    final BiFunction<byte[], String, Object> read;
    final String document;
    final String stringMember;
    final String stringTemplate;
    final String arrayPointer;

    Reader(BiFunction<byte[], String, Object> read, String document, String stringMember, String stringTemplate,
        String arrayPointer) {
      this.read = read;
      this.document = document;
      this.stringMember = stringMember;
      this.stringTemplate = stringTemplate;
      this.arrayPointer = arrayPointer;
    }

    /** The document with its array of {@link #arrayPointer} grown to {@code n} elements. */
    abstract String withArray(int n);

    /** The document with one more member first: {@code "x": value}. */
    String withUnknown(String value) {
      return "{\"x\": " + value + "," + document.substring(document.indexOf('{') + 1);
    }

    /** The document with its string member set to {@code n} letters. */
    String withString(int n) {
      return document.replace(stringMember, String.format(stringTemplate, "a".repeat(n)));
    }

    /** The findings of reading {@code json}; empty if it was read. */
    List<Finding> findings(byte[] json) {
      try {
        assertNotNull(read.apply(json, "limits.json"));
        return List.of();
      } catch (JsonInputException e) {
        return e.findings();
      }
    }

    List<Finding> findings(String json) {
      return findings(json.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static String example() {
    try {
      return Files.readString(Path.of("..", "examples", "subsidy", "fourth-claim.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String bundled() {
    try (InputStream in = SubsidyReadLimitsTest.class.getResourceAsStream("schedule-jinjiang.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The one finding, RL-JSON-009 with line and column. */
  private static Finding limitFinding(List<Finding> findings) {
    assertEquals(1, findings.size(), findings::toString);
    Finding f = findings.get(0);
    assertEquals("RL-JSON-009", f.code(), f::toString);
    return f;
  }

  /**
   * The one RL-JSON-009, with line and column; problems found before the parser stopped (such as
   * the unknown member holding a too deep value) are reported beside it.
   */
  private static Finding locatedLimitFinding(List<Finding> findings) {
    Finding f = limitFinding(findings.stream().filter(x -> x.code().equals("RL-JSON-009")).toList());
    assertTrue(f.line().orElse(0) >= 1 && f.column().orElse(0) >= 1, f::toString);
    return f;
  }

  /** Only the unknown member {@code /x} is refused: its value was within the limits. */
  private static void onlyTheUnknownMember(List<Finding> findings) {
    assertEquals(1, findings.size(), findings::toString);
    assertEquals("RL-JSON-003", findings.get(0).code());
    assertEquals("/x", findings.get(0).path());
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  void documentOfTheMaximumSize_isRead_oneByteMore_isALimitFinding(Reader reader) {
    byte[] doc = reader.document.getBytes(StandardCharsets.UTF_8);
    int max = (int) LIMITS.maxDocumentBytes();
    byte[] atLimit = new byte[max];
    java.util.Arrays.fill(atLimit, (byte) ' ');
    System.arraycopy(doc, 0, atLimit, 0, doc.length);
    assertEquals(List.of(), reader.findings(atLimit));
    byte[] over = java.util.Arrays.copyOf(atLimit, max + 1);
    over[max] = ' ';
    assertEquals("RL-JSON-009.size", limitFinding(reader.findings(over)).messageKey());
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  void nestingAtTheMaximumDepth_isRead_oneDeeper_isALimitFinding(Reader reader) {
    int arrays = LIMITS.maxNestingDepth() - 1; // inside the root object
    onlyTheUnknownMember(reader.findings(reader.withUnknown("[".repeat(arrays) + "]".repeat(arrays))));
    String over = "[".repeat(arrays + 1) + "]".repeat(arrays + 1);
    locatedLimitFinding(reader.findings(reader.withUnknown(over)));
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  void stringOfTheMaximumLength_isRead_oneLonger_isALimitFinding(Reader reader) {
    assertEquals(List.of(), reader.findings(reader.withString(LIMITS.maxStringLength())));
    locatedLimitFinding(reader.findings(reader.withString(LIMITS.maxStringLength() + 1)));
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  void numberOfTheMaximumLength_isRead_oneLonger_isALimitFinding(Reader reader) {
    onlyTheUnknownMember(reader.findings(reader.withUnknown("1".repeat(LIMITS.maxNumberLength()))));
    locatedLimitFinding(reader.findings(reader.withUnknown("1".repeat(LIMITS.maxNumberLength() + 1))));
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  void arrayOfTheMaximumLength_isRead_oneLonger_isALimitFindingAtTheArray(Reader reader) {
    List<Finding> atTheLimit = reader.findings(reader.withArray(LIMITS.maxArrayLength()));
    assertTrue(atTheLimit.stream().noneMatch(x -> x.code().equals("RL-JSON-009")), atTheLimit::toString);
    Finding f = locatedLimitFinding(reader.findings(reader.withArray(LIMITS.maxArrayLength() + 1)));
    // As the letter's reader: at the first element over the limit.
    assertEquals(reader.arrayPointer + "/" + LIMITS.maxArrayLength(), f.path());
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  void utf16AndUtf32_areRefusedBeforeParsing(Reader reader) {
    for (String name : List.of("UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE")) {
      Finding f = encodingFinding(reader.findings(reader.document.getBytes(Charset.forName(name))));
      assertEquals("RL-JSON-001.encoding", f.messageKey(), name);
      assertEquals(List.of(name), f.arguments());
    }
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  void contentAfterTheDocument_isTrailingContent(Reader reader) {
    for (String tail : List.of(" xyz", " }", " {}", " 1")) {
      List<Finding> findings = reader.findings(reader.document.stripTrailing() + tail);
      assertEquals(1, findings.size(), findings::toString);
      assertEquals("RL-JSON-007", findings.get(0).code(), tail);
      assertTrue(findings.get(0).line().isPresent(), tail);
    }
  }

  private static Finding encodingFinding(List<Finding> findings) {
    assertEquals(1, findings.size(), findings::toString);
    Finding f = findings.get(0);
    assertEquals("RL-JSON-001", f.code());
    assertEquals(1, f.line().orElseThrow());
    assertEquals(1, f.column().orElseThrow());
    return f;
  }
}
