package org.replyletter;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.replyletter.DocumentNumber.Normalisation;

/** Unit tests of {@link DocumentNumber}: the standard form, the wrong forms, rejections, {@code of}. */
class DocumentNumberTest {

  private static final DocumentNumber SEED = DocumentNumber.of("晋残函", 2024, 7);

  @Test
  void parse_standardForm_givesPartsAndNoNormalisation() {
    DocumentNumber n = DocumentNumber.parse("晋残函〔2024〕7号");
    assertAll(
        () -> assertEquals("晋残函", n.issuerCode()),
        () -> assertEquals(2024, n.year()),
        () -> assertEquals(7, n.serial()),
        () -> assertEquals("晋残函〔2024〕7号", n.original()),
        () -> assertEquals(Set.of(), n.normalisations()),
        () -> assertTrue(n.isStandardForm()),
        () -> assertEquals("晋残函〔2024〕7号", n.format()),
        () -> assertEquals("晋残函〔2024〕7号", n.toString()),
        () -> assertEquals(SEED, n));
  }

  @Test
  void parse_multiDigitSerialAndLongIssuer_keepsThem() {
    DocumentNumber n = DocumentNumber.parse("津政办函〔2017〕101号");
    assertEquals("津政办函", n.issuerCode());
    assertEquals(2017, n.year());
    assertEquals(101, n.serial());
    assertEquals("津政办函〔2017〕101号", n.format());
  }

  static Stream<Arguments> wrongForms() {
    return Stream.of(
        Arguments.of("晋残函[2024]7号", EnumSet.of(Normalisation.BRACKETS)),
        Arguments.of("晋残函（2024）7号", EnumSet.of(Normalisation.BRACKETS)),
        Arguments.of("晋残函(2024)7号", EnumSet.of(Normalisation.BRACKETS)),
        Arguments.of("晋残函【2024】7号", EnumSet.of(Normalisation.BRACKETS)),
        Arguments.of("晋残函［2024］7号", EnumSet.of(Normalisation.BRACKETS)),
        Arguments.of("晋残函〖2024〗7号", EnumSet.of(Normalisation.BRACKETS)),
        Arguments.of("晋残函〔２０２４〕7号", EnumSet.of(Normalisation.FULL_WIDTH_DIGITS)),
        Arguments.of("晋残函〔2024〕７号", EnumSet.of(Normalisation.FULL_WIDTH_DIGITS)),
        Arguments.of("晋残函〔２０２４〕７号", EnumSet.of(Normalisation.FULL_WIDTH_DIGITS)),
        Arguments.of("晋残函〔2024〕第7号", EnumSet.of(Normalisation.ORDINAL_PREFIX)),
        Arguments.of("晋残函〔2024〕07号", EnumSet.of(Normalisation.LEADING_ZEROS)),
        Arguments.of("晋残函〔2024〕007号", EnumSet.of(Normalisation.LEADING_ZEROS)),
        Arguments.of("晋残函 〔2024〕 7号", EnumSet.of(Normalisation.WHITESPACE)),
        Arguments.of(" 晋残函〔2024〕7号\n", EnumSet.of(Normalisation.WHITESPACE)),
        Arguments.of("晋残函〔2024〕7　号", EnumSet.of(Normalisation.WHITESPACE)),
        Arguments.of("晋残函〔2024〕7\u00A0号", EnumSet.of(Normalisation.WHITESPACE)),
        Arguments.of("晋残函〔2024〕7", EnumSet.of(Normalisation.MISSING_SUFFIX)),
        Arguments.of(
            "晋残函[２０２４]第０７",
            EnumSet.of(
                Normalisation.BRACKETS,
                Normalisation.FULL_WIDTH_DIGITS,
                Normalisation.ORDINAL_PREFIX,
                Normalisation.LEADING_ZEROS,
                Normalisation.MISSING_SUFFIX)),
        Arguments.of(
            "晋残函 (2024) 第 07 号",
            EnumSet.of(
                Normalisation.BRACKETS,
                Normalisation.WHITESPACE,
                Normalisation.ORDINAL_PREFIX,
                Normalisation.LEADING_ZEROS)));
  }

