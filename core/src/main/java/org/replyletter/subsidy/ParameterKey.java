package org.replyletter.subsidy;

import org.replyletter.SubsidyKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.replyletter.Money;

/**
 * The name and type of one parameter of a {@link ScheduleVersion}. The set of keys is closed: every
 * version gives a value for every key, so that a badly defined schedule fails when it is loaded,
 * never when a claim is decided. The {@linkplain #id() identifier} is the member name in schedule
 * JSON.
 *
 * <p>Each key has a {@linkplain #type() type}, which says what values it accepts and how they are
 * written; rates are fractions ({@code 0.2} for +20%), written in JSON as {@code "20%"}.
 *
 * <p>Instances are the constants of this class; immutable and thread-safe.
 *
 * @param <T> the value type
 * @since 0.1.0
 */
public final class ParameterKey<T> {
  private static final Map<String, ParameterKey<?>> BY_ID = new LinkedHashMap<>();

  /** 就业技能培训 per trainee. */
  public static final ParameterKey<Money> AMOUNT_EMPLOYMENT_SKILLS_TRAINING =
      money("amount.employment-skills-training");
  /** 创业培训 per trainee. */
  public static final ParameterKey<Money> AMOUNT_ENTREPRENEURSHIP_TRAINING =
      money("amount.entrepreneurship-training");
  /** 培训结业证书 per person. */
  public static final ParameterKey<Money> AMOUNT_COMPLETION_CERTIFICATE =
      money("amount.completion-certificate");
  /** 专项职业能力证书 per person. */
  public static final ParameterKey<Money> AMOUNT_SPECIAL_ABILITY_CERTIFICATE =
      money("amount.special-ability-certificate");
  /** 职业技能等级证书 五级 (初级工). */
  public static final ParameterKey<Money> AMOUNT_LEVEL_5 = money("amount.level-5");
  /** 职业技能等级证书 四级 (中级工). */
  public static final ParameterKey<Money> AMOUNT_LEVEL_4 = money("amount.level-4");
  /** 职业技能等级证书 三级 (高级工). */
  public static final ParameterKey<Money> AMOUNT_LEVEL_3 = money("amount.level-3");
  /** 职业技能等级证书 二级 (技师). */
  public static final ParameterKey<Money> AMOUNT_LEVEL_2 = money("amount.level-2");
  /** 职业技能等级证书 一级 (高级技师). */
  public static final ParameterKey<Money> AMOUNT_LEVEL_1 = money("amount.level-1");
  /** The most any one subsidy pays, after uplifts (最高不超过). */
  public static final ParameterKey<Money> CAP = money("amount.cap");

  /** Uplift for the priority groups (六类人员); 0 where there is none. */
  public static final ParameterKey<BigDecimal> UPLIFT_PRIORITY_GROUPS = rate("uplift.priority-groups");
  /** Uplift for a 综合服务类 shortage occupation. */
  public static final ParameterKey<BigDecimal> UPLIFT_COMPREHENSIVE_SERVICE =
      rate("uplift.comprehensive-service");
  /** Uplift for a 生产制造类 shortage occupation. */
  public static final ParameterKey<BigDecimal> UPLIFT_PRODUCTION_MANUFACTURING =
      rate("uplift.production-manufacturing");
  /** How uplifts combine. */
  public static final ParameterKey<UpliftCombination> UPLIFT_COMBINATION =
      new ParameterKey<>("uplift.combination", ParameterType.choice(UpliftCombination.class, UpliftCombination::id));
  /** The claim kinds uplifts apply to. */
  public static final ParameterKey<List<SubsidyKind>> UPLIFT_APPLIES_TO =
      new ParameterKey<>("uplift.applies-to", ParameterType.KINDS);
  /**
   * How a claimed shortage class that the version's {@link ShortageCatalogue} does not confirm is
   * decided. Optional in schedule JSON: a schedule of form 1.0 has none and gets
   * {@link UnconfirmedShortage#ACCEPT_WITH_WARNING} (it applied the claimed class), as an assumption.
   *
   * @since 0.2.0
   */
  public static final ParameterKey<UnconfirmedShortage> SHORTAGE_UNCONFIRMED =
      new ParameterKey<>("shortage.unconfirmed", ParameterType.choice(UnconfirmedShortage.class, UnconfirmedShortage::id));
  /** The one rounding rule. */
  public static final ParameterKey<RoundingRule> ROUNDING =
      new ParameterKey<>("rounding", ParameterType.choice(RoundingRule.class, RoundingRule::id));
  /** Who is paid for project training (就业技能培训, 创业培训). */
  public static final ParameterKey<Payee> PAYEE_TRAINING =
      new ParameterKey<>("payee.training", ParameterType.choice(Payee.class, Payee::id));
  /** Who is paid for a certificate. */
  public static final ParameterKey<Payee> PAYEE_CERTIFICATE =
      new ParameterKey<>("payee.certificate", ParameterType.choice(Payee.class, Payee::id));

