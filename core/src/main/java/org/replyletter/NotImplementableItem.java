package org.replyletter;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import java.util.Map;
import org.immutables.value.Value;
import org.replyletter.internal.NeedsJacksonModule;
import org.replyletter.internal.ValueStyle;
import org.replyletter.internal.JsonValues;

/**
 * Something a suggestion asked for that cannot be done (无法落实事项), with the reason (原因).
 *
 * <p>A missing reason is allowed here, so that an incomplete checklist can be read and reported;
 * validation flags it as an error.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
@NeedsJacksonModule
public abstract class NotImplementableItem implements WithNotImplementableItem {
  NotImplementableItem() {}

  /**
   * Returns what cannot be done.
   *
   * @return the text, never null
   */
  @NotBlank
  public abstract String item();

  /**
   * Returns why it cannot be done.
   *
   * @return the reason, or empty if the letter gives none
   */
  public abstract Optional<@NotBlank String> reason();

  /**
   * Obtains an item with its reason.
   *
   * @param item what cannot be done; not null
   * @param reason why; not null
   * @return the item
   */
  public static NotImplementableItem of(String item, String reason) {
    return builder().item(item).reason(reason).build();
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

  /** Builds a {@link NotImplementableItem}; not thread-safe. */
  public static final class Builder extends ImmutableNotImplementableItem.Builder {
    Builder() {}
  }
}
