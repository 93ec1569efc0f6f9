package org.replyletter.jackson.internal;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.replyletter.CcGroup;
import org.replyletter.Channel;
import org.replyletter.ClassificationScheme;
import org.replyletter.Contact;
import org.replyletter.ContactRole;
import org.replyletter.Disclosure;
import org.replyletter.Disposition;
import org.replyletter.DocumentNumber;
import org.replyletter.HandlingChecklist;
import org.replyletter.Money;
import org.replyletter.NotImplementableItem;
import org.replyletter.ProposalReference;
import org.replyletter.Proposer;
import org.replyletter.ProposerRole;
import org.replyletter.ReplyClassification;
import org.replyletter.ReplyLetter;
import org.replyletter.Section;
import org.replyletter.Sponsorship;
import org.replyletter.StatedSubsidy;
import org.replyletter.SubsidyKind;
import org.replyletter.Suggestion;
import org.replyletter.diagnostics.Finding;
import org.replyletter.diagnostics.Severity;
import org.replyletter.json.JsonInputException;
import org.replyletter.json.internal.Codecs;
import org.replyletter.json.internal.LetterCodecs;
import org.replyletter.json.internal.ReadContext;
import org.replyletter.subsidy.Outcome;
import org.replyletter.subsidy.Payee;
import org.replyletter.subsidy.Registration;
import org.replyletter.subsidy.Reliability;
import org.replyletter.subsidy.RoundingRule;
import org.replyletter.subsidy.ScheduleDefinitionException;
import org.replyletter.subsidy.ShortageCategory;
import org.replyletter.subsidy.SkillLevel;
import org.replyletter.subsidy.StepKind;
import org.replyletter.subsidy.SubsidyDecision;
import org.replyletter.subsidy.SubsidyJson;
import org.replyletter.subsidy.SubsidyRequest;
import org.replyletter.subsidy.SubsidySchedule;
import org.replyletter.subsidy.UpliftCombination;
import org.replyletter.subsidy.internal.RequestJson;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Every type of the library the module reads or writes, with its form: the letter and its parts
 * through the letter's codecs, the subsidy request through its codec, the others through their
 * facades. Declared once here; the module registers them all.
 */
