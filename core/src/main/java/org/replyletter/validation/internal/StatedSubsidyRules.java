package org.replyletter.validation.internal;

import java.util.List;
import java.util.function.BiConsumer;
import org.replyletter.ReplyLetter;
import org.replyletter.StatedSubsidy;
import org.replyletter.SubsidyKind;
import org.replyletter.Suggestion;
import org.replyletter.diagnostics.Finding;
import org.replyletter.validation.RuleContext;

/**
 * Rules on the training subsidies a letter states ({@code Disposition.statedSubsidies}): they must
 * make sense as rules, since a subsidy schedule can be derived from them.
 */
final class StatedSubsidyRules {
  private StatedSubsidyRules() {}

  /** A cap names no kinds (it applies to all); any other stated amount names at least one. */
  static final class Kinds extends BuiltInRule {
    Kinds() {
      super(Code.STS_KINDS);
    }

    @Override
    void check(ReplyLetter letter, RuleContext context, List<Finding> out) {
      forEach(letter, (s, where) -> {
        if (s.isCap() && !s.kinds().isEmpty()) {
          out.add(Code.STS_KINDS.variant("cap", where.path() + "/kinds", s.amount().format()));
        } else if (!s.isCap() && s.kinds().isEmpty()) {
          out.add(Code.STS_KINDS.variant("none", where.path() + "/kinds", s.amount().format()));
        }
      });
    }
  }

  /** A range (amount to upTo) is stated for skill-level certificates only, low to high, never for a cap. */
  static final class Range extends BuiltInRule {
    Range() {
      super(Code.STS_RANGE);
    }

    @Override
    void check(ReplyLetter letter, RuleContext context, List<Finding> out) {
      forEach(letter, (s, where) -> {
        if (s.upTo().isEmpty()) {
          return;
        }
        boolean levels = !s.isCap() && s.kinds().equals(List.of(SubsidyKind.SKILL_LEVEL_CERTIFICATE));
        if (!levels || s.upTo().get().compareTo(s.amount()) < 0) {
          out.add(Code.STS_RANGE.at(where.path() + "/upTo", s.amount().format(), s.upTo().get().format()));
        }
      });
    }
  }

  /** Which stated subsidy a check is on; its pointer is made only for a finding. */
  private static final class Where {
    int suggestion;
    int index;

    String path() {
      return "/checklist/suggestions/" + suggestion + "/disposition/statedSubsidies/" + index;
    }
  }

  private static void forEach(ReplyLetter letter, BiConsumer<StatedSubsidy, Where> check) {
    List<Suggestion> all = letter.checklist().map(c -> c.suggestions()).orElse(List.of());
    Where where = new Where();
    for (int i = 0; i < all.size(); i++) {
      List<StatedSubsidy> stated = all.get(i).disposition().statedSubsidies();
      for (int j = 0; j < stated.size(); j++) {
        where.suggestion = i;
        where.index = j;
        check.accept(stated.get(j), where);
      }
    }
  }

  static List<BuiltInRule> all() {
    return List.of(new Kinds(), new Range());
  }
}
