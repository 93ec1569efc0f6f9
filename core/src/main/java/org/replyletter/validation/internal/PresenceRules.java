package org.replyletter.validation.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.replyletter.ProposalReference;
import org.replyletter.ReplyLetter;
import org.replyletter.diagnostics.Finding;
import org.replyletter.validation.RuleContext;

/**
 * The "required" rules: each reports one absent part of the letter, once, at the member's JSON
 * Pointer. The rules that check a part's content pass when it is absent.
 */
final class PresenceRules {
  private PresenceRules() {}

  /** A rule reporting {@code code} when {@code part} is absent (empty optional or empty list). */
  static BuiltInRule required(Code code, String member, Function<ReplyLetter, Object> part) {
    return new BuiltInRule(code) {
      @Override
      void check(ReplyLetter letter, RuleContext context, List<Finding> out) {
        Object v = part.apply(letter);
        boolean absent = v instanceof Optional ? ((Optional<?>) v).isEmpty() : ((List<?>) v).isEmpty();
        if (absent) {
          out.add(code.at("/" + member));
        }
      }

      @Override
      public String toString() {
        return "Required[" + member + "]" + codes();
      }
    };
  }

  /**
   * The proposal answered is identified: present ({@code /proposal}), and each reference (form 1.1:
   * every part optional) names its proposal by number or title.
   */
  static final class Reference extends BuiltInRule {
    Reference() {
      super(Code.REF_MISSING);
    }

    @Override
    void check(ReplyLetter letter, RuleContext context, List<Finding> out) {
      if (letter.proposal().isEmpty()) {
        out.add(Code.REF_MISSING.at("/proposal"));
      } else if (unidentified(letter.proposal().get())) {
        out.add(Code.REF_MISSING.variant("unidentified", "/proposal"));
      }
      List<ProposalReference> more = letter.additionalProposals();
      for (int i = 0; i < more.size(); i++) {
        if (unidentified(more.get(i))) {
          out.add(Code.REF_MISSING.variant("unidentified", "/additionalProposals/" + i));
        }
      }
    }

    private static boolean unidentified(ProposalReference r) {
      return r.number().isEmpty() && r.title().isEmpty();
    }

    @Override
    public String toString() {
      return "Required[proposal]" + codes();
    }
  }

  /** Every presence rule, in catalogue order. */
  static List<BuiltInRule> all() {
    return List.of(
        required(Code.DOC_MISSING, "documentNumber", ReplyLetter::documentNumber),
        required(Code.CLS_MISSING, "classification", ReplyLetter::classification),
        new Reference(),
        required(Code.TTL_MISSING, "title", ReplyLetter::title),
        required(Code.ADR_MISSING, "addressees", ReplyLetter::addressees),
        required(Code.DATE_MISSING, "issueDate", ReplyLetter::issueDate),
        required(Code.SIG_ORGAN_MISSING, "issuingOrgan", ReplyLetter::issuingOrgan),
        required(Code.SIG_SIGNER_MISSING, "signer", ReplyLetter::signer),
        required(Code.CON_MISSING, "contacts", ReplyLetter::contacts),
        required(Code.DIS_MISSING, "disclosure", ReplyLetter::disclosure));
  }
}
