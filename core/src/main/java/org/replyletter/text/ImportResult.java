package org.replyletter.text;

import org.immutables.value.Value;
import org.replyletter.ReplyLetter;
import org.replyletter.internal.ValueStyle;

/**
 * The outcome of importing a letter from text: the letter as far as it could be recognised, and the
 * report of what went where.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class ImportResult implements WithImportResult {
  ImportResult() {}

  /**
   * Returns the imported letter; empty parts were not found in the text.
   *
   * @return the letter, never null
   */
  public abstract ReplyLetter letter();

  /**
   * Returns the import report.
   *
   * @return the report, never null
   */
  public abstract ImportReport report();

  /**
   * Obtains a result.
   *
   * @param letter the letter; not null
   * @param report the report; not null
   * @return the result
   */
  public static ImportResult of(ReplyLetter letter, ImportReport report) {
    return builder().letter(letter).report(report).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ImportResult}; not thread-safe. */
  public static final class Builder extends ImmutableImportResult.Builder {
    Builder() {}
  }
}
