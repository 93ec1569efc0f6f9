package org.replyletter.text;

import org.immutables.value.Value;
import org.replyletter.internal.ValueStyle;

/**
 * A correction the importer made to reach the model's standard form, with the line where it was
 * made, the text as printed and the value as placed in the letter.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class TextNormalisation implements WithTextNormalisation {
  TextNormalisation() {}

  /** What kind of correction was made. */
  public enum Kind {
    /** A byte-order mark at the start of the text was removed. */
    BYTE_ORDER_MARK,
    /** The document number was not in standard form (see {@code DocumentNumber.normalisations()}). */
    DOCUMENT_NUMBER,
    /** ASCII punctuation where the letter prints full-width, e.g. {@code 类别:C}, {@code 抄送:a,b}. */
    ASCII_PUNCTUATION,
    /** Full-width letters or digits, e.g. {@code Ａ}, {@code ２０２４}. */
    FULL_WIDTH_CHARACTERS,
    /** A date written in Chinese numerals (with 〇, ○ or 零), read as a calendar date. */
    CHINESE_NUMERAL_DATE,
    /** A reply type printed in a variant form, e.g. {@code 办复类别:B类}, {@code 类 别:B}, a bare letter. */
    CLASSIFICATION_FORM,
    /** Punctuation the official form requires was missing, e.g. the final 。 of the CC line. */
    MISSING_PUNCTUATION,
    /** A section numeral followed by other punctuation than 、, e.g. {@code 一.}. */
    ORDINAL_SEPARATOR,
    /**
     * A joint form such as {@code 李辉等5位委员}: the lead proposer was placed; the number of
     * proposers is not a field of the model and is only recorded here.
     */
    JOINT_PROPOSERS,
    /** The proposal title was quoted with “” instead of 《》. */
    TITLE_QUOTES,
    /** A checklist suggestion had no title line; its heading was used as title. */
    MISSING_SUGGESTION_TITLE,
    /**
     * A date printed without 年, 月 and 日 (as some web editions store it), e.g. {@code 2023712},
     * read as 2023年7月12日 where only one reading is a valid date.
     */
    COMPACT_DATE,
    /** Spaces inside a label, a name or a title removed: {@code 答    复}, {@code 联 系 人}, {@code 刘  华}. */
    SPACES_REMOVED,
    /** A title printed over two lines was joined into one (the original lines shown with {@code  | }). */
    JOINED_LINES,
    /**
     * One line held several parts of the letter (an organ and the title, the addressees and the
     * opening, a whole flattened letter) and was split into them (the parts shown with {@code  | }).
     */
    SPLIT_LINE,
    /** A form-of-address word was removed from an addressee's name: {@code 尊敬的}, {@code 同志}. */
    HONORIFIC
  }

  /**
   * Returns the 1-based line number where the correction was made.
   *
   * @return the line number, 1 or more
   */
  public abstract int line();

  /**
   * Returns the kind of correction.
   *
   * @return the kind, never null
   */
  public abstract Kind kind();

  /**
   * Returns the text as printed.
   *
   * @return the original text, never null
   */
  public abstract String original();

  /**
   * Returns the value as placed in the letter, in its standard form.
   *
   * @return the normalised text, never null
   */
  public abstract String normalised();

  @Value.Check
  void check() {
    if (line() < 1) {
      throw new IllegalArgumentException("line must be 1 or more: " + line());
    }
  }

  /**
   * Obtains a normalisation record.
   *
   * @param line the 1-based line number, 1 or more
   * @param kind the kind; not null
   * @param original the text as printed; not null
   * @param normalised the standard form; not null
   * @return the record
   */
  public static TextNormalisation of(int line, Kind kind, String original, String normalised) {
    return builder().line(line).kind(kind).original(original).normalised(normalised).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TextNormalisation}; not thread-safe. */
  public static final class Builder extends ImmutableTextNormalisation.Builder {
    Builder() {}
  }
}
