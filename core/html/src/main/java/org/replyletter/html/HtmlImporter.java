package org.replyletter.html;

import org.replyletter.html.internal.HtmlReader;
import org.replyletter.layout.DocumentImporter;
import org.replyletter.layout.DocumentLimits;
import org.replyletter.layout.LaidOutText;
import org.replyletter.text.ImportOptions;
import org.replyletter.text.LetterImporter;

/**
 * Imports a reply letter from an HTML page, such as a portal's publication of a reply: the page is
 * parsed as browsers do (jsoup; the charset from the byte-order mark or the page's {@code meta},
 * else UTF-8) and its article read in reading order ({@link LaidOutText}): the first
 * {@code article}, {@code main} or {@code [role=main]} element, or else the body without the site's
 * navigation, header, footer and sidebars; scripts, styles and forms are never read; each block
 * element and {@code br} ends a line; tables are read as rows of cells (a checklist table becomes
 * the checklist). The text goes to {@link LetterImporter#importText(CharSequence)}: the same zone
 * readers and the same {@link org.replyletter.text.ImportReport}, whose line numbers count the
 * lines of {@link #text(byte[], String)}. Nothing of the article is lost.
 *
 * <p>Limits: a page over {@link DocumentLimits#maxFileBytes()} is refused (reason
 * {@code LIMIT_EXCEEDED}) before parsing; elements nested deeper than
 * {@link DocumentLimits#maxDepth()} are attached at that depth, so deep nesting costs neither stack
 * nor time; then the text's own {@link ImportOptions} limits apply. An I/O failure is reason
 * {@code IO_FAILURE}. The parser fetches nothing (no external entities, scripts or resources).
 *
 * <p>A page written by {@link HtmlRenderer} imports to the letter whenever the letter's text
 * rendering imports to it. Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HtmlImporter extends DocumentImporter {
  private static final HtmlImporter DEFAULT = new HtmlImporter(ImportOptions.defaults(), DocumentLimits.defaults());

  private HtmlImporter(ImportOptions options, DocumentLimits limits) {
    super(options, limits);
  }

  /**
   * Returns the importer with default options and limits.
   *
   * @return the shared importer
   */
  public static HtmlImporter defaults() {
    return DEFAULT;
  }

  /**
   * Returns an importer.
   *
   * @param options the text importer's options (the charset is not used: the page declares its own); not null
   * @param limits the document's limits; not null
   * @return the importer
   * @throws NullPointerException if an argument is null
   */
  public static HtmlImporter of(ImportOptions options, DocumentLimits limits) {
    return new HtmlImporter(options, limits);
  }

  @Override
  protected LaidOutText read(byte[] bytes, String sourceName, DocumentLimits limits) {
    return HtmlReader.read(bytes, sourceName, limits);
  }
}
