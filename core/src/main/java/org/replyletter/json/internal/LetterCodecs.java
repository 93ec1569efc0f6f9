package org.replyletter.json.internal;

import org.replyletter.CcGroup;
import org.replyletter.Channel;
import org.replyletter.ClassificationScheme;
import org.replyletter.Contact;
import org.replyletter.ContactRole;
import org.replyletter.Disclosure;
import org.replyletter.Disposition;
import org.replyletter.DocumentNumber;
import org.replyletter.HandlingChecklist;
import org.replyletter.HandlingRole;
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

/**
 * The JSON form of the reply-letter model, declared once: member names, order, and which members
 * are required. Reading, writing and the published schema all follow these declarations.
 */
public final class LetterCodecs {
  private LetterCodecs() {}

  /** The newest schema version this library writes and reads. */
  public static final String SCHEMA_VERSION = "1.1";

  /**
   * The version written for a letter that uses nothing added in 1.1 ({@link #needsVersion11}): such
   * a letter is written as it was before 1.1, so that readers of 1.0 keep reading it.
   */
  public static final String SCHEMA_VERSION_1_0 = "1.0";

  /**
   * The version a letter is written with: the oldest whose schema accepts it.
   *
   * @param letter the letter
   * @return {@code 1.1} if the letter uses something added in 1.1, else {@code 1.0}
   */
  public static String versionFor(ReplyLetter letter) {
    return needsVersion11(letter) ? SCHEMA_VERSION : SCHEMA_VERSION_1_0;
  }

  /**
   * Whether the letter uses something added in 1.1: a proposal without channel, body or number,
   * several proposals, or a handling role.
   */
  public static boolean needsVersion11(ReplyLetter letter) {
    if (letter.handlingRole().isPresent() || !letter.additionalProposals().isEmpty()) {
      return true;
    }
    return letter.proposal().map(p -> p.channel().isEmpty() || p.body().isEmpty() || p.number().isEmpty()).orElse(false);
  }



  /** The root's {@code schemaVersion}: {@code 1} or {@code 1.<minor>} (minor versions only add optional members). */
  public static final Codec<String> VERSION = Codecs.schemaVersion(SCHEMA_VERSION);

  /** A document number as its string, parsed leniently; written in standard form. */
  public static final Codec<DocumentNumber> DOCUMENT_NUMBER =
      Codecs.parsed("string", DocumentNumber::parse, DocumentNumber::format, ReadCode.INVALID_VALUE.key("documentNumber"));

  /** An amount of money as its string, e.g. {@code 1240万元}. */
  public static final Codec<Money> MONEY =
      Codecs.parsed("string", Money::parse, Money::format, ReadCode.INVALID_VALUE.key("money"));

  /** A reply classification. */
  public static final ObjectCodec<ReplyClassification, ReplyClassification.Builder> CLASSIFICATION =
      ObjectCodec.of(ReplyClassification::builder, ReplyClassification.Builder::build)
          .defaulted(
              "scheme",
              Codecs.enumeration(ClassificationScheme.class, ClassificationScheme::id),
              ReplyClassification::scheme,
              ReplyClassification.Builder::scheme)
          .required("code", Codecs.STRING, ReplyClassification::code, ReplyClassification.Builder::code)
          .unknownMembers(ReplyClassification::unknownMembers, ReplyClassification.Builder::unknownMembers)
          .build();

  /** The proposal reference. */
  public static final ObjectCodec<ProposalReference, ProposalReference.Builder> PROPOSAL =
      ObjectCodec.of(ProposalReference::builder, ProposalReference.Builder::build)
          .optional(
              "channel",
              Codecs.enumeration(Channel.class, Channel::id),
              ProposalReference::channel,
              ProposalReference.Builder::channel)
          .optional("body", Codecs.STRING, ProposalReference::body, ProposalReference.Builder::body)
          .optionalInt("term", 1, Integer.MAX_VALUE, ProposalReference::term, ProposalReference.Builder::term)
          .optionalInt("session", 1, Integer.MAX_VALUE, ProposalReference::session, ProposalReference.Builder::session)
          .optional("number", Codecs.STRING, ProposalReference::number, ProposalReference.Builder::number)
          .optional("title", Codecs.STRING, ProposalReference::title, ProposalReference.Builder::title)
          .unknownMembers(ProposalReference::unknownMembers, ProposalReference.Builder::unknownMembers)
          .build();