  @ParameterizedTest
  @MethodSource("wrongForms")
  void parse_wrongForm_acceptsAndRecordsNormalisations(String text, Set<Normalisation> expected) {
    DocumentNumber n = DocumentNumber.parse(text);
    assertAll(
        () -> assertEquals(SEED, n, "same number as the standard form"),
        () -> assertEquals(expected, n.normalisations()),
        () -> assertFalse(n.isStandardForm()),
        () -> assertEquals(text, n.original(), "original kept as written"),
        () -> assertEquals("晋残函〔2024〕7号", n.format()),
        () -> assertEquals("晋残函〔2024〕7号", n.toString()),
        () -> assertTrue(DocumentNumber.parse(n.format()).isStandardForm()));
  }

  @Test
  void parse_softwareExportWithSquareBrackets_normalises() {
    DocumentNumber n = DocumentNumber.parse("津政办函[2017]101号");
    assertEquals(DocumentNumber.of("津政办函", 2017, 101), n);
    assertEquals(Set.of(Normalisation.BRACKETS), n.normalisations());
    assertEquals("津政办函〔2017〕101号", n.format());
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        // text, error index
        Arguments.of("晋残函2024年7号", 3), // no brackets: where the bracket was expected
        Arguments.of("晋残函", 3), // no brackets, no digits: at the end
        Arguments.of("晋残函〔202〕7号", 7), // 3-digit year: at the closing bracket
        Arguments.of("晋残函〔20245〕7号", 8), // 5-digit year: at the fifth digit
        Arguments.of("晋残函〔0999〕7号", 4), // year with a leading zero
        Arguments.of("晋残函〔〕7号", 4), // no year
        Arguments.of("晋残函〔20247号", 8), // year not closed
        Arguments.of("晋残函〔2024〕号", 9), // no serial
        Arguments.of("晋残函〔2024〕", 9), // no serial, text ends
        Arguments.of("晋残函〔2024〕第号", 10), // 第 but no serial
        Arguments.of("晋残函〔2024〕0号", 9), // serial 0
        Arguments.of("晋残函〔2024〕000号", 9), // serial 0 with zeros
        Arguments.of("晋残函〔2024〕7号文", 11), // text after 号
        Arguments.of("晋残函〔2024〕7号号", 11), // 号 twice
        Arguments.of("晋残函〔2024〕7a号", 10), // letter inside the serial
        Arguments.of("晋残函〔2024〕99999999999号", 18), // serial beyond int: at the digit that overflows
        Arguments.of("", 0), // empty
        Arguments.of("   ", 0), // blank
        Arguments.of("〔2024〕7号", 0), // no issuer code
        Arguments.of("  〔2024〕7号", 0), // blank issuer code
        Arguments.of("晋〕残函〔2024〕7号", 1)); // bracket inside the issuer code
  }

  @ParameterizedTest
  @MethodSource("rejected")
  void parse_invalidText_throwsWithErrorIndex(String text, int errorIndex) {
    ValueParseException e = assertThrows(ValueParseException.class, () -> DocumentNumber.parse(text));
    assertAll(
        () -> assertEquals(errorIndex, e.getErrorIndex(), e.getMessage()),
        () -> assertEquals(text, e.getParsedText()),
        () -> assertTrue(e.getErrorIndex() <= text.length()));
  }

  @Test
  void parse_errorIndexWithStrippedWhitespace_pointsIntoOriginalText() {
    // The parser skips whitespace; its error index must still count the original characters.
    ValueParseException e =
        assertThrows(ValueParseException.class, () -> DocumentNumber.parse("晋残函 〔 2024 〕 7 号 x"));
    assertEquals(17, e.getErrorIndex());
    assertEquals('x', "晋残函 〔 2024 〕 7 号 x".charAt(e.getErrorIndex()));
  }

  @Test
  void parse_null_throwsNullPointerException() {
    assertThrows(NullPointerException.class, () -> DocumentNumber.parse(null));
  }

  @Test
  void parse_largestSerial_accepted() {
    DocumentNumber n = DocumentNumber.parse("国发〔9999〕2147483647号");
    assertEquals(Integer.MAX_VALUE, n.serial());
    assertEquals(9999, n.year());
  }

  @Test
  void equals_ignoresProvenance() {
    DocumentNumber wrong = DocumentNumber.parse("晋残函[2024]第07号");
    DocumentNumber standard = DocumentNumber.parse("晋残函〔2024〕7号");
    assertAll(
        () -> assertEquals(SEED, wrong),
        () -> assertEquals(wrong, SEED),
        () -> assertEquals(standard, wrong),
        () -> assertEquals(SEED.hashCode(), wrong.hashCode()),
        () -> assertNotEquals(SEED.original(), wrong.original()),
        () -> assertNotEquals(SEED.normalisations(), wrong.normalisations()));
  }

  @Test
  void equals_differentPart_notEqual() {
    assertAll(
        () -> assertNotEquals(SEED, DocumentNumber.of("晋残函", 2024, 8)),
        () -> assertNotEquals(SEED, DocumentNumber.of("晋残函", 2023, 7)),
        () -> assertNotEquals(SEED, DocumentNumber.of("晋残发", 2024, 7)),
        () -> assertNotEquals(SEED, (Object) "晋残函〔2024〕7号"),
        () -> assertNotEquals(SEED, null));
  }

  @Test
  void of_validParts_givesStandardForm() {
    DocumentNumber n = DocumentNumber.of("国办发", 2014, 46);
    assertAll(
        () -> assertEquals("国办发〔2014〕46号", n.format()),
        () -> assertEquals("国办发〔2014〕46号", n.original()),
        () -> assertTrue(n.isStandardForm()),
        () -> assertEquals(DocumentNumber.parse("国办发〔2014〕46号"), n));
  }

  @Test
  void of_boundaryValues_accepted() {
    assertEquals("A〔1000〕1号", DocumentNumber.of("A", 1000, 1).format());
    assertEquals("A〔9999〕2147483647号", DocumentNumber.of("A", 9999, Integer.MAX_VALUE).format());
  }

  @Test
  void of_invalidArguments_throw() {
    assertAll(
        () -> assertThrows(NullPointerException.class, () -> DocumentNumber.of(null, 2024, 7)),
        () -> assertThrows(IllegalArgumentException.class, () -> DocumentNumber.of("", 2024, 7)),
        () -> assertThrows(IllegalArgumentException.class, () -> DocumentNumber.of("  ", 2024, 7)),
        () -> assertThrows(IllegalArgumentException.class, () -> DocumentNumber.of("晋 残函", 2024, 7)),
        () -> assertThrows(IllegalArgumentException.class, () -> DocumentNumber.of("晋\u00A0残函", 2024, 7)),
        () -> assertThrows(IllegalArgumentException.class, () -> DocumentNumber.of("晋\u3000残函", 2024, 7)),
        () -> assertThrows(IllegalArgumentException.class, () -> DocumentNumber.of("晋[残函", 2024, 7)),
        () -> assertThrows(IllegalArgumentException.class, () -> DocumentNumber.of("晋残函〕", 2024, 7)),
        () -> assertThrows(IllegalArgumentException.class, () -> DocumentNumber.of("晋残函", 999, 7)),
        () -> assertThrows(IllegalArgumentException.class, () -> DocumentNumber.of("晋残函", 10000, 7)),
        () -> assertThrows(IllegalArgumentException.class, () -> DocumentNumber.of("晋残函", 2024, 0)),
        () -> assertThrows(IllegalArgumentException.class, () -> DocumentNumber.of("晋残函", 2024, -7)));
  }

  @Test
  void normalisations_unmodifiable() {
    DocumentNumber n = DocumentNumber.parse("晋残函[2024]7号");
    assertThrows(UnsupportedOperationException.class, () -> n.normalisations().add(Normalisation.WHITESPACE));
    assertThrows(UnsupportedOperationException.class, () -> SEED.normalisations().add(Normalisation.WHITESPACE));
  }
}
