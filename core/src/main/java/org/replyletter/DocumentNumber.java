package org.replyletter;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.replyletter.internal.Digits;
import org.replyletter.internal.NeedsJacksonModule;

/**
 * A document number (发文字号): issuer code (机关代字), year in 六角括号 and serial, as in
 * {@code 晋残函〔2024〕7号} (GB/T 9704-2012 §7.2.5).
 *
 * <p>{@link #parse(CharSequence)} also reads the wrong forms seen in practice (square, round or
 * lenticular brackets, full-width digits, {@code 第7号}, {@code 07号}, stray spaces, a missing
 * {@code 号}) and records each correction in {@link #normalisations()}, so that a validation rule
 * can warn. {@link #format()} and {@link #toString()} always give the standard form.
 *
 * <p>Equality compares issuer code, year and serial only: {@code 晋残函[2024]07号} and
 * {@code 晋残函〔2024〕7号} denote the same document. How the number was written
 * ({@link #original()}, {@link #normalisations()}) is provenance, not identity.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@NeedsJacksonModule
public final class DocumentNumber {

  /** A correction that {@link #parse(CharSequence)} made to reach the standard form. */
  public enum Normalisation {
    /** Brackets other than 〔〕 around the year, e.g. {@code [2024]}, {@code （2024）}, {@code 【2024】}. */
    BRACKETS,
    /** Full-width digits, e.g. {@code ２０２４}. */
    FULL_WIDTH_DIGITS,
    /** The serial was preceded by 第, e.g. {@code 〔2024〕第7号}. */
    ORDINAL_PREFIX,
    /** The serial had leading zeros, e.g. {@code 07号}. */
    LEADING_ZEROS,
    /** Whitespace inside or around the number. */
    WHITESPACE,
    /** The closing 号 was missing. */
    MISSING_SUFFIX
  }

  private static final String OPENING = "〔[（(【［〖";
  private static final String CLOSING = "〕]）)】］〗";
  private static final int MIN_YEAR = 1000;
  private static final int MAX_YEAR = 9999;

  private final String issuerCode;
  private final int year;
  private final int serial;
  private final String original;
  private final Set<Normalisation> normalisations;

  private DocumentNumber(
      String issuerCode, int year, int serial, String original, Set<Normalisation> normalisations) {
    this.issuerCode = issuerCode;
    this.year = year;
    this.serial = serial;
    this.original = original;
    this.normalisations = normalisations;
  }

  /**
   * Obtains a document number from its parts.
   *
   * @param issuerCode the issuer code (机关代字), e.g. {@code 晋残函}; not null, not blank, no
   *     whitespace or brackets
   * @param year the year, four digits (1000 to 9999)
   * @param serial the serial (顺序号), 1 or more
   * @return the document number, in standard form
   * @throws IllegalArgumentException if a part is out of range
   * @throws NullPointerException if {@code issuerCode} is null
   */
  public static DocumentNumber of(String issuerCode, int year, int serial) {
    checkIssuerCode(Objects.requireNonNull(issuerCode, "issuerCode"));
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException("year must have four digits: " + year);
    }
    if (serial < 1) {
      throw new IllegalArgumentException("serial must be 1 or more: " + serial);
    }
    String standard = format(issuerCode, year, serial);
    return new DocumentNumber(issuerCode, year, serial, standard, Collections.emptySet());
  }

  /**
   * Parses a document number, accepting the common wrong forms and recording what was corrected.
   *
   * @param text the text, e.g. {@code 晋残函〔2024〕7号} or {@code 晋残函[2024]第07号}; not null
   * @return the document number
   * @throws ValueParseException if the text is not a document number; its error index says where
   * @throws NullPointerException if {@code text} is null
   */
  public static DocumentNumber parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String original = text.toString();
    EnumSet<Normalisation> fixes = EnumSet.noneOf(Normalisation.class);
    // Work on the text without whitespace, but keep a map back to the original for error indexes.
    StringBuilder s = new StringBuilder(original.length());
    int[] at = new int[original.length() + 1];
    for (int i = 0; i < original.length(); i++) {
      char c = original.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        fixes.add(Normalisation.WHITESPACE);
      } else {
        at[s.length()] = i;
        s.append(c);
      }
    }
    at[s.length()] = original.length();
    if (s.length() == 0) {
      throw new ValueParseException("document number is empty", original, 0);
    }
    int open = -1;
    for (int i = 0; i < s.length(); i++) {
      if (OPENING.indexOf(s.charAt(i)) >= 0) {
        open = i;
        break;
      }
    }
    if (open < 0) {
      // Point at the first digit, where the opening bracket was expected; at the end if none.
      int expected = s.length();
      for (int i = 0; i < s.length(); i++) {
        if (Digits.value(s.charAt(i)) >= 0) {
          expected = i;
          break;
        }
      }
      throw new ValueParseException(
          "document number has no year in brackets, expected e.g. 晋残函〔2024〕7号",
          original,
          at[expected]);
    }
    if (open == 0) {
      throw new ValueParseException("document number has no issuer code before the year", original, 0);
    }
    String issuer = s.substring(0, open);
    int pos = open + 1;
    int yearStart = pos;
    int year = 0;
    while (pos < s.length() && Digits.value(s.charAt(pos)) >= 0) {
      if (Digits.isFullWidth(s.charAt(pos))) {
        fixes.add(Normalisation.FULL_WIDTH_DIGITS);
      }
      year = year * 10 + Digits.value(s.charAt(pos));
      pos++;
      if (pos - yearStart > 4) {
        throw new ValueParseException("year must have four digits", original, at[pos - 1]);
      }
    }
    if (pos - yearStart != 4) {
      throw new ValueParseException("year must have four digits", original, at[pos]);
    }
    if (year < MIN_YEAR) {
      // 〔0999〕 would format as 〔999〕, which does not parse back.
      throw new ValueParseException("year must have four digits, not start with 0", original, at[yearStart]);
    }
    if (pos >= s.length() || CLOSING.indexOf(s.charAt(pos)) < 0) {
      throw new ValueParseException("year is not closed by 〕", original, at[pos]);
    }
    if (s.charAt(open) != '〔' || s.charAt(pos) != '〕') {
      fixes.add(Normalisation.BRACKETS);
    }
    pos++;
    if (pos < s.length() && s.charAt(pos) == '第') {
      fixes.add(Normalisation.ORDINAL_PREFIX);
      pos++;
    }
    int serialStart = pos;
    long serial = 0;
    while (pos < s.length() && Digits.value(s.charAt(pos)) >= 0) {
      if (Digits.isFullWidth(s.charAt(pos))) {
        fixes.add(Normalisation.FULL_WIDTH_DIGITS);
      }
      serial = serial * 10 + Digits.value(s.charAt(pos));
      if (serial > Integer.MAX_VALUE) {
        throw new ValueParseException("serial is too large", original, at[pos]);
      }
      pos++;
    }
    if (pos == serialStart) {
      throw new ValueParseException("serial number expected after the year", original, at[pos]);
    }
    if (serial == 0) {
      throw new ValueParseException("serial must be 1 or more", original, at[serialStart]);
    }
    if (Digits.value(s.charAt(serialStart)) == 0) {
      fixes.add(Normalisation.LEADING_ZEROS);
    }
    if (pos == s.length()) {
      fixes.add(Normalisation.MISSING_SUFFIX);
    } else if (s.charAt(pos) == '号' && pos + 1 == s.length()) {
      pos++;
    } else if (s.charAt(pos) == '号') {
      throw new ValueParseException("unexpected text after 号", original, at[pos + 1]);
    } else {
      throw new ValueParseException("unexpected text after the serial", original, at[pos]);
    }
    int bad = badIssuerChar(issuer);
    if (bad >= 0) {
      throw new ValueParseException(
          "issuer code must not contain whitespace or brackets: " + issuer, original, at[bad]);
    }
    return new DocumentNumber(
        issuer,
        year,
        (int) serial,
        original,
        fixes.isEmpty()
            ? Collections.emptySet()
            : Collections.unmodifiableSet(EnumSet.copyOf(fixes)));
  }

  private static void checkIssuerCode(String code) {
    if (code.isBlank()) {
      throw new IllegalArgumentException("issuer code must not be blank");
    }
    if (badIssuerChar(code) >= 0) {
      throw new IllegalArgumentException("issuer code must not contain whitespace or brackets: " + code);
    }
  }

  /** The index of the first character an issuer code must not contain, or -1. */
  private static int badIssuerChar(String code) {
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      // isSpaceChar too: parse drops no-break spaces (U+00A0, U+2007, U+202F), so of() must refuse them.
      if (Character.isWhitespace(c)
          || Character.isSpaceChar(c)
          || OPENING.indexOf(c) >= 0
          || CLOSING.indexOf(c) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static String format(String issuerCode, int year, int serial) {
    return issuerCode + '〔' + year + '〕' + serial + '号';
  }

  /**
   * Returns the issuer code (机关代字).
   *
   * @return the issuer code, e.g. {@code 晋残函}; never null
   */
  public String issuerCode() {
    return issuerCode;
  }

  /**
   * Returns the year written in brackets.
   *
   * @return the year, 1000 to 9999
   */
  public int year() {
    return year;
  }

  /**
   * Returns the serial (顺序号).
   *
   * @return the serial, 1 or more
   */
  public int serial() {
    return serial;
  }

  /**
   * Returns the text this number was parsed from, or the standard form if it was built with
   * {@link #of(String, int, int)}.
   *
   * @return the original text, never null
   */
  public String original() {
    return original;
  }

  /**
   * Returns the corrections made when parsing; empty if the text was in standard form.
   *
   * @return an unmodifiable set, never null
   */
  public Set<Normalisation> normalisations() {
    return normalisations;
  }

  /**
   * Tells whether the number was written in standard form.
   *
   * @return true if no correction was needed
   */
  public boolean isStandardForm() {
    return normalisations.isEmpty();
  }

  /**
   * Formats the number in standard form: {@code 机关代字〔年份〕序号号}.
   *
   * @return the standard form, e.g. {@code 晋残函〔2024〕7号}
   */
  public String format() {
    return format(issuerCode, year, serial);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocumentNumber
        && ((DocumentNumber) o).year == year
        && ((DocumentNumber) o).serial == serial
        && ((DocumentNumber) o).issuerCode.equals(issuerCode);
  }

  @Override
  public int hashCode() {
    return (issuerCode.hashCode() * 31 + year) * 31 + serial;
  }

  /**
   * Returns the standard form, as {@link #format()}.
   *
   * @return the standard form
   */
  @Override
  public String toString() {
    return format();
  }
}
