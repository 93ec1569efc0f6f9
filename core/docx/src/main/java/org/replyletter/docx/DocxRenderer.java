package org.replyletter.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.replyletter.ReplyLetter;
import org.replyletter.docx.internal.DocxWriter;

/**
 * Writes a {@link ReplyLetter} as a Word document (.docx) in the layout of GB/T 9704-2012 (see
 * {@link org.replyletter.layout.OfficialLayout} for the order of its parts): A4 with the 版心 of
 * 156 mm × 225 mm, 37 mm from the top and 28 mm from the left, a grid of 22 lines of 28
 * characters; body in 3号仿宋, title in 2号小标宋, first-level headings in 3号黑体, a paragraph's
 * leading second-level heading ({@code （一）…。}) in 楷体; the reply type's mark top left; the
 * document number flush right; the 附件说明, the issuing organ centred over the date (four
 * characters from the right) and the 附注; the 办理清单 on a new page as a table (建议, 已完成事项,
 * 已开展事项（开展中）, 无法落实事项及原因) whose header repeats on each page; the 版记 ({@code 抄送})
 * at the foot of the last page between rules; page numbers {@code — N —} in 4号宋体, on odd pages
 * right and on even pages left, one character in.
 *
 * <p>Fonts are named as agencies name them ({@code 仿宋_GB2312}, {@code 方正小标宋简体}, {@code 黑体},
 * {@code 楷体_GB2312}, {@code 宋体}); a machine without them substitutes its own (see
 * {@link org.replyletter.layout.FontFamily} for the fallbacks). Each paragraph's text is the line
 * the text renderer prints for that part, so {@link DocxImporter} reads the document back to the
 * letter whenever the text importer reads the text back. A character that XML, and so a .docx,
 * cannot hold (a C0 control other than tab and line ends, U+FFFE, U+FFFF, an unpaired surrogate) is
 * written as U+FFFD; validation reports such characters in a letter (RL-TXT-001).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DocxRenderer {
  private static final DocxRenderer DEFAULT = new DocxRenderer();

  private DocxRenderer() {}

  /**
   * Returns the renderer.
   *
   * @return the shared renderer
   */
  public static DocxRenderer defaults() {
    return DEFAULT;
  }

  /**
   * Writes a letter to a stream, which is left open.
   *
   * @param letter the letter; not null
   * @param out the stream; not null
   * @throws UncheckedIOException if the stream fails
   * @throws NullPointerException if an argument is null
   */
  public void render(ReplyLetter letter, OutputStream out) {
    Objects.requireNonNull(letter, "letter");
    Objects.requireNonNull(out, "out");
    try {
      DocxWriter.write(letter, new NonClosing(out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Renders a letter to the bytes of a .docx file.
   *
   * @param letter the letter; not null
   * @return the bytes, never null
   * @throws NullPointerException if {@code letter} is null
   */
  public byte[] render(ReplyLetter letter) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    render(letter, out);
    return out.toByteArray();
  }

  /** POI closes the stream it writes to; the caller's stream stays open. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
