package org.replyletter.jsonschema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.replyletter.diagnostics.Finding;
import org.replyletter.validation.LetterValidator;
import org.replyletter.validation.ValidationReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every pattern of every published schema is safe for a backtracking regex engine: on strings of
 * 100 000 characters and more, of shapes that match or almost match, Java's engine finishes on a
 * default thread stack, reading the text a bounded number of times per character (linear work, so
 * no catastrophic backtracking). The 1.0 document-number pattern failed this: Java recursed once per
 * issuer character and overflowed at about 2 000 characters.
 */
class PatternSafetyTest {
  private static final int N = 100_000;

  /** Reads of the text allowed per character: the worst pattern today needs about 20. */
  private static final int READS_PER_CHAR = 100;

  /** Long texts: runs of one kind of character, alternations, and near matches of each pattern. */
  static List<String> longTexts() {
    String year = "晋残函〔2024〕";
    return List.of(
        "晋".repeat(N),
        "0".repeat(N),
        "1".repeat(N),
        "９".repeat(N),
        " ".repeat(N),
        "\u3000".repeat(N),
        "晋 ".repeat(N / 2),
        "晋〔".repeat(N / 2),
        "\uD840\uDC00晋".repeat(N / 2), // supplementary and BMP alternating
        "晋".repeat(N) + "〔2024〕7号!",
        year + "0".repeat(N) + "7号!",
        year + "0 ".repeat(N / 2) + "!",
        year + "1 ".repeat(N / 2),
        year + "第 ".repeat(N / 2),
        "1".repeat(N) + "元",
        "1." + "0".repeat(N) + "元!",
        "1.".repeat(N / 2),
        "0".repeat(N) + ".5%",
        "1.0".repeat(N / 3) + "%",
        "2024-01-01".repeat(N / 10),
        "SUB-" + "A".repeat(N) + "-00!",
        "0".repeat(N) + "万元!");
  }

  @Test
  void everyPattern_onLongTexts_finishesOnADefaultStack_inLinearWork() throws InterruptedException {
    Map<String, String> patterns = publishedPatterns();
    assertTrue(patterns.size() >= 5, () -> "too few patterns found: " + patterns);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    // A thread of its own with the JVM's default stack size (the test runner's may be larger).
    Thread t =
        new Thread(
            () -> {
              try {
                for (Map.Entry<String, String> p : patterns.entrySet()) {
                  Pattern compiled = Pattern.compile(p.getKey());
                  for (String text : longTexts()) {
                    CountingText counted = new CountingText(text);
                    compiled.matcher(counted).find(); // as networknt does (ECMAScript: unanchored)
                    long budget = (long) READS_PER_CHAR * text.length();
                    assertTrue(
                        counted.reads <= budget,
                        () -> p.getValue() + ": " + counted.reads + " reads of a text of " + text.length()
                            + " characters starting " + text.substring(0, 12));
                  }
                }
              } catch (Throwable e) {
                failure.set(e);
              }
            },
            "pattern-safety");
    t.start();
    t.join();
    if (failure.get() != null) {
      throw new AssertionError(failure.get());
    }
  }

  @Test
  void validate_documentNumberOf5000CjkCharacters_returnsFindings() {
    byte[] json = Documents.bytes(letterWithDocumentNumber("晋".repeat(5000)));
    List<Finding> findings = ReplyLetterSchema.replyLetter().validate(json);
    assertEquals(List.of("RL-SCHEMA-005@/documentNumber"), findings.stream().map(f -> f.code() + "@" + f.path()).toList());
  }

  @Test
  void letterValidator_documentNumberOf5000CjkCharacters_reportsIt() {
    byte[] json = Documents.bytes(letterWithDocumentNumber("晋".repeat(5000)));
    ValidationReport report = LetterValidator.defaults().validate(json, "long.json");
    assertTrue(
        report.findings().stream().anyMatch(f -> f.path().equals("/documentNumber")),
        () -> report.findings().toString());
    assertFalse(report.findings().stream().anyMatch(f -> f.code().equals("RL-SCHEMA-008")), () -> report.findings().toString());
  }

  /** The seed letter with another document number. */
  static ObjectNode letterWithDocumentNumber(String documentNumber) {
    ObjectNode letter = (ObjectNode) Documents.tree(Documents.seed());
    letter.put("documentNumber", documentNumber);
    return letter;
  }

  /** Every {@code pattern} value and {@code patternProperties} key of every published schema, with where it is. */
  static Map<String, String> publishedPatterns() {
    Map<String, String> found = new LinkedHashMap<>();
    for (String name : ReplyLetterSchema.names()) {
      collect(Documents.tree(ReplyLetterSchema.named(name).text()), name + "#", found);
    }
    return found;
  }

  private static void collect(JsonNode node, String at, Map<String, String> found) {
    if (node.isObject()) {
      JsonNode pattern = node.get("pattern");
      if (pattern != null && pattern.isString()) {
        found.putIfAbsent(pattern.stringValue(), at + "/pattern");
      }
      JsonNode patternProperties = node.get("patternProperties");
      if (patternProperties != null && patternProperties.isObject()) {
        for (String key : patternProperties.propertyNames()) {
          found.putIfAbsent(key, at + "/patternProperties");
        }
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collect(e.getValue(), at + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), found);
      }
    } else if (node.isArray()) {
      int i = 0;
      for (Iterator<JsonNode> it = node.iterator(); it.hasNext(); i++) {
        collect(it.next(), at + "/" + i, found);
      }
    }
  }

  /** A text that counts how often the regex engine reads it. */
  private static final class CountingText implements CharSequence {
    private final String text;
    long reads;

    CountingText(String text) {
      this.text = text;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      reads++;
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