public final class Forms {
  private Forms() {}

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  /** All forms; reports are read back with messages in {@code locale}, or Chinese if null. */
  public static List<Form<?>> all(Locale locale) {
    return List.of(
          Form.document(ReplyLetter.class, LetterCodecs::versionFor, LetterCodecs.LETTER),
          Form.of(DocumentNumber.class, LetterCodecs.DOCUMENT_NUMBER),
          Form.of(Money.class, LetterCodecs.MONEY),
          Form.of(ReplyClassification.class, LetterCodecs.CLASSIFICATION),
          Form.of(ProposalReference.class, LetterCodecs.PROPOSAL),
          Form.of(Proposer.class, LetterCodecs.PROPOSER),
          Form.of(Section.class, LetterCodecs.SECTION),
          Form.of(NotImplementableItem.class, LetterCodecs.NOT_IMPLEMENTABLE),
          Form.of(StatedSubsidy.class, LetterCodecs.STATED_SUBSIDY),
          Form.of(Disposition.class, LetterCodecs.DISPOSITION),
          Form.of(Suggestion.class, LetterCodecs.SUGGESTION),
          Form.of(HandlingChecklist.class, LetterCodecs.CHECKLIST),
          Form.of(CcGroup.class, LetterCodecs.CC_GROUP),
          Form.of(Contact.class, LetterCodecs.CONTACT),
          Form.of(Channel.class, Codecs.enumeration(Channel.class, Channel::id)),
          Form.of(ClassificationScheme.class, Codecs.enumeration(ClassificationScheme.class, ClassificationScheme::id)),
          Form.of(ContactRole.class, Codecs.enumeration(ContactRole.class, ContactRole::id)),
          Form.of(Disclosure.class, Codecs.enumeration(Disclosure.class, Disclosure::id)),
          Form.of(ProposerRole.class, Codecs.enumeration(ProposerRole.class, ProposerRole::id)),
          Form.of(Sponsorship.class, Codecs.enumeration(Sponsorship.class, Sponsorship::id)),
          Form.of(SubsidyKind.class, Codecs.enumeration(SubsidyKind.class, SubsidyKind::id)),
          Form.of(Severity.class, Codecs.enumeration(Severity.class, Severity::code)),
          Form.of(Outcome.class, Codecs.enumeration(Outcome.class, Outcome::id)),
          Form.of(Payee.class, Codecs.enumeration(Payee.class, Payee::id)),
          Form.of(Registration.class, Codecs.enumeration(Registration.class, Registration::id)),
          Form.of(Reliability.class, Codecs.enumeration(Reliability.class, Reliability::id)),
          Form.of(RoundingRule.class, Codecs.enumeration(RoundingRule.class, RoundingRule::id)),
          Form.of(ShortageCategory.class, Codecs.enumeration(ShortageCategory.class, ShortageCategory::id)),
          Form.of(SkillLevel.class, Codecs.enumeration(SkillLevel.class, SkillLevel::id)),
          Form.of(StepKind.class, Codecs.enumeration(StepKind.class, StepKind::id)),
          Form.of(UpliftCombination.class, Codecs.enumeration(UpliftCombination.class, UpliftCombination::id)),
          Form.document(SubsidyRequest.class, request -> RequestJson.SCHEMA_VERSION, RequestJson.REQUEST),
          Form.of(
              SubsidySchedule.class,
              (s, g, l) -> copy(SubsidyJson.defaults().writeSchedule(s), g),
              Forms::readSchedule),
          Form.writtenOnly(
              SubsidyDecision.class,
              (d, g, l) -> copy(SubsidyJson.defaults().writeDecision(d, l == null ? Finding.ZH_CN : l), g),
              "SubsidyDecision is written, never read: the library makes decisions with SubsidyCalculator"),
          ReportForms.report(locale),
          ReportForms.finding());
  }

  /**
   * A schedule, from the value the parser is on: its sources are read before its versions cite them,
   * which the schedule's reader does in two passes over bytes; so the value is copied, token by token,
   * exactly, into bytes that reader reads. Problems are entered at their pointer in the whole document.
   */
  private static SubsidySchedule readSchedule(JsonParser p, ReadContext ctx) {
    String at = ctx.pointer();
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return Codecs.wrongType(p, ctx, "object");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      copyValue(p, g);
    }
    try {
      return SubsidyJson.defaults().readSchedule(out.toByteArray(), null);
    } catch (JsonInputException e) {
      e.findings().forEach(f -> ctx.add(within(at, f)));
    } catch (ScheduleDefinitionException e) {
      e.findings().forEach(f -> ctx.add(within(at, f)));
    }
    return null;
  }

  /** {@code f} at {@code at} + its path, without the line and column of the copy it was found in. */
  private static Finding within(String at, Finding f) {
    return Finding.builder()
        .code(f.code())
        .severity(f.severity())
        .path(at + f.path())
        .messageKey(f.messageKey())
        .addAllArguments(f.arguments())
        .build();
  }

  /** Copies a document the library wrote onto {@code g}, token by token, numbers as written. */
  private static void copy(byte[] json, JsonGenerator g) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      p.nextToken();
      copyValue(p, g);
    }
  }

  /** Copies the value the parser is on, leaving the parser on its last token; numbers as written. */
  private static void copyValue(JsonParser p, JsonGenerator g) {
    int depth = 0;
    do {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        g.writeNumber(p.getString());
      } else {
        g.copyCurrentEvent(p);
      }
      if (t.isStructStart()) {
        depth++;
      } else if (t.isStructEnd()) {
        depth--;
      }
    } while (depth > 0 && p.nextToken() != null);
  }
}