  /** A proposer. */
  public static final ObjectCodec<Proposer, Proposer.Builder> PROPOSER =
      ObjectCodec.of(Proposer::builder, Proposer.Builder::build)
          .required("name", Codecs.STRING, Proposer::name, Proposer.Builder::name)
          .optional(
              "role",
              Codecs.enumeration(ProposerRole.class, ProposerRole::id),
              Proposer::role,
              Proposer.Builder::role)
          .optional(
              "sponsorship",
              Codecs.enumeration(Sponsorship.class, Sponsorship::id),
              Proposer::sponsorship,
              Proposer.Builder::sponsorship)
          .unknownMembers(Proposer::unknownMembers, Proposer.Builder::unknownMembers)
          .build();

  /** A body section. */
  public static final ObjectCodec<Section, Section.Builder> SECTION =
      ObjectCodec.of(Section::builder, Section.Builder::build)
          .optional("ordinal", Codecs.STRING, Section::ordinal, Section.Builder::ordinal)
          .optional("heading", Codecs.STRING, Section::heading, Section.Builder::heading)
          .list("paragraphs", Codecs.STRING, Section::paragraphs, Section.Builder::paragraphs)
          .unknownMembers(Section::unknownMembers, Section.Builder::unknownMembers)
          .build();

  /** Something that cannot be done, with its reason. */
  public static final ObjectCodec<NotImplementableItem, NotImplementableItem.Builder> NOT_IMPLEMENTABLE =
      ObjectCodec.of(NotImplementableItem::builder, NotImplementableItem.Builder::build)
          .required("item", Codecs.STRING, NotImplementableItem::item, NotImplementableItem.Builder::item)
          .optional("reason", Codecs.STRING, NotImplementableItem::reason, NotImplementableItem.Builder::reason)
          .unknownMembers(NotImplementableItem::unknownMembers, NotImplementableItem.Builder::unknownMembers)
          .build();

  /** A training subsidy the letter states. */
  public static final ObjectCodec<StatedSubsidy, StatedSubsidy.Builder> STATED_SUBSIDY =
      ObjectCodec.of(StatedSubsidy::builder, StatedSubsidy.Builder::build)
          .list("kinds", Codecs.enumeration(SubsidyKind.class, SubsidyKind::id), StatedSubsidy::kinds, StatedSubsidy.Builder::kinds)
          .required("amount", MONEY, StatedSubsidy::amount, StatedSubsidy.Builder::amount)
          .optional("upTo", MONEY, StatedSubsidy::upTo, StatedSubsidy.Builder::upTo)
          .defaulted("cap", Codecs.BOOLEAN, StatedSubsidy::isCap, StatedSubsidy.Builder::isCap)
          .optional("quote", Codecs.STRING, StatedSubsidy::quote, StatedSubsidy.Builder::quote)
          .unknownMembers(StatedSubsidy::unknownMembers, StatedSubsidy.Builder::unknownMembers)
          .build();

  /** How a suggestion was handled. */
  public static final ObjectCodec<Disposition, Disposition.Builder> DISPOSITION =
      ObjectCodec.of(Disposition::builder, Disposition.Builder::build)
          .list("completed", Codecs.STRING, Disposition::completed, Disposition.Builder::completed)
          .list("inProgress", Codecs.STRING, Disposition::inProgress, Disposition.Builder::inProgress)
          .list(
              "notImplementable",
              NOT_IMPLEMENTABLE,
              Disposition::notImplementable,
              Disposition.Builder::notImplementable)
          .list("statedSubsidies", STATED_SUBSIDY, Disposition::statedSubsidies, Disposition.Builder::statedSubsidies)
          .unknownMembers(Disposition::unknownMembers, Disposition.Builder::unknownMembers)
          .build();

  /** One suggestion of the checklist. */
  public static final ObjectCodec<Suggestion, Suggestion.Builder> SUGGESTION =
      ObjectCodec.of(Suggestion::builder, Suggestion.Builder::build)
          .optional("ordinal", Codecs.STRING, Suggestion::ordinal, Suggestion.Builder::ordinal)
          .required("title", Codecs.STRING, Suggestion::title, Suggestion.Builder::title)
          .defaulted("disposition", DISPOSITION, Suggestion::disposition, Suggestion.Builder::disposition)
          .unknownMembers(Suggestion::unknownMembers, Suggestion.Builder::unknownMembers)
          .build();

