/**
 * The GB/T 9704-2012 layout of a reply letter, independent of any file format. <strong>API</strong>
 * for the format modules ({@code reply-letter-docx}, {@code reply-letter-html}) and for anyone
 * writing another format.
 *
 * <p>{@link org.replyletter.layout.OfficialLayout} lays a letter out as {@linkplain
 * org.replyletter.layout.Block blocks} of known {@linkplain org.replyletter.layout.BlockKind kinds}
 * in the standard's order: 版头 (document number, reply type's mark), title, 主送, body, 附件说明,
 * 署名 and 成文日期, 附注, the attachment (办理清单) on its own page as a
 * {@linkplain org.replyletter.layout.ChecklistTable table}, and the 版记 with 抄送. Each block's text
 * is the line that {@link org.replyletter.text.LetterRenderer} writes for that part, so that a
 * format's text, read back in {@linkplain org.replyletter.layout.LaidOutText reading order}, is what
 * {@link org.replyletter.text.LetterImporter} reads.
 *
 * @since 0.1.0
 */
package org.replyletter.layout;