  /** The most subsidies one person receives in total. */
  public static final ParameterKey<Integer> LIMIT_TOTAL = count("limit.total", 1000);
  /** Whether the same occupation at the same level is subsidised only once. */
  public static final ParameterKey<Boolean> LIMIT_SAME_OCCUPATION_LEVEL_ONCE =
      flag("limit.same-occupation-level-once");
  /** Whether a lower level of an occupation is refused after a higher one was subsidised. */
  public static final ParameterKey<Boolean> LIMIT_NO_DOWNGRADE = flag("limit.no-downgrade");
  /** Months after the certificate (or training completion) within which a claim is decided. */
  public static final ParameterKey<Integer> LIMIT_CLAIM_WINDOW_MONTHS = count("limit.claim-window-months", 1200);
  /** Whether a certificate already paid by the 技能提升补贴 is refused. */
  public static final ParameterKey<Boolean> LIMIT_NO_SECOND_PAYMENT = flag("limit.no-second-payment");

  /** Whether a real-name registration (实名制登记) is required. */
  public static final ParameterKey<Boolean> ELIGIBILITY_REGISTRATION_REQUIRED =
      flag("eligibility.registration-required");
  /** Whether the training or evaluation provider must be qualified. */
  public static final ParameterKey<Boolean> ELIGIBILITY_QUALIFIED_PROVIDER_REQUIRED =
      flag("eligibility.qualified-provider-required");
  /** Whether 机关事业单位在编人员 are excluded. */
  public static final ParameterKey<Boolean> ELIGIBILITY_EXCLUDE_PUBLIC_SECTOR_STAFF =
      flag("eligibility.exclude-public-sector-staff");
  /** Whether students not in their graduating year are excluded. */
  public static final ParameterKey<Boolean> ELIGIBILITY_EXCLUDE_NON_GRADUATING_STUDENTS =
      flag("eligibility.exclude-non-graduating-students");
  /** Whether pension recipients are excluded. */
  public static final ParameterKey<Boolean> ELIGIBILITY_EXCLUDE_PENSIONERS =
      flag("eligibility.exclude-pensioners");
  /** The age limit for people past the statutory retirement age without a pension. */
  public static final ParameterKey<Integer> ELIGIBILITY_AGE_LIMIT_PAST_RETIREMENT =
      count("eligibility.age-limit-past-retirement", 150);
  /** Whether the age limit itself is still eligible (晋江: up to 60 inclusive; 厦门: under 60). */
  public static final ParameterKey<Boolean> ELIGIBILITY_AGE_LIMIT_INCLUSIVE =
      flag("eligibility.age-limit-inclusive");

  private final String id;
  private final ParameterType<T> type;

  private ParameterKey(String id, ParameterType<T> type) {
    this.id = id;
    this.type = type;
    BY_ID.put(id, this);
  }

