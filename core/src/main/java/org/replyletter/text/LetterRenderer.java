package org.replyletter.text;

import java.util.Objects;
import org.replyletter.ReplyLetter;
import org.replyletter.text.internal.LetterTextWriter;

/**
 * Renders a {@link ReplyLetter} as text in the official order (GB/T 9704-2012, as far as plain text
 * carries it): document number (with 签发人), reply type, title, addressees, opening, sections with
 * their numerals as given, the {@code 附件} line and the checklist with its four field labels, the
 * supplementary note, the issuing organ above the date, contacts, disclosure, and the {@code 抄送}
 * line (、 within a group, ，between groups, 。 at the end). Absent parts are left out.
 *
 * <p>{@link RenderFormat#TEXT} is the form {@link LetterImporter} reads: importing rendered text
 * gives an equal letter whenever the letter's strings are themselves text-like (single lines that
 * do not look like another part of a letter), the classification scheme is the one the importer
 * tells from the code, and no assignment date is set (a letter does not print it).
 *
 * <p>Lines end with {@code \n}; the text ends with a newline. Instances are immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class LetterRenderer {
  private static final LetterRenderer TEXT = new LetterRenderer(RenderFormat.TEXT);
  private static final LetterRenderer MARKDOWN = new LetterRenderer(RenderFormat.MARKDOWN);

  private final RenderFormat format;

  private LetterRenderer(RenderFormat format) {
    this.format = format;
  }

  /**
   * Returns the renderer for a format.
   *
   * @param format the format; not null
   * @return the shared renderer
   * @throws NullPointerException if {@code format} is null
   */
  public static LetterRenderer of(RenderFormat format) {
    return Objects.requireNonNull(format, "format") == RenderFormat.TEXT ? TEXT : MARKDOWN;
  }

  /**
   * Returns the format this renderer writes.
   *
   * @return the format, never null
   */
  public RenderFormat format() {
    return format;
  }

  /**
   * Renders a letter.
   *
   * @param letter the letter; not null
   * @return the text, ending with a newline; never null
   * @throws NullPointerException if {@code letter} is null
   */
  public String render(ReplyLetter letter) {
    Objects.requireNonNull(letter, "letter");
    return format == RenderFormat.TEXT
        ? LetterTextWriter.plainText(letter)
        : LetterTextWriter.markdown(letter);
  }
}
