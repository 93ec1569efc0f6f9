package org.replyletter.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.replyletter.text.internal.InputLimits;
import org.replyletter.text.internal.LetterTextParser;

/**
 * Imports a reply letter from its plain text, as published on government sites or copied from an
 * office document, into a {@link org.replyletter.ReplyLetter} with an {@link ImportReport}.
 *
 * <p>It recognises, wherever they are printed in the usual places: the document number (also with
 * {@code 签发人：…} on the same line); the reply type in its variants ({@code 答复类型：A},
 * {@code 办复类别:B类}, {@code 类 别:B}, {@code 类别：C}, a bare letter), before or after the body;
 * the title and from it the proposal reference (body, term and session in Chinese or Arabic
 * numerals, with {@code 第} or {@code 会议} sometimes missing, number kept as printed); the
 * addressees ({@code 尊敬的}, {@code 李辉等5位委员}, names joined by 、); the opening and the
 * proposal title quoted in 《》 or “”; numbered ({@code 一、}) and unnumbered sections and their
 * paragraphs; the {@code 附件} checklist with its {@code 建议N} blocks and four fields; the
 * supplementary note; the signing organ and the date (Arabic or Chinese numerals, 〇 and ○);
 * contact lines in their common forms; the disclosure line; and {@code 抄送：}. Full-width and
 * ASCII punctuation are both accepted; corrections are listed in the report.
 *
 * <p>Nothing is lost: each non-blank line is placed in the letter or listed, verbatim, among the
 * report's {@linkplain ImportReport#unplacedLines() unplaced lines}. Text in which nothing but
 * plain paragraphs is found is not taken for a letter: the result is an empty letter with every
 * line unplaced ({@link ImportReport#isRecognisable()} is false).
 *
 * <p>How the text is read, where printed letters leave room for doubt:
 *
 * <ul>
 *   <li>Each non-blank line is one paragraph. Inline enumerations ({@code 一是……；二是……}) and
 *       sub-headings such as {@code （一）} stay inside their paragraph.
 *   <li>A line {@code 一、text} starts a numbered section; if the text has a sentence end
 *       (。！？) before its last character, the heading ends there and the rest is the first
 *       paragraph. A line of at most 40 characters without final punctuation, followed by a
 *       sentence, is an unnumbered heading.
 *   <li>The organ is the line just above the date (or just below it) when it reads like the name of
 *       an organ (ends in 局, 委, 会, 院, 办, 室, 厅, 部, 府…, no punctuation).
 *   <li>In the checklist, the title is the line after {@code 附件：} (or the {@code 附件} text);
 *       when the two differ, the {@code 附件} text is reported unplaced. Reasons are paired with
 *       the items that cannot be done, in order; a reason without an item is reported unplaced.
 *       A suggestion printed without title gets its heading ({@code 建议二}) as title.
 *   <li>The reply type's scheme is not printed: see {@link ImportOptions#classificationScheme()}.
 *   <li>A joint form {@code 李辉等5位委员} gives the lead proposer; the count is recorded in the
 *       report only.
 * </ul>
 *
 * <p>Errors: {@link #importText(CharSequence)} never throws for any text within the
 * {@linkplain ImportOptions limits} (only {@code NullPointerException} for a null argument), and
 * runs in time linear in the length of the text. All methods throw {@link TextInputException} when
 * the input cannot be read at all: input over a limit (reason
 * {@link TextInputException.Reason#LIMIT_EXCEEDED}, located where the limit is crossed), and, for
 * the byte and file methods, an I/O failure, or bytes that are invalid in the configured charset
 * (with the line and column of the first bad byte). Nothing is imported from such input, so that a
 * wrong charset is never silently turned into a wrong letter and no line over a limit is silently
 * dropped.
 *
 * <p>Instances are immutable and thread-safe; share one.
 *
 * @since 0.1.0
 */
public final class LetterImporter {
  private static final LetterImporter DEFAULT = new LetterImporter(ImportOptions.defaults());

  private final ImportOptions options;

  private LetterImporter(ImportOptions options) {
    this.options = options;
  }

  /**
   * Returns the shared importer with the {@linkplain ImportOptions#defaults() default options}
   * (UTF-8).
   *
   * @return the importer
   */
  public static LetterImporter defaults() {
    return DEFAULT;
  }