  private static ParameterKey<Money> money(String id) {
    return new ParameterKey<>(id, ParameterType.MONEY);
  }

  private static ParameterKey<BigDecimal> rate(String id) {
    return new ParameterKey<>(id, ParameterType.RATE);
  }

  private static ParameterKey<Integer> count(String id, int max) {
    return new ParameterKey<>(id, ParameterType.count(max));
  }

  private static ParameterKey<Boolean> flag(String id) {
    return new ParameterKey<>(id, ParameterType.FLAG);
  }

  /**
   * Formats a rate as a percentage: {@code 0.2} is {@code 20%}.
   *
   * @param rate the rate; not null
   * @return the percentage, without trailing zeros
   */
  public static String formatRate(BigDecimal rate) {
    BigDecimal p = rate.movePointRight(2).stripTrailingZeros();
    return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%";
  }

  /**
   * Returns the identifier, the member name in schedule JSON, e.g. {@code amount.level-1}.
   *
   * @return the identifier, never null
   */
  public String id() {
    return id;
  }

  /**
   * Tells whether a value has this key's {@linkplain #type() type} (and range: counts and rates are
   * not negative, counts not over their type's maximum).
   *
   * @param value the value; may be null (then false)
   * @return true if the value fits
   */
  public boolean accepts(Object value) {
    return type.accepts(value);
  }

  /**
   * Returns the type of the values, which also chooses their form in schedule JSON.
   *
   * @return the type, never null
   */
  public ParameterType<T> type() {
    return type;
  }

  /**
   * Formats a value of this key for explanations, e.g. {@code 3900元}, {@code 20%}, {@code true}.
   *
   * @param value the value; not null
   * @return the text, never null
   */
  public String format(T value) {
    return type.format(value);
  }

  /**
   * Returns every key, in the order schedule JSON writes them.
   *
   * @return an unmodifiable list
   */
  public static List<ParameterKey<?>> values() {
    return Collections.unmodifiableList(new ArrayList<>(BY_ID.values()));
  }

  /**
   * Finds the key with the given identifier.
   *
   * @param id the identifier; not null
   * @return the key, or empty if there is none
   */
  public static Optional<ParameterKey<?>> fromId(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  /**
   * Returns the key of the base amount of a claim kind; for a skill-level certificate, of the level.
   *
   * @param kind the kind; not null
   * @param level the level, required for {@link SubsidyKind#SKILL_LEVEL_CERTIFICATE}, otherwise ignored
   * @return the key
   * @throws IllegalArgumentException if a skill-level certificate has no level
   */
  public static ParameterKey<Money> amountOf(SubsidyKind kind, Optional<SkillLevel> level) {
    switch (kind) {
      case EMPLOYMENT_SKILLS_TRAINING:
        return AMOUNT_EMPLOYMENT_SKILLS_TRAINING;
      case ENTREPRENEURSHIP_TRAINING:
        return AMOUNT_ENTREPRENEURSHIP_TRAINING;
      case COMPLETION_CERTIFICATE:
        return AMOUNT_COMPLETION_CERTIFICATE;
      case SPECIAL_ABILITY_CERTIFICATE:
        return AMOUNT_SPECIAL_ABILITY_CERTIFICATE;
      default:
        switch (level.orElseThrow(() -> new IllegalArgumentException("a skill-level certificate needs a level"))) {
          case LEVEL_5:
            return AMOUNT_LEVEL_5;
          case LEVEL_4:
            return AMOUNT_LEVEL_4;
          case LEVEL_3:
            return AMOUNT_LEVEL_3;
          case LEVEL_2:
            return AMOUNT_LEVEL_2;
          default:
            return AMOUNT_LEVEL_1;
        }
    }
  }

  /**
   * Returns the identifier.
   *
   * @return {@link #id()}
   */
  @Override
  public String toString() {
    return id;
  }
}
