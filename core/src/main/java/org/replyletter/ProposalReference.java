package org.replyletter;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Map;
import org.immutables.value.Value;
import org.replyletter.internal.NeedsJacksonModule;
import org.replyletter.internal.ValueStyle;
import org.replyletter.internal.JsonValues;

/**
 * The proposal or suggestion a letter answers, as in {@code 晋江市政协十四届三次会议第3号提案}.
 *
 * <p>The {@linkplain #number() number} is kept exactly as given: proposal numbers are often
 * zero-padded or coded ({@code 020}, {@code 20250688}), unlike a document number's serial.
 *
 * <p>Every part is optional, because real letters identify what they answer in different ways:
 * many quote the proposal by title only ({@code 您提出的《关于…的建议》收悉}), with no number, body or
 * session, and the channel is known only where the text says it (政协/委员/提案 or 人大/代表/建议). A
 * reference holds what the letter gives and nothing guessed; a letter that identifies its proposal
 * by neither number nor title is reported by validation (RL-REF-001), not refused here. Until JSON
 * form 1.1 the channel, body and number were required.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
@NeedsJacksonModule
public abstract class ProposalReference implements WithProposalReference {
  ProposalReference() {}

  /**
   * Returns the channel: CPPCC proposal (提案) or NPC suggestion (建议).
   *
   * @return the channel, or empty if the letter does not say it (it is never guessed)
   */
  public abstract Optional<Channel> channel();

  /**
   * Returns the body the proposal was made to, e.g. {@code 晋江市政协}.
   *
   * @return the body, or empty if not stated
   */
  public abstract Optional<@NotBlank String> body();

  /**
   * Returns the term (届), e.g. 14 for 十四届.
   *
   * @return the term, or empty if not stated
   */
  public abstract OptionalInt term();

  /**
   * Returns the session (次会议) within the term, e.g. 3 for 三次会议.
   *
   * @return the session, or empty if not stated
   */
  public abstract OptionalInt session();

  /**
   * Returns the proposal number exactly as given, e.g. {@code 3} or {@code 020}.
   *
   * @return the number, or empty if the letter gives none (a reference by title only)
   */
  public abstract Optional<@NotBlank String> number();

  /**
   * Returns the proposal's own title as quoted in the letter, without 《》, e.g.
   * {@code 关于加强我市孤独症群体支持服务的建议}.
   *
   * @return the title, or empty if not quoted
   */
  public abstract Optional<@NotBlank String> title();

  @Value.Check
  void check() {
    JsonValues.requireValues(unknownMembers());
    if (term().isPresent() && term().getAsInt() < 1) {
      throw new IllegalArgumentException("term must be 1 or more: " + term().getAsInt());
    }
    if (session().isPresent() && session().getAsInt() < 1) {
      throw new IllegalArgumentException("session must be 1 or more: " + session().getAsInt());
    }
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

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProposalReference}; not thread-safe. */
  public static final class Builder extends ImmutableProposalReference.Builder {
    Builder() {}
  }
}
