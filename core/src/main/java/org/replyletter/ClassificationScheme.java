package org.replyletter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scheme of reply types (答复类型, 办复类别). There is no single national definition: the same code
 * means different things in different schemes, so a {@link ReplyClassification} always names its
 * scheme. The three-class A/B/C scheme is the default.
 *
 * <p>Sources: 佛坪 2024 and 甘肃省政协 (three-class); NPC practice (four-class); 沁阳 (甲/乙/丙).
 *
 * @since 0.1.0
 */
public enum ClassificationScheme {
  /** A 已解决或采纳, B 列入计划拟解决或拟采纳, C 留作参考. */
  THREE_CLASS("three-class", "A", "已解决或采纳", "B", "列入计划拟解决或拟采纳", "C", "留作参考"),
  /**
   * A 已经解决或者基本解决, B 正在解决或者列入规划逐步解决, C 因目前条件限制或者其他原因需待以后解决, D 留作参考.
   */
  FOUR_CLASS(
      "four-class",
      "A",
      "已经解决或者基本解决",
      "B",
      "正在解决或者列入规划逐步解决",
      "C",
      "因目前条件限制或者其他原因需待以后解决",
      "D",
      "留作参考"),
  /** 甲 已经解决或基本解决, 乙 正在解决以及列入计划逐步解决, 丙 暂时不能解决. */
  JIA_YI_BING("jia-yi-bing", "甲", "已经解决或基本解决", "乙", "正在解决以及列入计划逐步解决", "丙", "暂时不能解决");

  private final String id;
  private final Map<String, String> labels;

  ClassificationScheme(String id, String... codesAndLabels) {
    this.id = id;
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < codesAndLabels.length; i += 2) {
      m.put(codesAndLabels[i], codesAndLabels[i + 1]);
    }
    this.labels = Collections.unmodifiableMap(m);
  }

  /**
   * Returns the stable identifier used in JSON.
   *
   * @return the identifier, e.g. {@code three-class}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the codes of this scheme, in order.
   *
   * @return an unmodifiable list, e.g. {@code [A, B, C]}
   */
  public List<String> codes() {
    return List.copyOf(labels.keySet());
  }

  /**
   * Tells whether a code belongs to this scheme.
   *
   * @param code the code; not null
   * @return true if known
   */
  public boolean isKnown(String code) {
    return labels.containsKey(code);
  }

  /**
   * Returns the Chinese meaning of a code.
   *
   * @param code the code; not null
   * @return the label, or empty if the code is not in this scheme
   */
  public Optional<String> label(String code) {
    return Optional.ofNullable(labels.get(code));
  }

  /**
   * Finds the scheme with the given {@linkplain #id() identifier}.
   *
   * @param id the identifier; not null
   * @return the scheme, or empty if none has this identifier
   */
  public static Optional<ClassificationScheme> fromId(String id) {
    for (ClassificationScheme v : values()) {
      if (v.id.equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