  /** The handling checklist. */
  public static final ObjectCodec<HandlingChecklist, HandlingChecklist.Builder> CHECKLIST =
      ObjectCodec.of(HandlingChecklist::builder, HandlingChecklist.Builder::build)
          .optional("title", Codecs.STRING, HandlingChecklist::title, HandlingChecklist.Builder::title)
          .optional("opening", Codecs.STRING, HandlingChecklist::opening, HandlingChecklist.Builder::opening)
          .list("suggestions", SUGGESTION, HandlingChecklist::suggestions, HandlingChecklist.Builder::suggestions)
          .unknownMembers(HandlingChecklist::unknownMembers, HandlingChecklist.Builder::unknownMembers)
          .build();

  /** One CC group. */
  public static final ObjectCodec<CcGroup, CcGroup.Builder> CC_GROUP =
      ObjectCodec.of(CcGroup::builder, CcGroup.Builder::build)
          .list("recipients", Codecs.STRING, CcGroup::recipients, CcGroup.Builder::recipients)
          .unknownMembers(CcGroup::unknownMembers, CcGroup.Builder::unknownMembers)
          .build();

  /** A contact. */
  public static final ObjectCodec<Contact, Contact.Builder> CONTACT =
      ObjectCodec.of(Contact::builder, Contact.Builder::build)
          .defaulted(
              "role",
              Codecs.enumeration(ContactRole.class, ContactRole::id),
              Contact::role,
              Contact.Builder::role)
          .optional("name", Codecs.STRING, Contact::name, Contact.Builder::name)
          .optional("phone", Codecs.STRING, Contact::phone, Contact.Builder::phone)
          .unknownMembers(Contact::unknownMembers, Contact.Builder::unknownMembers)
          .build();

  /** The letter, without {@code schemaVersion} (the root reader handles that). */
  public static final ObjectCodec<ReplyLetter, ReplyLetter.Builder> LETTER =
      ObjectCodec.of(ReplyLetter::builder, ReplyLetter.Builder::build)
          .reserved("schemaVersion", VERSION, true)
          .optional("documentNumber", DOCUMENT_NUMBER, ReplyLetter::documentNumber, ReplyLetter.Builder::documentNumber)
          .optional("classification", CLASSIFICATION, ReplyLetter::classification, ReplyLetter.Builder::classification)
          .optional("title", Codecs.STRING, ReplyLetter::title, ReplyLetter.Builder::title)
          .optional("issuingOrgan", Codecs.STRING, ReplyLetter::issuingOrgan, ReplyLetter.Builder::issuingOrgan)
          .optional(
              "handlingRole",
              Codecs.enumeration(HandlingRole.class, HandlingRole::id),
              ReplyLetter::handlingRole,
              ReplyLetter.Builder::handlingRole)
          .optional("proposal", PROPOSAL, ReplyLetter::proposal, ReplyLetter.Builder::proposal)
          .listOmittedWhenEmpty(
              "additionalProposals",
              PROPOSAL,
              ReplyLetter::additionalProposals,
              ReplyLetter.Builder::additionalProposals)
          .list("addressees", PROPOSER, ReplyLetter::addressees, ReplyLetter.Builder::addressees)
          .optional("opening", Codecs.STRING, ReplyLetter::opening, ReplyLetter.Builder::opening)
          .list("sections", SECTION, ReplyLetter::sections, ReplyLetter.Builder::sections)
          .optional("checklist", CHECKLIST, ReplyLetter::checklist, ReplyLetter.Builder::checklist)
          .optional("supplementaryNote", Codecs.STRING, ReplyLetter::supplementaryNote, ReplyLetter.Builder::supplementaryNote)
          .list("cc", CC_GROUP, ReplyLetter::cc, ReplyLetter.Builder::cc)
          .optional("assignmentDate", Codecs.DATE, ReplyLetter::assignmentDate, ReplyLetter.Builder::assignmentDate)
          .optional("issueDate", Codecs.DATE, ReplyLetter::issueDate, ReplyLetter.Builder::issueDate)
          .optional("signer", Codecs.STRING, ReplyLetter::signer, ReplyLetter.Builder::signer)
          .list("contacts", CONTACT, ReplyLetter::contacts, ReplyLetter.Builder::contacts)
          .optional("disclosure", Codecs.enumeration(Disclosure.class, Disclosure::id), ReplyLetter::disclosure, ReplyLetter.Builder::disclosure)
          .unknownMembers(ReplyLetter::unknownMembers, ReplyLetter.Builder::unknownMembers)
          .build();
}
