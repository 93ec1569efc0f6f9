/**
 * Word (.docx) output and input of reply letters. <strong>API.</strong>
 *
 * <p>{@link org.replyletter.docx.DocxRenderer} writes a letter as a .docx in the GB/T 9704-2012
 * layout of {@link org.replyletter.layout.OfficialLayout}; {@link org.replyletter.docx.DocxImporter}
 * reads the paragraphs (with their numbering) and tables of a .docx in reading order and imports
 * them with {@link org.replyletter.text.LetterImporter}, with the same report as text. The
 * implementation is in {@code org.replyletter.docx.internal}, which is not exported.
 *
 * @since 0.1.0
 */
package org.replyletter.docx;
