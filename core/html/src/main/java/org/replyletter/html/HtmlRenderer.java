package org.replyletter.html;

import java.util.Objects;
import org.replyletter.ReplyLetter;
import org.replyletter.html.internal.HtmlWriter;

/**
 * Writes a {@link ReplyLetter} as one self-contained HTML page (no external style sheets, scripts,
 * fonts or images) in the layout of GB/T 9704-2012, as {@link org.replyletter.layout.OfficialLayout}
 * orders it: {@code <html lang="zh-CN">}; the 版头 (reply type's mark, document number) in a
 * {@code header}; the title as {@code h1} and the body's headings as {@code h2}; a paragraph's
 * leading second-level heading ({@code （一）…。}) in a {@code span} set in 楷体; the attachment in
 * a {@code section} that starts a new printed page, its checklist a {@code table} with column
 * headers (建议, 已完成事项, 已开展事项（开展中）, 无法落实事项及原因) and a row header per suggestion,
 * labelled by the checklist's title; the 版记 ({@code 抄送}) in a {@code footer} between rules.
 *
 * <p>The CSS gives the standard's geometry on screen (an A4 sheet) and in print: {@code @page}
 * with A4 and the 版心's margins, 3号仿宋 at the line pitch of 22 lines and the tracking of 28
 * characters, and page numbers {@code — N —} in 4号宋体 in the page's margin boxes, odd pages right
 * and even pages left (browsers that print margin boxes, such as Chromium, show them). Fonts are
 * named as agencies use them, with fallbacks ({@link org.replyletter.layout.FontFamily}).
 *
 * <p>All of the letter's text is escaped ({@code & < > " '}), so no text can add markup, scripts or
 * attributes. Each element's text is the line the text renderer prints for that part, so
 * {@link HtmlImporter} reads the page back to the letter whenever the text importer reads the text
 * back.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HtmlRenderer {
  private static final HtmlRenderer DEFAULT = new HtmlRenderer();

  private HtmlRenderer() {}

  /**
   * Returns the renderer.
   *
   * @return the shared renderer
   */
  public static HtmlRenderer defaults() {
    return DEFAULT;
  }

  /**
   * Renders a letter.
   *
   * @param letter the letter; not null
   * @return the page, UTF-8 declared, ending with a newline; never null
   * @throws NullPointerException if {@code letter} is null
   */
  public String render(ReplyLetter letter) {
    return HtmlWriter.write(Objects.requireNonNull(letter, "letter"));
  }
}
