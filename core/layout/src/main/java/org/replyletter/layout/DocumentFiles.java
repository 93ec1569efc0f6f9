package org.replyletter.layout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.replyletter.text.TextInputException;

/**
 * Reads a document file up to a size limit, for the format modules' importers.
 *
 * @since 0.1.0
 */
public final class DocumentFiles {
  private DocumentFiles() {}

  /**
   * Reads a file, never more than {@code maxBytes + 1} bytes.
   *
   * @param file the file; not null
   * @param maxBytes the largest file accepted
   * @return the bytes
   * @throws TextInputException if the file cannot be read (reason {@code IO_FAILURE}) or is larger
   *     than {@code maxBytes} (reason {@code LIMIT_EXCEEDED})
   */
  public static byte[] read(Path file, int maxBytes) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(maxBytes == Integer.MAX_VALUE ? maxBytes : maxBytes + 1);
    } catch (IOException | SecurityException | OutOfMemoryError e) {
      String detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      throw new TextInputException(
          TextInputException.Reason.IO_FAILURE, file.toString(), 0, 0, "cannot read file: " + detail, e);
    }
    if (bytes.length > maxBytes) {
      throw tooLarge(file.toString(), maxBytes);
    }
    return bytes;
  }

  /**
   * Returns the exception for a document over the file-size limit.
   *
   * @param sourceName the name of the input, or null
   * @param maxBytes the limit
   * @return the exception, of reason {@code LIMIT_EXCEEDED}
   */
  public static TextInputException tooLarge(String sourceName, int maxBytes) {
    return new TextInputException(
        TextInputException.Reason.LIMIT_EXCEEDED, sourceName, 0, 0,
        "document larger than " + maxBytes + " bytes (DocumentLimits.maxFileBytes)", null);
  }
}
