package org.replyletter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.immutables.value.Value;
import org.replyletter.internal.NeedsJacksonModule;
import org.replyletter.internal.ValueStyle;
import org.replyletter.internal.JsonValues;

/**
 * The handling checklist (办理清单) attached to a letter: for every suggestion of the proposal, what
 * is done, under way, or cannot be done and why.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
@NeedsJacksonModule
public abstract class HandlingChecklist implements WithHandlingChecklist {
  HandlingChecklist() {}

  /**
   * Returns the checklist's title, e.g. {@code 关于第3号提案答复意见办理清单}; the attachment line
   * ({@code 附件：…}) names it.
   *
   * @return the title, or empty if not given
   */
  public abstract Optional<@NotBlank String> title();

  /**
   * Returns the checklist's own opening sentence, when it repeats one.
   *
   * @return the opening, or empty
   */
  public abstract Optional<@NotBlank String> opening();

  /**
   * Returns the suggestions, in order.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<@Valid Suggestion> suggestions();

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

  /** Builds a {@link HandlingChecklist}; not thread-safe. */
  public static final class Builder extends ImmutableHandlingChecklist.Builder {
    Builder() {}
  }
}
