package org.replyletter.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.immutables.value.Value;
import org.replyletter.ClassificationScheme;
import org.replyletter.internal.ValueStyle;

/**
 * Options of a {@link LetterImporter}. Every option has a default: {@link #defaults()} is UTF-8 with
 * the classification scheme told from the printed code.
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
