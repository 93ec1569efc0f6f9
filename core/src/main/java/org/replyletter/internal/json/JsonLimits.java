package org.replyletter.internal.json;

/**
 * Limits on JSON input, so that hostile input ends in a finding, never in an OutOfMemoryError or a
 * hang.
 */
public final class JsonLimits {
  /** The defaults: 16 MiB, depth 64, strings of 1 MiB characters, numbers of 100 digits. */
  public static final JsonLimits DEFAULT = new JsonLimits(16L * 1024 * 1024, 64, 1024 * 1024, 100);

  private final long maxDocumentBytes;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;

  /** Creates limits; every value must be positive. */
  public JsonLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength) {
    if (maxDocumentBytes < 1 || maxNestingDepth < 1 || maxStringLength < 1 || maxNumberLength < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
    this.maxDocumentBytes = maxDocumentBytes;
    this.maxNestingDepth = maxNestingDepth;
    this.maxStringLength = maxStringLength;
    this.maxNumberLength = maxNumberLength;
  }

  /** Largest document, in bytes. */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** Deepest nesting of arrays and objects. */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** Longest string or member name, in characters. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** Longest number, in characters. */
  public int maxNumberLength() {
    return maxNumberLength;
  }
}
