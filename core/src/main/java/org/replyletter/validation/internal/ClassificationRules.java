package org.replyletter.validation.internal;

import java.util.List;
import org.replyletter.ClassificationScheme;
import org.replyletter.Disposition;
import org.replyletter.HandlingChecklist;
import org.replyletter.ReplyClassification;
import org.replyletter.ReplyLetter;
import org.replyletter.Suggestion;
import org.replyletter.diagnostics.Finding;
import org.replyletter.validation.RuleContext;

/** Rules on the reply type (答复类型), domain.md §2. */
final class ClassificationRules {
  private ClassificationRules() {}

  static final String CODE_PATH = "/classification/code";

  /**
   * The scheme's code a printed code stands for: the code itself, or for a sub-class the code it
   * refines ({@code B2} → {@code B}: local schemes such as 岳阳's print B1/B2, C1/C2); null if neither.
   */
  static String base(ReplyClassification c) {
    String code = c.code();
    if (c.scheme().isKnown(code)) {
      return code;
    }
    if (code.length() >= 2) {
      char last = code.charAt(code.length() - 1);
      String head = code.substring(0, code.length() - 1);
      if (last >= '1' && last <= '9' && c.scheme().isKnown(head)) {
        return head;
      }
    }
    return null;
  }

  /**
   * The code is one of its scheme's codes, or a numbered sub-class of one ({@code C2}). A blank code
   * is Bean Validation's business.
   */
  static final class KnownCode extends BuiltInRule {
    KnownCode() {
      super(Code.CLS_UNKNOWN);
    }

    @Override
    void check(ReplyLetter letter, RuleContext context, List<Finding> out) {
      letter.classification()
          .filter(c -> !c.code().isBlank() && base(c) == null)
          .ifPresent(
              c ->
                  out.add(
                      Code.CLS_UNKNOWN.at(
                          CODE_PATH, c.code(), c.scheme().id(), String.join("/", c.scheme().codes()))));
    }
  }

  /** What a checklist says about the outcome, before it is expressed in a scheme's codes. */
  enum Outcome {
    /** Every suggestion has something completed and nothing is refused. */
    DONE,
    /** Some suggestion has only work under way or planned; nothing is refused. */
    UNDER_WAY,
    /** Something cannot be done. */
    NOT_IMPLEMENTABLE
  }

  /**
   * The outcome a checklist implies, or null when it implies none: no suggestion, or a suggestion
   * left unanswered (that is RL-SUG-002's finding, not a classification problem).
   */
  static Outcome implied(HandlingChecklist checklist) {
    if (checklist.suggestions().isEmpty()) {
      return null;
    }
    boolean refused = false;
    boolean allDone = true;
    for (Suggestion s : checklist.suggestions()) {
      Disposition d = s.disposition();
      if (d.isEmpty()) {
        return null;
      }
      refused |= !d.notImplementable().isEmpty();
      allDone &= !d.completed().isEmpty();
    }
    return refused ? Outcome.NOT_IMPLEMENTABLE : allDone ? Outcome.DONE : Outcome.UNDER_WAY;
  }

  /**
   * The codes of {@code scheme} that fit {@code outcome}, most fitting first; empty for a scheme this
   * rule does not know how to map (the rule then stays silent). In the four-class scheme both C
   * (需待以后解决) and D (留作参考) fit something that cannot be done.
   */
  static List<String> fitting(ClassificationScheme scheme, Outcome outcome) {
    switch (scheme) {
      case THREE_CLASS:
        return List.of(outcome == Outcome.DONE ? "A" : outcome == Outcome.UNDER_WAY ? "B" : "C");
      case FOUR_CLASS:
        return outcome == Outcome.DONE
            ? List.of("A")
            : outcome == Outcome.UNDER_WAY ? List.of("B") : List.of("C", "D");
      case JIA_YI_BING:
        return List.of(outcome == Outcome.DONE ? "甲" : outcome == Outcome.UNDER_WAY ? "乙" : "丙");
      default:
        return List.of();
    }
  }

  /** The stated type agrees with the type the checklist implies (a warning: a handling office may overrule). */
  static final class ConsistentWithChecklist extends BuiltInRule {
    ConsistentWithChecklist() {
      super(Code.CLS_CHECKLIST);
    }

    @Override
    void check(ReplyLetter letter, RuleContext context, List<Finding> out) {
      if (letter.classification().isEmpty() || letter.checklist().isEmpty()) {
        return;
      }
      ReplyClassification c = letter.classification().get();
      String base = base(c);
      if (base == null) {
        return; // RL-CLS-002's business
      }
      Outcome outcome = implied(letter.checklist().get());
      if (outcome == null) {
        return;
      }
      List<String> fit = fitting(c.scheme(), outcome);
      if (fit.isEmpty() || fit.contains(base)) {
        return;
      }
      StringBuilder implied = new StringBuilder();
      for (String code : fit) {
        if (implied.length() > 0) {
          implied.append(" / ");
        }
        implied.append(code).append('（').append(c.scheme().label(code).orElse("")).append('）');
      }
      out.add(
          Code.CLS_CHECKLIST.variant(
              outcome.name().toLowerCase(java.util.Locale.ROOT),
              CODE_PATH,
              c.code(),
              c.scheme().label(base).orElse(""),
              implied.toString()));
    }
  }

  static List<BuiltInRule> all() {
    return List.of(new KnownCode(), new ConsistentWithChecklist());
  }
}
