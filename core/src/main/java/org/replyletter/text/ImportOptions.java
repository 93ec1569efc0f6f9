package org.replyletter.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.immutables.value.Value;
import org.replyletter.ClassificationScheme;
import org.replyletter.internal.ValueStyle;

/**
 * Options of a {@link LetterImporter}. Every option has a default: {@link #defaults()} is UTF-8 with
 * the classification scheme told from the printed code, and the limits below.
 *
 * <p><b>Limits.</b> The importer reads whatever arrives, so its input is bounded. The defaults leave
 * a wide margin over real letters (the seed letter is 12 KB in 93 lines, its longest line 502
 * characters):
 *
 * <table>
 *   <caption>Limits of the text importer</caption>
 *   <tr><th>limit</th><th>default</th></tr>
 *   <tr><td>{@link #maxInputSize()}: bytes of a file or byte array; characters of a text</td>
 *       <td>1 MiB</td></tr>
 *   <tr><td>{@link #maxLineLength()}: characters of one line</td><td>1 Mi (1 048 576)</td></tr>
 *   <tr><td>{@link #maxLines()}: lines, blank ones included</td><td>100 000</td></tr>
 * </table>
 *
 * <p>Input over a limit is refused as a whole with a {@link TextInputException} of reason
 * {@link TextInputException.Reason#LIMIT_EXCEEDED}, located where the limit is crossed; nothing is
 * imported from it, so nothing is silently lost. A file is read only up to the size limit.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class ImportOptions implements WithImportOptions {
  private static final ImportOptions DEFAULTS = builder().build();

  ImportOptions() {}

  /**
   * Returns the charset used to decode bytes and files. Default: UTF-8. Published letters from
   * older office software are often GB18030 ({@code Charset.forName("GB18030")}). A byte-order mark
   * at the start is removed whatever the charset.
   *
   * @return the charset, never null
   */
  @Value.Default
  public Charset charset() {
    return StandardCharsets.UTF_8;
  }

  /**
   * Returns the classification scheme to give the imported reply type. Default: empty, meaning the
   * scheme is told from the code: 甲/乙/丙/丁 give {@link ClassificationScheme#JIA_YI_BING}, D gives
   * {@link ClassificationScheme#FOUR_CLASS}, anything else {@link ClassificationScheme#THREE_CLASS}.
   * The printed letter does not say which scheme its handling office uses.
   *
   * @return the scheme, or empty to tell it from the code
   */
  public abstract Optional<ClassificationScheme> classificationScheme();

  /**
   * Returns the largest input accepted: bytes for {@link LetterImporter#importBytes(byte[], String)}
   * and {@link LetterImporter#importFile(java.nio.file.Path)} (checked before decoding; a file is
   * read only this far), characters (UTF-16 code units) for
   * {@link LetterImporter#importText(CharSequence)}. Default: 1 MiB (1 048 576), about a hundred
   * times a real letter, so that the imported letter's JSON stays within the JSON reader's 4 MiB
   * (escapes and indentation make it larger than the text).
   *
   * @return the limit, at least 1
   */
  @Value.Default
  public int maxInputSize() {
    return 1024 * 1024;
  }

  /**
   * Returns the longest line accepted, in characters (UTF-16 code units), line end excluded.
   * Default: 1 Mi (1 048 576), the JSON reader's longest string. Real paragraphs are a few thousand
   * characters at most; the importer runs in linear time, so the default only stops pathological
   * input (a document without line ends).
   *
   * @return the limit, at least 1
   */
  @Value.Default
  public int maxLineLength() {
    return 1024 * 1024;
  }

  /**
   * Returns the most lines accepted, blank lines included; a final line end does not start a new
   * line. Default: 100 000.
   *
   * @return the limit, at least 1
   */
  @Value.Default
  public int maxLines() {
    return 100_000;
  }

  @Value.Check
  void checkLimits() {
    if (maxInputSize() < 1 || maxLineLength() < 1 || maxLines() < 1) {
      throw new IllegalArgumentException(
          "limits must be at least 1: maxInputSize=" + maxInputSize() + ", maxLineLength="
              + maxLineLength() + ", maxLines=" + maxLines());
    }
  }

  /**
   * Returns the default options.
   *
   * @return the shared default options
   */
  public static ImportOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a new builder, with every option at its default.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ImportOptions}; not thread-safe. */
  public static final class Builder extends ImmutableImportOptions.Builder {
    Builder() {}
  }
}
