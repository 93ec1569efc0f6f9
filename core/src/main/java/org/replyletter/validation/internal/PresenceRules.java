package org.replyletter.validation.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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

  /** Every presence rule, in catalogue order. */
  static List<BuiltInRule> all() {
    return List.of(
        required(Code.DOC_MISSING, "documentNumber", ReplyLetter::documentNumber),
        required(Code.CLS_MISSING, "classification", ReplyLetter::classification),
        required(Code.REF_MISSING, "proposal", ReplyLetter::proposal),
        required(Code.TTL_MISSING, "title", ReplyLetter::title),
        required(Code.ADR_MISSING, "addressees", ReplyLetter::addressees),
        required(Code.DATE_MISSING, "issueDate", ReplyLetter::issueDate),
        required(Code.SIG_ORGAN_MISSING, "issuingOrgan", ReplyLetter::issuingOrgan),
        required(Code.SIG_SIGNER_MISSING, "signer", ReplyLetter::signer),
        required(Code.CON_MISSING, "contacts", ReplyLetter::contacts),
        required(Code.DIS_MISSING, "disclosure", ReplyLetter::disclosure));
  }
}
