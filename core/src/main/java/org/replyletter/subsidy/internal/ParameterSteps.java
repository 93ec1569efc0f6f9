package org.replyletter.subsidy.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import org.replyletter.subsidy.DecisionStep;
import org.replyletter.subsidy.Outcome;
import org.replyletter.subsidy.Parameter;
import org.replyletter.subsidy.ParameterKey;
import org.replyletter.subsidy.Payee;
import org.replyletter.subsidy.RoundingRule;
import org.replyletter.subsidy.ScheduleVersion;
import org.replyletter.subsidy.StepKind;
import org.replyletter.subsidy.UnconfirmedShortage;
import org.replyletter.subsidy.UpliftCombination;

/**
 * The explanation step of every parameter of one version ({@code SUB-PAR-001}: the value, its source
 * and note), built once so that an explanation only refers to them. Immutable and thread-safe.
 */
final class ParameterSteps {
  private final Map<ParameterKey<?>, DecisionStep> steps = new IdentityHashMap<>();

  ParameterSteps(ScheduleVersion version) {
    for (ParameterKey<?> k : ParameterKey.values()) {
      steps.put(k, step(version, k));
    }
  }

  /** The step of {@code key}. */
  DecisionStep of(ParameterKey<?> key) {
    return steps.get(key);
  }

  private static <T> DecisionStep step(ScheduleVersion v, ParameterKey<T> key) {
    Parameter<T> p = v.parameter(key);
    String value = key.format(p.value());
    SubsidyCode code = SubsidyCode.PARAMETER;
    String stem = p.isAssumption() ? code.messageKey(".assumption") : code.messageKey();
    return DecisionStep.builder()
        .kind(StepKind.PARAMETER)
        .code(code.code())
        .messageKey(stem + VersionSteps.notes(p.note(), p.noteEn()))
        .outcome(Outcome.NOTED)
        .parameter(key.id())
        .value(value)
        .source(p.source())
        .addArguments(
            "@param." + key.id(),
            display(p.value(), value),
            p.source().document(),
            p.source().issuer(),
            "@reliability." + p.source().reliability().id(),
            p.note().orElse(""),
            p.noteEn().orElse(""))
        .build();
  }

  /** How a value reads in a message: a label for flags and enums, else the value's text. */
  private static String display(Object value, String text) {
    if (value instanceof Boolean) {
      return (Boolean) value ? "@yes" : "@no";
    }
    if (value instanceof UpliftCombination) {
      return "@combination." + text;
    }
    if (value instanceof RoundingRule) {
      return "@rounding." + text;
    }
    if (value instanceof UnconfirmedShortage) {
      return "@unconfirmed." + text;
    }
    if (value instanceof Payee) {
      return "@payee." + text;
    }
    return text;
  }
}
