package org.replyletter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.replyletter.internal.NeedsJacksonModule;
import org.replyletter.internal.ValueStyle;
import org.replyletter.internal.JsonValues;

/**
 * How one suggestion was handled, in the checklist's fields: what is done (已完成事项), what is under
 * way (已开展事项（开展中）) and what cannot be done (无法落实事项, each with its 原因).
 *
 * <p>An empty field of the checklist is an empty list here, never absent.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
@NeedsJacksonModule
public abstract class Disposition implements WithDisposition {
  Disposition() {}

  /**
   * Returns the completed items (已完成事项), one paragraph each.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<@NotBlank String> completed();

  /**
   * Returns the items under way (已开展事项（开展中）), one paragraph each.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<@NotBlank String> inProgress();

  /**
   * Returns what cannot be done, each with its reason.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<@Valid NotImplementableItem> notImplementable();

  /**
   * Returns the training subsidies the letter commits to in this disposition, as structured data
   * beside the text that states them (the seed letter's fourth suggestion states five).
   *
   * @return an unmodifiable list, usually empty
   */
  public abstract List<@Valid StatedSubsidy> statedSubsidies();

  /**
   * Tells whether the disposition answers anything at all.
   *
   * @return true if every field is empty
   */
  public final boolean isEmpty() {
    return completed().isEmpty() && inProgress().isEmpty() && notImplementable().isEmpty();
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

  /** Builds a {@link Disposition}; not thread-safe. */
  public static final class Builder extends ImmutableDisposition.Builder {
    Builder() {}
  }
}
