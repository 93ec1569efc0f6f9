package org.replyletter.subsidy;

import java.util.Optional;

/**
 * The five levels of a skill-level certificate (职业技能等级), from 五级 (初级工, the lowest) to 一级
 * (高级技师, the highest). {@link #rank()} orders them: a higher rank is a higher level.
 *
 * <p>Constants are immutable and thread-safe; the {@linkplain #id() identifier} is stable and used in
 * JSON.
 *
 * @since 0.1.0
 */
public enum SkillLevel {
  /** 五级, 初级工 (junior worker): the lowest level. */
  LEVEL_5("level-5", "五级", "初级工", 1),
  /** 四级, 中级工 (intermediate worker). */
  LEVEL_4("level-4", "四级", "中级工", 2),
  /** 三级, 高级工 (senior worker). */
  LEVEL_3("level-3", "三级", "高级工", 3),
  /** 二级, 技师 (technician). */
  LEVEL_2("level-2", "二级", "技师", 4),
  /** 一级, 高级技师 (senior technician): the highest level. */
  LEVEL_1("level-1", "一级", "高级技师", 5);

  private final String id;
  private final String label;
  private final String title;
  private final int rank;

  SkillLevel(String id, String label, String title, int rank) {
    this.id = id;
    this.label = label;
    this.title = title;
    this.rank = rank;
  }

  /**
   * Returns the stable identifier used in JSON, e.g. {@code level-1}.
   *
   * @return the identifier, never null
   */
  public String id() {
    return id;
  }

  /**
   * Returns the level as numbered, e.g. {@code 一级}.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }

  /**
   * Returns the traditional title of the level, e.g. {@code 高级技师}.
   *
   * @return the title, never null
   */
  public String title() {
    return title;
  }

  /**
   * Returns the rank: 1 for 五级 up to 5 for 一级.
   *
   * @return the rank, 1 to 5
   */
  public int rank() {
    return rank;
  }

  /**
   * Tells whether this level is higher than another.
   *
   * @param other the other level; not null
   * @return true if this level ranks above {@code other}
   */
  public boolean isHigherThan(SkillLevel other) {
    return rank > other.rank;
  }

  /**
   * Finds the constant with the given {@linkplain #id() identifier}.
   *
   * @param id the identifier; not null
   * @return the constant, or empty if none has this identifier
   */
  public static Optional<SkillLevel> fromId(String id) {
    for (SkillLevel v : values()) {
      if (v.id.equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
