package org.replyletter.subsidy.internal;

import org.replyletter.subsidy.DecisionStep;
import org.replyletter.subsidy.Outcome;
import org.replyletter.subsidy.StepKind;

/** Builds the explanation steps of the conditions and the calculation. Stateless. */
final class Steps {
  private Steps() {}

  /** A condition step; its message key is the code with {@code .passed} or {@code .failed}, then the variant. */
  static DecisionStep condition(SubsidyCode code, boolean ok, String variant, String... args) {
    return DecisionStep.builder()
        .kind(StepKind.CONDITION)
        .code(code.code())
        .outcome(ok ? Outcome.PASSED : Outcome.FAILED)
        .messageKey(code.messageKey((ok ? ".passed" : ".failed") + (variant == null ? "" : "." + variant)))
        .addArguments(args)
        .build();
  }

  /** A condition that passed, without variant or arguments. */
  static DecisionStep passed(SubsidyCode code) {
    return condition(code, true, null);
  }

  /** A step of the calculation or a result; its message key is the code. */
  static DecisionStep noted(StepKind kind, SubsidyCode code, String... args) {
    return DecisionStep.builder()
        .kind(kind)
        .code(code.code())
        .outcome(Outcome.NOTED)
        .addArguments(args)
        .build();
  }

  /** A history entry as the count sees it: counted, or skipped and why (the suffix). */
  static DecisionStep entry(String suffix, String... args) {
    return DecisionStep.builder()
        .kind(StepKind.CONDITION)
        .code(SubsidyCode.COUNTED_ENTRY.code())
        .outcome(Outcome.NOTED)
        .messageKey(SubsidyCode.COUNTED_ENTRY.messageKey(suffix))
        .addArguments(args)
        .build();
  }

  /** A step of the calculation. */
  static DecisionStep calc(SubsidyCode code, String... args) {
    return noted(StepKind.CALCULATION, code, args);
  }
}
