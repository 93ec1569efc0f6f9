package org.replyletter.validation.internal;

import org.replyletter.internal.ChineseNumerals;
import java.util.List;
import org.replyletter.NotImplementableItem;
import org.replyletter.ReplyLetter;
import org.replyletter.Suggestion;
import org.replyletter.diagnostics.Finding;
import org.replyletter.validation.RuleContext;

/** Rules on the handling checklist (办理清单): answered point by point (逐条、清单式答复). */
final class ChecklistRules {
  private ChecklistRules() {}

  /** A checklist is attached and lists at least one suggestion. */
  static final class Present extends BuiltInRule {
    Present() {
      super(Code.SUG_MISSING);
    }

    @Override
    void check(ReplyLetter letter, RuleContext context, List<Finding> out) {
      if (letter.checklist().isEmpty()) {
        out.add(Code.SUG_MISSING.at("/checklist"));
      } else if (letter.checklist().get().suggestions().isEmpty()) {
        out.add(Code.SUG_MISSING.variant("empty", "/checklist/suggestions"));
      }
    }
  }

  /** Every suggestion has at least one completed, in-progress or not-implementable item. */
  static final class Answered extends BuiltInRule {
    Answered() {
      super(Code.SUG_UNANSWERED);
    }

    @Override
    void check(ReplyLetter letter, RuleContext context, List<Finding> out) {
      List<Suggestion> all = letter.checklist().map(c -> c.suggestions()).orElse(List.of());
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).disposition().isEmpty()) {
          out.add(Code.SUG_UNANSWERED.at("/checklist/suggestions/" + i + "/disposition", label(all.get(i), i)));
        }
      }
    }
  }

  /** Every not-implementable item states its reason. A blank reason is Bean Validation's business. */
  static final class ReasonGiven extends BuiltInRule {
    ReasonGiven() {
      super(Code.SUG_NO_REASON);
    }

    @Override
    void check(ReplyLetter letter, RuleContext context, List<Finding> out) {
      List<Suggestion> all = letter.checklist().map(c -> c.suggestions()).orElse(List.of());
      for (int i = 0; i < all.size(); i++) {
        List<NotImplementableItem> items = all.get(i).disposition().notImplementable();
        for (int j = 0; j < items.size(); j++) {
          if (items.get(j).reason().isEmpty()) {
            out.add(
                Code.SUG_NO_REASON.at(
                    "/checklist/suggestions/" + i + "/disposition/notImplementable/" + j + "/reason",
                    Text.excerpt(items.get(j).item())));
          }
        }
      }
    }
  }

  /** 建议一 加强宣传… : how a message names a suggestion. */
  static String label(Suggestion s, int index) {
    return "建议" + s.ordinal().orElse(ChineseNumerals.format(Math.min(index + 1, 999))) + "（" + Text.excerpt(s.title()) + "）";
  }

  static List<BuiltInRule> all() {
    return List.of(new Present(), new Answered(), new ReasonGiven());
  }
}
