package org.replyletter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.immutables.value.Value;
import org.replyletter.internal.NeedsJacksonModule;
import org.replyletter.internal.ValueStyle;
import org.replyletter.internal.JsonValues;

/**
 * An official reply (答复函) to a CPPCC proposal or an NPC deputy's suggestion, such as
 * {@code 晋残函〔2024〕7号}.
 *
 * <p>The parts follow the printed letter from top to bottom: document number, reply type, title,
 * addressees, opening, numbered body sections, the handling checklist (办理清单) as attachment, a
 * supplementary note, the CC list (抄送), and the closing elements (date, issuing organ, signer,
 * contacts, disclosure).
 *
 * <p>Every part that real letters omit is optional, so that any published letter can be
 * represented as it is; whether a letter is <em>complete</em> is the business of validation, which
 * reports, never throws. The model refuses only values that would be unusable (null where a value is
 * required).
 *
 * <p>Build with {@link #builder()}; copy with the {@code withX} methods. Instances are immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
@NeedsJacksonModule
public abstract class ReplyLetter implements WithReplyLetter {
  ReplyLetter() {}

  /**
   * Returns the document number (发文字号).
   *
   * @return the number, or empty if the letter has none
   */
  public abstract Optional<DocumentNumber> documentNumber();

  /**
   * Returns the reply type (答复类型).
   *
   * @return the classification, or empty if the letter does not state one
   */
  public abstract Optional<@Valid ReplyClassification> classification();

  /**
   * Returns the title (标题), e.g. {@code 关于晋江市政协十四届三次会议第3号提案的答复函}.
   *
   * @return the title, or empty
   */
  public abstract Optional<@NotBlank String> title();

  /**
   * Returns the issuing organ (发文机关), as signed at the end of the letter.
   *
   * @return the organ, or empty if the letter is not signed by name
   */
  public abstract Optional<@NotBlank String> issuingOrgan();

  /**
   * Returns the proposal or suggestion the letter answers.
   *
   * @return the reference, or empty if the letter does not identify it
   */
  public abstract Optional<@Valid ProposalReference> proposal();

  /**
   * Returns the further proposals this letter answers, in printed order, when it answers several
   * at once ({@code 关于第12号、第15号提案的答复}); the first is {@link #proposal()}.
   *
   * @return an unmodifiable list, empty for a letter that answers one proposal
   * @see #proposals()
   * @since 0.1.0 (JSON form 1.1)
   */
  public abstract List<@Valid ProposalReference> additionalProposals();

  /**
   * Returns every proposal this letter answers: {@link #proposal()}, then the {@linkplain
   * #additionalProposals() additional} ones.
   *
   * @return an unmodifiable list, possibly empty
   */
  public final List<ProposalReference> proposals() {
    List<ProposalReference> all = new ArrayList<>();
    proposal().ifPresent(all::add);
    all.addAll(additionalProposals());
    return List.copyOf(all);
  }

  /**
   * Returns the replying organ's part in joint handling (主办/会办/协办), where the letter prints it.
   *
   * @return the role, or empty if the letter does not say it
   * @since 0.1.0 (JSON form 1.1)
   */
  public abstract Optional<HandlingRole> handlingRole();

  /**
   * Returns the addressees (主送): the proposers, in printed order.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<@Valid Proposer> addressees();

  /**
   * Returns the opening sentence, e.g. {@code 您们提出的《…》收悉，现将办理情况答复如下：}.
   *
   * @return the opening, or empty
   */
  public abstract Optional<@NotBlank String> opening();

  /**
   * Returns the body sections, in printed order.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<@Valid Section> sections();

  /**
   * Returns the attached handling checklist (办理清单).
   *
   * @return the checklist, or empty if none is attached
   */
  public abstract Optional<@Valid HandlingChecklist> checklist();

  /**
   * Returns the supplementary note (补充说明), e.g. {@code 无}.
   *
   * @return the note as printed, or empty if the letter has no such part
   */
  public abstract Optional<@NotBlank String> supplementaryNote();

  /**
   * Returns the CC list (抄送), as groups of recipients of the same kind.
   *
   * @return an unmodifiable list, possibly empty
   * @see #ccRecipients()
   */
  public abstract List<@Valid CcGroup> cc();

  /**
   * Returns the date the proposal was assigned (交办) to the handling unit, when known; the reply
   * deadlines count from it.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> assignmentDate();

  /**
   * Returns the issue date (成文日期).
   *
   * @return the date, or empty if the letter is undated
   */
  public abstract Optional<LocalDate> issueDate();

  /**
   * Returns the signer (签发人).
   *
   * @return the name, or empty
   */
  public abstract Optional<@NotBlank String> signer();

  /**
   * Returns the contacts (联系人/联系电话).
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<@Valid Contact> contacts();

  /**
   * Returns the disclosure attribute (公开属性).
   *
   * @return the disclosure, or empty if not stated
   */
  public abstract Optional<Disclosure> disclosure();

  /**
   * Returns every CC recipient, flattened across groups, in printed order.
   *
   * @return an unmodifiable list, possibly empty
   */
  public final List<String> ccRecipients() {
    List<String> all = new ArrayList<>();
    for (CcGroup g : cc()) {
      all.addAll(g.recipients());
    }
    return List.copyOf(all);
  }

  /**
   * Returns the members of this object's JSON form that this version of the library does not know,
   * as name → JSON text, in document order. Only {@linkplain
   * org.replyletter.json.ReplyLetterJson#lenient() lenient reading} fills it, so that a letter from
   * a newer schema version survives a round trip through this version; it is empty for values built
   * in code or read strictly. Writing puts the members back after the known ones.
   *
   * @return an unmodifiable map of member name to a JSON value's text, usually empty
   */
  public abstract Map<String, String> unknownMembers();

  @Value.Check
  void checkUnknownMembers() {
    JsonValues.requireValues(unknownMembers());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReplyLetter}; not thread-safe. */
  public static final class Builder extends ImmutableReplyLetter.Builder {
    Builder() {}
  }
}
