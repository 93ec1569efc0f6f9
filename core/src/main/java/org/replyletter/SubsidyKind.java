package org.replyletter;

import java.util.Optional;

/**
 * What a subsidy claim is for: a training course or a certificate (职业培训补贴的类别).
 *
 * <p>Constants are immutable and thread-safe; the {@linkplain #id() identifier} is stable and used in JSON.
 *
 * @since 0.1.0
 */
public enum SubsidyKind {
  /** Employment-skills training (就业技能培训), paid per trainee. */
  EMPLOYMENT_SKILLS_TRAINING("employment-skills-training", "就业技能培训"),
  /** Entrepreneurship training (创业培训), paid per trainee. */
  ENTREPRENEURSHIP_TRAINING("entrepreneurship-training", "创业培训"),
  /** A training completion certificate (培训结业证书 or 合格证书). */
  COMPLETION_CERTIFICATE("completion-certificate", "培训结业证书"),
  /** A special-ability certificate (专项职业能力证书); it has no level. */
  SPECIAL_ABILITY_CERTIFICATE("special-ability-certificate", "专项职业能力证书"),
  /** A skill-level certificate (职业技能等级证书), at one of five levels. */
  SKILL_LEVEL_CERTIFICATE("skill-level-certificate", "职业技能等级证书");

  private final String id;
  private final String label;

  SubsidyKind(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /**
   * Returns the stable identifier used in JSON.
   *
   * @return the identifier, never null
   */
  public String id() {
    return id;
  }

  /**
   * Returns the Chinese label, as policies write it.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }

  /**
   * Tells whether this kind is project training (就业技能培训 or 创业培训), as opposed to a
   * certificate.
   *
   * @return true for the two training kinds
   */
  public boolean isTraining() {
    return this == EMPLOYMENT_SKILLS_TRAINING || this == ENTREPRENEURSHIP_TRAINING;
  }

  /**
   * Tells whether a claim of this kind names an occupation (工种) that the history rules compare:
   * the two certificates of an occupation (专项职业能力 and 职业技能等级).
   *
   * @return true for {@link #SPECIAL_ABILITY_CERTIFICATE} and {@link #SKILL_LEVEL_CERTIFICATE}
   */
  public boolean requiresOccupation() {
    return this == SPECIAL_ABILITY_CERTIFICATE || this == SKILL_LEVEL_CERTIFICATE;
  }

  /**
   * Finds the constant with the given {@linkplain #id() identifier}.
   *
   * @param id the identifier; not null
   * @return the constant, or empty if none has this identifier
   */
  public static Optional<SubsidyKind> fromId(String id) {
    for (SubsidyKind v : values()) {
      if (v.id.equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
