package org.replyletter.docx;

import org.replyletter.docx.internal.DocxReader;
import org.replyletter.layout.DocumentImporter;
import org.replyletter.layout.DocumentLimits;
import org.replyletter.layout.LaidOutText;
import org.replyletter.text.ImportOptions;
import org.replyletter.text.LetterImporter;

/**
 * Imports a reply letter from a Word document (.docx): its body's paragraphs (with the numbers of
 * numbered paragraphs, {@code 一、} or {@code （一）}, as printed) and tables, in reading order
 * ({@link LaidOutText}: a checklist table becomes the checklist, the 附件说明 goes with its
 * attachment), go to {@link LetterImporter#importText(CharSequence)}: the same zone readers and the
 * same {@link org.replyletter.text.ImportReport}, whose line numbers count the lines of
 * {@link #text(byte[], String)}. Nothing is lost: every non-blank paragraph and cell line is placed
 * or listed unplaced. Headers and footers (page numbers) are not read.
 *
 * <p>Hostile files are refused before Apache POI sees them, with a {@link org.replyletter.text.TextInputException}: a
 * file over {@link DocumentLimits#maxFileBytes()}, a zip that unpacks to more than
 * {@link DocumentLimits#maxUnpackedBytes()} (counted while unpacking: a zip bomb stops there), more
 * than {@link DocumentLimits#maxEntries()} parts or XML nested deeper than
 * {@link DocumentLimits#maxDepth()} (reason {@code LIMIT_EXCEEDED}); a file that is not a zip, has no
 * {@code word/document.xml}, holds XML that is not well-formed or declares a document type or
 * entities (reason {@code MALFORMED_INPUT}); then the text's own {@link ImportOptions} limits. An
 * I/O failure is reason {@code IO_FAILURE}. Nothing is imported from such a file.
 *
 * <p>A .docx written by {@link DocxRenderer} imports to the letter whenever the letter's text
 * rendering imports to it. Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DocxImporter extends DocumentImporter {
  private static final DocxImporter DEFAULT = new DocxImporter(ImportOptions.defaults(), DocumentLimits.defaults());

  private DocxImporter(ImportOptions options, DocumentLimits limits) {
    super(options, limits);
  }

  /**
   * Returns the importer with default options and limits.
   *
   * @return the shared importer
   */
  public static DocxImporter defaults() {
    return DEFAULT;
  }

  /**
   * Returns an importer.
   *
   * @param options the text importer's options (the charset is not used: a .docx is XML in UTF-8 or UTF-16); not null
   * @param limits the document's limits; not null
   * @return the importer
   * @throws NullPointerException if an argument is null
   */
  public static DocxImporter of(ImportOptions options, DocumentLimits limits) {
    return new DocxImporter(options, limits);
  }

  @Override
  protected LaidOutText read(byte[] bytes, String sourceName, DocumentLimits limits) {
    return DocxReader.read(bytes, sourceName, limits);
  }
}
