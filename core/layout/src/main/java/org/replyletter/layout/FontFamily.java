package org.replyletter.layout;

import java.util.List;

/**
 * The typefaces of GB/T 9704-2012 by the names agencies use, each with fallbacks that a machine
 * without the agency font substitutes: first the names the font has on Windows and macOS, then the
 * free CJK fonts found on Linux.
 *
 * @since 0.1.0
 */
public enum FontFamily {
  /** 仿宋 (FangSong): body text, 署名, 成文日期, 版记. */
  FANGSONG(List.of("仿宋_GB2312", "仿宋", "FangSong", "STFangsong", "AR PL UKai CN", "Noto Serif CJK SC"), "serif"),
  /** 小标宋 (方正小标宋简体): the title. */
  XIAOBIAOSONG(List.of("方正小标宋简体", "方正小标宋_GBK", "华文中宋", "STZhongsong", "宋体", "SimSun", "Noto Serif CJK SC"), "serif"),
  /** 黑体 (SimHei): first-level headings, the 附件 mark, the reply type's mark. */
  HEITI(List.of("黑体", "SimHei", "STHeiti", "Noto Sans CJK SC"), "sans-serif"),
  /** 楷体 (KaiTi): second-level headings such as {@code （一）}. */
  KAITI(List.of("楷体_GB2312", "楷体", "KaiTi", "STKaiti", "AR PL UKai CN", "Noto Serif CJK SC"), "serif"),
  /** 宋体 (SimSun): page numbers. */
  SONGTI(List.of("宋体", "SimSun", "STSong", "Noto Serif CJK SC"), "serif");

  private final List<String> names;
  private final String genericFamily;

  FontFamily(List<String> names, String genericFamily) {
    this.names = names;
    this.genericFamily = genericFamily;
  }

  /**
   * Returns the name agencies use, the first of {@link #names()}.
   *
   * @return the name, never null
   */
  public String primaryName() {
    return names.get(0);
  }

  /**
   * Returns the font names in order of preference: the agency's, then fallbacks.
   *
   * @return the names, unmodifiable, never empty
   */
  public List<String> names() {
    return names;
  }

  /**
   * Returns the CSS generic family that ends a font stack: {@code serif} or {@code sans-serif}.
   *
   * @return the generic family, never null
   */
  public String genericFamily() {
    return genericFamily;
  }
}
