package org.replyletter.json.internal;

import java.util.List;
import org.replyletter.diagnostics.Finding;
import org.replyletter.diagnostics.Severity;
import org.replyletter.json.JsonInputException;
import org.replyletter.json.ReadLimits;

/**
 * Reading input up to the document-size limit, never further: files and streams alike, since the
 * size a file system reports cannot be trusted. Immutable and thread-safe.
 */
final class BoundedInput {
  private final ReadLimits limits;

  BoundedInput(ReadLimits limits) {
    this.limits = limits;
  }

  /**
   * Reads all bytes of a file, up to the document-size limit; an excess is {@code RL-JSON-009}, a
   * failure {@code RL-JSON-010}, both as {@link JsonInputException} named after the file. The size
   * the file system reports is not trusted: {@code /dev/zero}, a pipe or a file that grows report 0
   * or less than they hold, so the file is read as a stream, never more than one byte past the limit.
   */
  public byte[] readFile(java.nio.file.Path file) {
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      return readStream(in, file.toString());
    } catch (java.io.IOException | SecurityException e) {
      throw ioFailure(file.toString(), e);
    }
  }

  /**
   * Reads a stream, which this method does not close, up to the document-size limit: it never reads
   * more than one byte past it. Failures as for {@link #readFile}.
   */
  public byte[] readStream(java.io.InputStream in, String sourceName) {
    try {
      return readBounded(in, sourceName);
    } catch (java.io.IOException e) {
      throw ioFailure(sourceName, e);
    }
  }

  /**
   * The bytes of a stream up to the document-size limit; over it, {@link JsonInputException} with
   * {@code RL-JSON-009}, having read one byte past the limit and no more. I/O failures are thrown as
   * they are, for the caller to report.
   */
  public byte[] readBounded(java.io.InputStream in, String sourceName) throws java.io.IOException {
    long max = limits.maxDocumentBytes();
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (bytes.length > max) {
      throw new JsonInputException(sourceName, List.of(tooLarge(bytes.length, true)), null);
    }
    return bytes;
  }

  private static JsonInputException ioFailure(String sourceName, Exception e) {
    String detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return new JsonInputException(
        sourceName,
        List.of(Finding.builder().code(JsonInputException.IO_ERROR).severity(Severity.ERROR).addArguments(detail).build()),
        e);
  }

  /** The finding for a document of {@code size} bytes over the size limit. */
  public Finding tooLarge(long size) {
    return tooLarge(size, false);
  }

  /**
   * The finding for a document over the size limit: of {@code size} bytes, or, when reading stopped
   * at the limit ({@code truncated}), of more than the limit, however much more the source held.
   */
  private Finding tooLarge(long size, boolean truncated) {
    return Finding.builder()
        .code(ReadCode.LIMIT.code())
        .messageKey(ReadCode.LIMIT.key(truncated ? "sizeRead" : "size"))
        .severity(Severity.ERROR)
        .line(1)
        .column(1)
        .addArguments(Long.toString(size), Long.toString(limits.maxDocumentBytes()))
        .build();
  }
}
