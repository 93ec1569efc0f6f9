package org.replyletter.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.replyletter.json.JsonInputException;
import org.replyletter.json.ReadResult;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.diagnostics.Finding;
import org.replyletter.validation.LetterValidator;
import org.replyletter.diagnostics.Severity;

/**
 * Full-width digits where the letter's JSON form expects a number. The decided outcome (issue 7):
 * the reader stays strict in both modes, since it has no channel for warnings: {@code "term": "１４"}
 * is a string where an integer is expected ({@code RL-JSON-004}, located), never silently taken for
 * 14; bare {@code １４} is not JSON ({@code RL-JSON-001}). Full-width digits inside strings whose
 * form the library knows (the document number) are read and reported as a warning with the standard
 * form ({@code RL-DOC-005}).
 */
class FullWidthDigitsTest {
  private static final String SEED = new String(HardeningSupport.seed(), StandardCharsets.UTF_8);

  private static byte[] seedWith(String from, String to) {
    assertTrue(SEED.contains(from), from);
    return SEED.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void fullWidthDigitsAsString_whereAnIntegerIsExpected_areAWrongType_whenStrict() {
    byte[] doc = seedWith("\"term\": 14", "\"term\": \"１４\"");
    JsonInputException e = assertThrows(JsonInputException.class, () -> ReplyLetterJson.defaults().read(doc, "doc"));
    assertEquals(1, e.findings().size(), () -> e.findings().toString());
    Finding f = e.findings().get(0);
    assertEquals("RL-JSON-004", f.code());
    assertEquals("/proposal/term", f.path());
    assertTrue(f.line().isPresent() && f.column().isPresent(), f::toString);
    assertTrue(f.message(java.util.Locale.ENGLISH).contains("integer"), f.message(java.util.Locale.ENGLISH));
    // The validator reads strictly too.
    List<Finding> report = LetterValidator.defaults().validate(doc, "doc").findings();
    assertEquals(List.of("RL-JSON-004"), report.stream().map(Finding::code).collect(Collectors.toList()));
  }

  @Test
  void fullWidthDigitsAsString_areNormalisedWithALocatedWarning_whenLenient() {
    byte[] doc = seedWith("\"term\": 14", "\"term\": \"１４\"");
    ReadResult r = ReplyLetterJson.lenient().readWithWarnings(doc, "doc");
    assertEquals(14, r.letter().proposal().orElseThrow().term().getAsInt());
    assertEquals(1, r.warnings().size(), r.warnings()::toString);
    Finding w = r.warnings().get(0);
    assertEquals("RL-JSON-011", w.code());
    assertEquals(Severity.WARNING, w.severity());
    assertEquals("/proposal/term", w.path());
    assertTrue(w.line().isPresent() && w.column().isPresent(), w::toString);
    assertEquals(List.of("１４", "14"), w.arguments());
    assertTrue(w.message(java.util.Locale.ENGLISH).startsWith("Full-width digits"), w.message(java.util.Locale.ENGLISH));
    // Written back as a JSON number; reading that again needs no correction.
    byte[] written = ReplyLetterJson.lenient().write(r.letter());
    assertTrue(new String(written, StandardCharsets.UTF_8).contains("\"term\": 14,"));
    assertEquals(List.of(), ReplyLetterJson.lenient().readWithWarnings(written, "again").warnings());
  }

  @Test
  void lenientReading_staysStrictAboutOtherStrings_andRanges() {
    // ASCII digits in a string are text, not a number typed with a Chinese input method.
    byte[] ascii = seedWith("\"term\": 14", "\"term\": \"14\"");
    assertEquals("RL-JSON-004",
        assertThrows(JsonInputException.class, () -> ReplyLetterJson.lenient().read(ascii, "doc")).findings().get(0).code());
    // A full-width zero is still out of range.
    byte[] zero = seedWith("\"term\": 14", "\"term\": \"０\"");
    assertEquals("RL-JSON-006",
        assertThrows(JsonInputException.class, () -> ReplyLetterJson.lenient().read(zero, "doc")).findings().get(0).code());
    // Mixed digits are read; anything else in the string is not.
    assertEquals(14, ReplyLetterJson.lenient().read(seedWith("\"term\": 14", "\"term\": \"1４\""), "doc")
        .proposal().orElseThrow().term().getAsInt());
    assertEquals("RL-JSON-004", assertThrows(JsonInputException.class,
        () -> ReplyLetterJson.lenient().read(seedWith("\"term\": 14", "\"term\": \"１４届\""), "doc")).findings().get(0).code());
  }

  @Test
  void bareFullWidthDigits_areNotJson() {
    byte[] doc = seedWith("\"term\": 14", "\"term\": １４");
    JsonInputException e = assertThrows(JsonInputException.class, () -> ReplyLetterJson.defaults().read(doc, "doc"));
    assertEquals("RL-JSON-001", e.findings().get(0).code());
  }

  @Test
  void fullWidthDigitsInTheDocumentNumber_areReadAndWarnedAbout() {
    byte[] doc = seedWith("〔2024〕7号", "〔２０２４〕７号");
    ReplyLetterJson.defaults().read(doc, "doc");
    List<Finding> dig = LetterValidator.defaults().validate(doc, "doc").findings().stream()
        .filter(f -> f.code().equals("RL-DOC-005")).collect(Collectors.toList());
    assertEquals(1, dig.size(), dig::toString);
    assertEquals(Severity.WARNING, dig.get(0).severity());
    assertEquals("/documentNumber", dig.get(0).path());
  }
}
