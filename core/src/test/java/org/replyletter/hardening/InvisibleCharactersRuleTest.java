package org.replyletter.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.replyletter.Proposer;
import org.replyletter.ReplyLetter;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.diagnostics.Finding;
import org.replyletter.validation.LetterValidator;
import org.replyletter.diagnostics.Severity;
import org.replyletter.validation.ValidationOptions;

/** RL-TXT-001: control and bidi formatting characters in any text are a located, named warning. */
class InvisibleCharactersRuleTest {
  private static final String CODE = "RL-TXT-001";
  private static final ReplyLetterJson JSON = ReplyLetterJson.defaults();
  private static final LetterValidator VALIDATOR = LetterValidator.defaults();

  private static ReplyLetter seed() {
    return JSON.read(HardeningSupport.seed(), "seed");
  }

  private static List<Finding> txt(ReplyLetter letter) {
    return VALIDATOR.validate(letter).findings().stream()
        .filter(f -> f.code().equals(CODE))
        .collect(Collectors.toList());
  }

  @Test
  void seedLetter_hasNone() {
    assertEquals(List.of(), txt(seed()));
  }

  @ParameterizedTest
  @ValueSource(ints = {0x00, 0x07, 0x0B, 0x0C, 0x0D, 0x1B, 0x7F, 0x85, 0x9F, 0x202A, 0x202B, 0x202C,
      0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C})
  void eachReportedCharacter_isNamed(int c) {
    ReplyLetter letter = seed().withTitle("关于" + (char) c + "晋江市政协十四届三次会议第3号提案的答复函");
    List<Finding> found = txt(letter);
    assertEquals(1, found.size(), () -> found.toString());
    Finding f = found.get(0);
    assertEquals(Severity.WARNING, f.severity());
    assertEquals("/title", f.path());
    assertEquals(List.of(String.format(Locale.ROOT, "U+%04X", c), "3"), f.arguments());
    assertTrue(f.message(Locale.ENGLISH).contains(String.format(Locale.ROOT, "U+%04X", c)), f.message(Locale.ENGLISH));
    assertTrue(f.message().contains("U+"), f.message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\t", "\n", "\u3000", "\u00A0", "\u200D", "\uFEFF", "\u2028", "😀"})
  void tabNewlineAndOtherSpaces_areNotReported(String s) {
    assertEquals(List.of(), txt(seed().withTitle("关于晋江市政协" + s + "十四届三次会议第3号提案的答复函")));
  }

  @Test
  void oneFindingPerText_eachCharacterOnce_inOrder_atThePointerOfThatText() {
    ReplyLetter seed = seed();
    Proposer second = seed.addressees().get(1);
    ReplyLetter letter =
        seed.withAddressees(seed.addressees().get(0), second.withName(second.name() + "\u202E\r\n\u202E"));
    List<Finding> found = txt(letter);
    assertEquals(1, found.size(), () -> found.toString());
    assertEquals("/addressees/1/name", found.get(0).path());
    assertEquals(List.of("U+202E, U+000D", Integer.toString(second.name().length() + 1)), found.get(0).arguments());
  }

  @Test
  void fromJson_locatedAtTheString() {
    String doc = new String(HardeningSupport.seed(), StandardCharsets.UTF_8)
        .replace("\"吴尊意\"", "\"吴尊\\u0000意\"");
    List<Finding> found = VALIDATOR.validate(doc, "doc").findings().stream()
        .filter(f -> f.code().equals(CODE)).collect(Collectors.toList());
    assertEquals(1, found.size(), () -> found.toString());
    Finding f = found.get(0);
    assertEquals("/cc/0/recipients/1", f.path());
    assertEquals(List.of("U+0000", "3"), f.arguments());
    int line = 1 + (int) doc.substring(0, doc.indexOf("\"吴尊\\u0000意\"")).chars().filter(ch -> ch == '\n').count();
    assertEquals(line, f.line().orElseThrow());
    assertTrue(f.column().orElseThrow() >= 1);
  }

  @Test
  void unknownMembersKeptByLenientReading_areChecked() {
    String doc = new String(HardeningSupport.seed(), StandardCharsets.UTF_8)
        .replaceFirst("\\{", "{\"x-future\": {\"note\": [\"ok\", \"\\\\u2067hidden\"]},");
    ReplyLetter letter = ReplyLetterJson.lenient().read(doc.getBytes(StandardCharsets.UTF_8), "doc");
    List<Finding> found = txt(letter);
    assertEquals(1, found.size(), () -> found.toString());
    assertEquals("/x-future/note/1", found.get(0).path());
    assertEquals(List.of("U+2067", "1"), found.get(0).arguments());
  }

  @Test
  void canBeSwitchedOffOrRaised() {
    ReplyLetter letter = seed().withTitle("\u202E" + seed().title().orElseThrow());
    LetterValidator off = LetterValidator.of(ValidationOptions.builder().addDisabledCode(CODE).build());
    assertTrue(off.validate(letter).findings().stream().noneMatch(f -> f.code().equals(CODE)));
    LetterValidator strict =
        LetterValidator.of(ValidationOptions.builder().putSeverityOverride(CODE, Severity.ERROR).build());
    assertTrue(strict.validate(letter).findings().stream()
        .anyMatch(f -> f.code().equals(CODE) && f.severity() == Severity.ERROR));
  }
}
