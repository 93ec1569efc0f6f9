package org.replyletter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import java.util.Map;
import org.immutables.value.Value;
import org.replyletter.internal.NeedsJacksonModule;
import org.replyletter.internal.ValueStyle;
import org.replyletter.internal.JsonValues;

/**
 * One suggestion of the proposal as the handling checklist lists it ({@code 建议一}), with its title
 * and how it was handled.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
@NeedsJacksonModule
public abstract class Suggestion implements WithSuggestion {
  Suggestion() {}

  /**
   * Returns the numeral as printed after 建议, e.g. {@code 一}.
   *
   * @return the numeral, or empty if the checklist does not number it
   */
  public abstract Optional<@NotBlank String> ordinal();

  /**
   * Returns the suggestion's title, e.g. {@code 加强宣传，提高社会认知和理解度。}.
   *
   * @return the title, never null
   */
  @NotBlank
  public abstract String title();

  /**
   * Returns how the suggestion was handled.
   *
   * @return the disposition, never null; empty when the checklist leaves every field blank
   */
  @Valid
  @Value.Default
  public Disposition disposition() {
    return Disposition.builder().build();
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

  /** Builds a {@link Suggestion}; not thread-safe. */
  public static final class Builder extends ImmutableSuggestion.Builder {
    Builder() {}
  }
}
