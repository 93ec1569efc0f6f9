package org.replyletter.layout;

import java.nio.file.Path;
import java.util.Objects;
import org.replyletter.text.ImportOptions;
import org.replyletter.text.ImportResult;
import org.replyletter.text.LetterImporter;
import org.replyletter.text.TextInputException;

/**
 * What the importers of laid-out documents (Word, HTML) share: a document is read into its text in
 * {@linkplain LaidOutText reading order}, bounded by {@link DocumentLimits}, and that text goes to
 * {@link LetterImporter#importText(CharSequence)} with the given {@link ImportOptions}: the same
 * zone readers and the same {@link org.replyletter.text.ImportReport}, whose line numbers count the
 * lines of {@link #text(byte[], String)}.
 *
 * <p>Subclasses are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public abstract class DocumentImporter {
  private final LetterImporter importer;
  private final DocumentLimits limits;

  /**
   * Creates an importer.
   *
   * @param options the text importer's options; not null
   * @param limits the document's limits; not null
   */
  protected DocumentImporter(ImportOptions options, DocumentLimits limits) {
    this.importer = LetterImporter.of(Objects.requireNonNull(options, "options"));
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Returns the document's limits.
   *
   * @return the limits, never null
   */
  public final DocumentLimits limits() {
    return limits;
  }

  /**
   * Returns the text importer's options.
   *
   * @return the options, never null
   */
  public final ImportOptions options() {
    return importer.options();
  }

  /**
   * Reads a document into its text in reading order.
   *
   * @param bytes the document's bytes; not null
   * @param sourceName a name for messages, or null
   * @param limits the limits to keep to; not null
   * @return the text
   * @throws TextInputException if the document cannot be read or exceeds a limit
   */
  protected abstract LaidOutText read(byte[] bytes, String sourceName, DocumentLimits limits);

  /**
   * Returns the text the letter is imported from: the document's paragraphs and tables in reading
   * order, one line each. The import report's line numbers count these lines.
   *
   * @param bytes the document's bytes; not null
   * @param sourceName a name for messages, such as the file name; null if none
   * @return the text, each line ended by {@code \n}
   * @throws TextInputException if the document cannot be read or exceeds a limit
   * @throws NullPointerException if {@code bytes} is null
   */
  public final String text(byte[] bytes, String sourceName) {
    return read(Objects.requireNonNull(bytes, "bytes"), sourceName, limits).text();
  }

  /**
   * Imports a letter from a document's bytes.
   *
   * @param bytes the bytes; not null
   * @param sourceName a name for messages, such as the file name; null if none
   * @return the letter and the report; never null
   * @throws TextInputException if the document or its text cannot be read or exceeds a limit (the
   *     text's limits are those of the options; the message then says it is the document's text)
   * @throws NullPointerException if {@code bytes} is null
   */
  public final ImportResult importBytes(byte[] bytes, String sourceName) {
    LaidOutText text = read(Objects.requireNonNull(bytes, "bytes"), sourceName, limits);
    try {
      return importer.importText(text.text());
    } catch (TextInputException e) {
      String m = e.getMessage();
      int i = m.indexOf(": ");
      throw new TextInputException(e.reason(), sourceName, e.line().orElse(0), e.column().orElse(0),
          "the document's text: " + (i < 0 ? m : m.substring(i + 2)), e);
    }
  }

  /**
   * Imports a letter from a file, read only up to {@link DocumentLimits#maxFileBytes()}.
   *
   * @param file the file; not null
   * @return the letter and the report; never null
   * @throws TextInputException if the file cannot be read (reason {@code IO_FAILURE}), or the
   *     document cannot be read or exceeds a limit
   * @throws NullPointerException if {@code file} is null
   */
  public final ImportResult importFile(Path file) {
    Objects.requireNonNull(file, "file");
    return importBytes(DocumentFiles.read(file, limits.maxFileBytes()), file.toString());
  }
}
