package org.replyletter.layout;

/**
 * How a block's lines are set within the 版心.
 *
 * @since 0.1.0
 */
public enum Alignment {
  /** Flush left (顶格), or from the block's left indent. */
  LEFT,
  /** Centred. */
  CENTER,
  /** Flush right, or up to the block's right indent. */
  RIGHT,
  /** Justified on both sides, the last line flush left: running text. */
  JUSTIFY
}
