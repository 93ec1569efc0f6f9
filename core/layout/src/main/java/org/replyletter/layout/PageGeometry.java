package org.replyletter.layout;

/**
 * The page of GB/T 9704-2012 (§5.2, §7): A4 paper, the 版心 (type area) of 156 mm × 225 mm placed
 * 37 mm from the top (天头) and 28 mm from the left edge (订口), 22 lines of 28 characters of 3号
 * (16 pt) type, and the page number in 4号 7 mm below the 版心. Every length is in millimetres or
 * points; {@link #twips(double)} converts millimetres to the twentieths of a point Word uses.
 *
 * <p>Constants only; the class cannot be instantiated.
 *
 * @since 0.1.0
 */
public final class PageGeometry {
  private PageGeometry() {}

  /** Paper width: A4, 210 mm. */
  public static final double PAGE_WIDTH_MM = 210;

  /** Paper height: A4, 297 mm. */
  public static final double PAGE_HEIGHT_MM = 297;

  /** 天头: from the top edge to the 版心, 37 mm. */
  public static final double TOP_MARGIN_MM = 37;

  /** 订口: from the left edge to the 版心, 28 mm. */
  public static final double LEFT_MARGIN_MM = 28;

  /** Width of the 版心, 156 mm. */
  public static final double TEXT_WIDTH_MM = 156;

  /** Height of the 版心, 225 mm. */
  public static final double TEXT_HEIGHT_MM = 225;

  /** From the 版心 to the right edge: 210 − 28 − 156 = 26 mm. */
  public static final double RIGHT_MARGIN_MM = PAGE_WIDTH_MM - LEFT_MARGIN_MM - TEXT_WIDTH_MM;

  /** From the 版心 to the bottom edge: 297 − 37 − 225 = 35 mm. */
  public static final double BOTTOM_MARGIN_MM = PAGE_HEIGHT_MM - TOP_MARGIN_MM - TEXT_HEIGHT_MM;

  /** Lines on a page of body text: 22. */
  public static final int LINES_PER_PAGE = 22;

  /** Characters on a line of body text: 28. */
  public static final int CHARACTERS_PER_LINE = 28;

  /** The page number's top is this far below the 版心: 7 mm. */
  public static final double PAGE_NUMBER_GAP_MM = 7;

  /** 2号 type (the title): 22 pt. */
  public static final double SIZE_2_PT = 22;

  /** 3号 type (body text, headings, 附件说明, 署名, 成文日期): 16 pt. */
  public static final double SIZE_3_PT = 16;

  /** 4号 type (page numbers, 版记, the checklist table): 14 pt. */
  public static final double SIZE_4_PT = 14;

  /** Millimetres per point (1 pt = 1/72 inch). */
  public static final double MM_PER_PT = 25.4 / 72;

  /**
   * Returns the line pitch, the 版心's height over its 22 lines: about 28.98 pt (a 3号 character
   * plus about 7/8 of one, as the standard describes the 行).
   *
   * @return the pitch in points
   */
  public static double linePitchPt() {
    return TEXT_HEIGHT_MM / MM_PER_PT / LINES_PER_PAGE;
  }

  /**
   * Returns the character pitch, the 版心's width over its 28 characters: about 15.79 pt, a little
   * under the 16 pt of a 3号 character, so type is set with about −0.21 pt of tracking.
   *
   * @return the pitch in points
   */
  public static double characterPitchPt() {
    return TEXT_WIDTH_MM / MM_PER_PT / CHARACTERS_PER_LINE;
  }

  /**
   * Returns the distance from the page's bottom edge to the bottom of the page-number line: the
   * bottom margin less the 7 mm gap and one 4号 line.
   *
   * @return the distance in millimetres, about 23.1
   */
  public static double footerDistanceMm() {
    return BOTTOM_MARGIN_MM - PAGE_NUMBER_GAP_MM - SIZE_4_PT * MM_PER_PT;
  }

  /**
   * Converts millimetres to twips (twentieths of a point), rounded to the nearest.
   *
   * @param mm the length in millimetres
   * @return the length in twips
   */
  public static int twips(double mm) {
    return (int) Math.round(mm / MM_PER_PT * 20);
  }
}
