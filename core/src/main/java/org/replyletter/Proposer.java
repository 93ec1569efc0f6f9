package org.replyletter;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import java.util.Map;
import org.immutables.value.Value;
import org.replyletter.internal.NeedsJacksonModule;
import org.replyletter.internal.ValueStyle;
import org.replyletter.internal.JsonValues;

/**
 * A proposer the letter is addressed to (主送), e.g. 王颖芳 with role 委员.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
@NeedsJacksonModule
public abstract class Proposer implements WithProposer {
  Proposer() {}

  /**
   * Returns the name as printed.
   *
   * @return the name, never null
   */
  @NotBlank
  public abstract String name();

  /**
   * Returns the role by which the letter addresses the proposer (委员 or 代表).
   *
   * @return the role, or empty if the letter does not state it
   */
  public abstract Optional<ProposerRole> role();

  /**
   * Returns whether the proposer led the proposal or co-signed it.
   *
   * @return the sponsorship, or empty if the letter does not say
   */
  public abstract Optional<Sponsorship> sponsorship();

  /**
   * Obtains a proposer with a name and role.
   *
   * @param name the name; not null
   * @param role the role; not null
   * @return the proposer
   */
  public static Proposer of(String name, ProposerRole role) {
    return builder().name(name).role(role).build();
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

  /** Builds a {@link Proposer}; not thread-safe. */
  public static final class Builder extends ImmutableProposer.Builder {
    Builder() {}
  }
}
