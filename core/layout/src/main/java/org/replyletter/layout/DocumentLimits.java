package org.replyletter.layout;

/**
 * Limits on a laid-out document (a .docx file, an HTML page) read before its text goes to the
 * core's importer, whose own {@link org.replyletter.text.ImportOptions limits} then bound the text.
 * A document over a limit is refused as a whole with a
 * {@link org.replyletter.text.TextInputException} of reason
 * {@link org.replyletter.text.TextInputException.Reason#LIMIT_EXCEEDED}; nothing is imported from
 * it.
 *
 * <table>
 *   <caption>Limits of document input</caption>
 *   <tr><th>limit</th><th>default</th></tr>
 *   <tr><td>{@link #maxFileBytes()}: bytes of the file (a .docx with pictures of seals and
 *       signatures is a few MB)</td><td>16 MiB</td></tr>
 *   <tr><td>{@link #maxUnpackedBytes()}: bytes of all a .docx's parts once unpacked, counted while
 *       unpacking, so that a zip bomb stops there</td><td>64 MiB</td></tr>
 *   <tr><td>{@link #maxEntries()}: parts of a .docx</td><td>2 000</td></tr>
 *   <tr><td>{@link #maxDepth()}: nesting of XML elements in a .docx part (Word's are about 20 deep);
 *       of HTML elements, beyond which the HTML parser attaches content at that depth</td>
 *       <td>256</td></tr>
 * </table>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DocumentLimits {
  private static final DocumentLimits DEFAULTS = new DocumentLimits(16 << 20, 64L << 20, 2000, 256);

  private final int maxFileBytes;
  private final long maxUnpackedBytes;
  private final int maxEntries;
  private final int maxDepth;

  private DocumentLimits(int maxFileBytes, long maxUnpackedBytes, int maxEntries, int maxDepth) {
    this.maxFileBytes = maxFileBytes;
    this.maxUnpackedBytes = maxUnpackedBytes;
    this.maxEntries = maxEntries;
    this.maxDepth = maxDepth;
  }

  /**
   * Returns the default limits.
   *
   * @return the shared defaults
   */
  public static DocumentLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Obtains limits.
   *
   * @param maxFileBytes the largest file, in bytes, at least 1
   * @param maxUnpackedBytes the most bytes a .docx may unpack to, at least 1
   * @param maxEntries the most parts of a .docx, at least 1
   * @param maxDepth the deepest nesting of elements, at least 1
   * @return the limits
   * @throws IllegalArgumentException if a limit is less than 1
   */
  public static DocumentLimits of(int maxFileBytes, long maxUnpackedBytes, int maxEntries, int maxDepth) {
    if (maxFileBytes < 1 || maxUnpackedBytes < 1 || maxEntries < 1 || maxDepth < 1) {
      throw new IllegalArgumentException(
          "limits must be at least 1: maxFileBytes=" + maxFileBytes + ", maxUnpackedBytes=" + maxUnpackedBytes
              + ", maxEntries=" + maxEntries + ", maxDepth=" + maxDepth);
    }
    return new DocumentLimits(maxFileBytes, maxUnpackedBytes, maxEntries, maxDepth);
  }

  /**
   * Returns the largest file accepted, in bytes; a file is read only this far.
   *
   * @return the limit, at least 1
   */
  public int maxFileBytes() {
    return maxFileBytes;
  }

  /**
   * Returns the most bytes a .docx's parts may unpack to, together.
   *
   * @return the limit, at least 1
   */
  public long maxUnpackedBytes() {
    return maxUnpackedBytes;
  }

  /**
   * Returns the most parts (zip entries) a .docx may have.
   *
   * @return the limit, at least 1
   */
  public int maxEntries() {
    return maxEntries;
  }

  /**
   * Returns the deepest nesting of elements accepted.
   *
   * @return the limit, at least 1
   */
  public int maxDepth() {
    return maxDepth;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocumentLimits
        && ((DocumentLimits) o).maxFileBytes == maxFileBytes
        && ((DocumentLimits) o).maxUnpackedBytes == maxUnpackedBytes
        && ((DocumentLimits) o).maxEntries == maxEntries
        && ((DocumentLimits) o).maxDepth == maxDepth;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(maxFileBytes, maxUnpackedBytes, maxEntries, maxDepth);
  }

  @Override
  public String toString() {
    return "DocumentLimits{maxFileBytes=" + maxFileBytes + ", maxUnpackedBytes=" + maxUnpackedBytes
        + ", maxEntries=" + maxEntries + ", maxDepth=" + maxDepth + "}";
  }
}