  /**
   * Returns an importer with the given options.
   *
   * @param options the options; not null
   * @return the importer
   * @throws NullPointerException if {@code options} is null
   */
  public static LetterImporter of(ImportOptions options) {
    return new LetterImporter(Objects.requireNonNull(options, "options"));
  }

  /**
   * Returns the options of this importer.
   *
   * @return the options, never null
   */
  public ImportOptions options() {
    return options;
  }

  /**
   * Imports a letter from text. Line ends may be {@code \n}, {@code \r\n} or {@code \r}.
   *
   * @param text the text; not null
   * @return the letter and the report; never null
   * @throws TextInputException if the text exceeds a limit (reason
   *     {@link TextInputException.Reason#LIMIT_EXCEEDED}, with line and column)
   * @throws NullPointerException if {@code text} is null
   */
  public ImportResult importText(CharSequence text) {
    return importText(text, null);
  }

  private ImportResult importText(CharSequence text, String sourceName) {
    Objects.requireNonNull(text, "text");
    InputLimits.check(text, options.maxInputSize(), options.maxLineLength(), options.maxLines(), sourceName);
    return new LetterTextParser(options.classificationScheme()).parse(text.toString());
  }

  /**
   * Imports a letter from bytes in the configured charset.
   *
   * @param bytes the bytes; not null
   * @param sourceName a name for messages, such as a file name; null if none
   * @return the letter and the report; never null
   * @throws TextInputException if the bytes are invalid in the charset (reason
   *     {@link TextInputException.Reason#MALFORMED_INPUT}) or exceed a limit (reason
   *     {@link TextInputException.Reason#LIMIT_EXCEEDED}; more bytes than
   *     {@link ImportOptions#maxInputSize()} are refused before decoding)
   * @throws NullPointerException if {@code bytes} is null
   */
  public ImportResult importBytes(byte[] bytes, String sourceName) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length > options.maxInputSize()) {
      throw InputLimits.tooManyBytes(bytes.length + " bytes", options.maxInputSize(), sourceName);
    }
    return importText(decode(bytes, sourceName), sourceName);
  }

  /**
   * Imports a letter from a file in the configured charset.
   *
   * @param file the file; not null
   * @return the letter and the report; never null
   * @throws TextInputException if the file cannot be read (reason
   *     {@link TextInputException.Reason#IO_FAILURE}), is invalid in the charset (reason
   *     {@link TextInputException.Reason#MALFORMED_INPUT}) or exceeds a limit (reason
   *     {@link TextInputException.Reason#LIMIT_EXCEEDED}; a file is read only up to
   *     {@link ImportOptions#maxInputSize()} bytes, so a huge or endless file ends there)
   * @throws NullPointerException if {@code file} is null
   */
  public ImportResult importFile(Path file) {
    Objects.requireNonNull(file, "file");
    int max = options.maxInputSize();
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      // Read at most max + 1 bytes: enough to tell "over the limit" without trusting the file size.
      bytes = in.readNBytes(max == Integer.MAX_VALUE ? max : max + 1);
    } catch (IOException | SecurityException | OutOfMemoryError e) {
      String detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      throw new TextInputException(
          TextInputException.Reason.IO_FAILURE, file.toString(), 0, 0, "cannot read file: " + detail, e);
    }
    if (bytes.length > max) {
      throw InputLimits.tooManyBytes("more than " + max + " bytes", max, file.toString());
    }
    return importBytes(bytes, file.toString());
  }

  /** Decodes strictly; on a bad byte, reports the line and column reached so far. */
  private String decode(byte[] bytes, String sourceName) {
    CharsetDecoder decoder =
        options
            .charset()
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
        (long) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 16));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int line = 1;
      int column = 1;
      for (int i = 0; i < out.position(); i++) {
        char c = out.get(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= out.position() || out.get(i + 1) != '\n'))) {
          line++;
          column = 1;
        } else if (c != '\r') {
          column++;
        }
      }
      throw new TextInputException(
          TextInputException.Reason.MALFORMED_INPUT,
          sourceName,
          line,
          column,
          "byte at offset " + in.position() + " is not valid " + options.charset().name()
              + "; try another charset (e.g. GB18030)",
          null);
    }
    out.flip();
    return out.toString();
  }
}
