package org.replyletter.layout;

/**
 * The kinds of block of a laid-out letter, in the order of GB/T 9704-2012, each with its type
 * (font and size) and its place on the line. Indents are in characters of the block's own size.
 *
 * @since 0.1.0
 */
public enum BlockKind {
  /** 答复类型 mark: 3号黑体, top left of the first page. */
  CLASSIFICATION_MARK(FontFamily.HEITI, PageGeometry.SIZE_3_PT, Alignment.LEFT, 0, 0),
  /** 发文字号 (with 签发人 when there is one): 3号仿宋, flush right (信函格式). */
  DOCUMENT_NUMBER(FontFamily.FANGSONG, PageGeometry.SIZE_3_PT, Alignment.RIGHT, 0, 0),
  /** 标题: 2号小标宋, centred. */
  TITLE(FontFamily.XIAOBIAOSONG, PageGeometry.SIZE_2_PT, Alignment.CENTER, 0, 0),
  /** 主送机关 (the addressees): 3号仿宋, flush left. */
  ADDRESSEES(FontFamily.FANGSONG, PageGeometry.SIZE_3_PT, Alignment.LEFT, 0, 0),
  /** The opening: running text, two characters in. */
  OPENING(FontFamily.FANGSONG, PageGeometry.SIZE_3_PT, Alignment.JUSTIFY, 2, 0),
  /** A first-level heading ({@code 一、…}, or a heading without numeral): 3号黑体, two characters in. */
  HEADING(FontFamily.HEITI, PageGeometry.SIZE_3_PT, Alignment.JUSTIFY, 2, 0),
  /**
   * A body paragraph: 3号仿宋, two characters in. A paragraph that opens with a second-level
   * heading ({@code （一）…。}) sets that heading in 楷体 ({@link Block#leadingHeading()}).
   */
  PARAGRAPH(FontFamily.FANGSONG, PageGeometry.SIZE_3_PT, Alignment.JUSTIFY, 2, 0),
  /** The label of the supplementary note: 3号黑体, two characters in. */
  NOTE_LABEL(FontFamily.HEITI, PageGeometry.SIZE_3_PT, Alignment.JUSTIFY, 2, 0),
  /** A line of the supplementary note: running text. */
  NOTE(FontFamily.FANGSONG, PageGeometry.SIZE_3_PT, Alignment.JUSTIFY, 2, 0),
  /** 附件说明 ({@code 附件：…}) under the body: two characters in. */
  ATTACHMENT_NOTE(FontFamily.FANGSONG, PageGeometry.SIZE_3_PT, Alignment.LEFT, 2, 0),
  /** 发文机关署名: centred over the date ({@link Block#rightIndent()}). */
  ISSUING_ORGAN(FontFamily.FANGSONG, PageGeometry.SIZE_3_PT, Alignment.RIGHT, 0, 4),
  /** 成文日期: four characters from the right edge (右空四字). */
  ISSUE_DATE(FontFamily.FANGSONG, PageGeometry.SIZE_3_PT, Alignment.RIGHT, 0, 4),
  /** 附注: a contact line, two characters in. */
  CONTACT(FontFamily.FANGSONG, PageGeometry.SIZE_3_PT, Alignment.LEFT, 2, 0),
  /** 附注: the disclosure line, two characters in. */
  DISCLOSURE(FontFamily.FANGSONG, PageGeometry.SIZE_3_PT, Alignment.LEFT, 2, 0),
  /** The attachment's mark {@code 附件}: 3号黑体, top left of a new page. */
  ATTACHMENT_MARK(FontFamily.HEITI, PageGeometry.SIZE_3_PT, Alignment.LEFT, 0, 0),
  /** The checklist's title: 2号小标宋, centred like the main title. */
  CHECKLIST_TITLE(FontFamily.XIAOBIAOSONG, PageGeometry.SIZE_2_PT, Alignment.CENTER, 0, 0),
  /** The checklist's own opening: running text. */
  CHECKLIST_OPENING(FontFamily.FANGSONG, PageGeometry.SIZE_3_PT, Alignment.JUSTIFY, 2, 0),
  /** The checklist as a table ({@link Block#table()}): 4号仿宋, its header row 4号黑体. */
  CHECKLIST(FontFamily.FANGSONG, PageGeometry.SIZE_4_PT, Alignment.LEFT, 0, 0),
  /** 版记: the {@code 抄送} line, 4号仿宋, one character in on each side, between rules. */
  CC(FontFamily.FANGSONG, PageGeometry.SIZE_4_PT, Alignment.LEFT, 1, 1);

  private final FontFamily font;
  private final double sizePt;
  private final Alignment alignment;
  private final double indent;
  private final double rightIndent;

  BlockKind(FontFamily font, double sizePt, Alignment alignment, double indent, double rightIndent) {
    this.font = font;
    this.sizePt = sizePt;
    this.alignment = alignment;
    this.indent = indent;
    this.rightIndent = rightIndent;
  }

  /**
   * Returns the typeface.
   *
   * @return the font family, never null
   */
  public FontFamily font() {
    return font;
  }

  /**
   * Returns the type size.
   *
   * @return the size in points
   */
  public double sizePt() {
    return sizePt;
  }

  /**
   * Returns how the lines are set.
   *
   * @return the alignment, never null
   */
  public Alignment alignment() {
    return alignment;
  }

  /**
   * Returns the indent from the left, in characters: of the first line for running text
   * ({@link Alignment#JUSTIFY}), of every line otherwise.
   *
   * @return the indent, 0 or more
   */
  public double indent() {
    return indent;
  }

  /**
   * Returns the usual indent from the right, in characters; a block may differ
   * ({@link Block#rightIndent()}).
   *
   * @return the indent, 0 or more
   */
  public double rightIndent() {
    return rightIndent;
  }

  /**
   * Returns whether the block starts a new page: the attachment does.
   *
   * @return true for {@link #ATTACHMENT_MARK}
   */
  public boolean startsPage() {
    return this == ATTACHMENT_MARK;
  }
}
