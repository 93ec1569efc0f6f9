package org.replyletter.json;

import org.immutables.value.Value;
import org.replyletter.internal.ValueStyle;

/**
 * Limits on JSON input, so that hostile or broken input ends in a located finding
 * ({@code RL-JSON-009}), never in an {@code OutOfMemoryError} or a hang. The defaults suit real
 * letters with a wide margin: the seed letter is 13 KB, nesting depth 6.
 *
 * <pre>{@code
 * ReplyLetterJson json = ReplyLetterJson.defaults()
 *     .withLimits(ReadLimits.builder().maxDocumentBytes(1 << 20).build());
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class ReadLimits implements WithReadLimits {
  ReadLimits() {}

  private static final ReadLimits DEFAULTS = builder().build();

  /**
   * Returns the default limits.
   *
   * @return 4 MiB, depth 64, strings of 1 Mi characters, numbers of 100 characters, arrays of
   *     100 000 elements, 1 000 findings
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the largest document, in bytes; 4 MiB unless set: over 300 times the size of a real
   * letter, and small enough that reading the largest document takes at most 64 MB of heap and
   * validating it 256 MB (the worst case, millions of one-character texts, is tested at these heaps).
   *
   * @return 1 or more
   */
  @Value.Default
  public long maxDocumentBytes() {
    return 4L * 1024 * 1024;
  }

  /**
   * Returns the deepest nesting of objects and arrays; 64 unless set.
   *
   * @return 1 or more
   */
  @Value.Default
  public int maxNestingDepth() {
    return 64;
  }

  /**
   * Returns the longest string or member name, in characters; 1 Mi (1 048 576) unless set.
   *
   * @return 1 or more
   */
  @Value.Default
  public int maxStringLength() {
    return 1024 * 1024;
  }

  /**
   * Returns the longest number, in characters; 100 unless set.
   *
   * @return 1 or more
   */
  @Value.Default
  public int maxNumberLength() {
    return 100;
  }

  /**
   * Returns the most elements of one array; 100 000 unless set.
   *
   * @return 1 or more
   */
  @Value.Default
  public int maxArrayLength() {
    return 100_000;
  }

  /**
   * Returns the most findings listed for one document; 1 000 unless set. Past it, the findings of a
   * read ({@link JsonInputException#findings()}) or of a validation report end in one finding
   * {@code RL-JSON-012} that counts the rest: it has the highest severity among them (so a report
   * with an error left out is still invalid) and the location of the first of them. One hostile
   * document thus cannot make millions of findings.
   *
   * @return 1 or more
   * @since 0.1.0
   */
  @Value.Default
  public int maxFindings() {
    return 1000;
  }

  @Value.Check
  void check() {
    if (maxDocumentBytes() < 1
        || maxNestingDepth() < 1
        || maxStringLength() < 1
        || maxNumberLength() < 1
        || maxArrayLength() < 1
        || maxFindings() < 1) {
      throw new IllegalArgumentException("limits must be 1 or more: " + this);
    }
  }

  /**
   * Returns a new builder, starting from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReadLimits}; not thread-safe. */
  public static final class Builder extends ImmutableReadLimits.Builder {
    Builder() {}
  }
}
