package org.replyletter;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.immutables.value.Value;
import org.replyletter.internal.NeedsJacksonModule;
import org.replyletter.internal.ValueStyle;
import org.replyletter.internal.JsonValues;

/**
 * A section of the letter's body: an optional numeral as printed ({@code 一}, {@code 二}, …), an
 * optional heading, and paragraphs.
 *
 * <p>The numeral is optional because real letters omit it: the seed letter's fourth heading
 * ({@code 拓宽渠道，…}) has none, and a validation rule warns about that.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
@NeedsJacksonModule
public abstract class Section implements WithSection {
  Section() {}

  /**
   * Returns the numeral as printed, without its punctuation: {@code 一} for {@code 一、}.
   *
   * @return the numeral, or empty if the section has none
   */
  public abstract Optional<@NotBlank String> ordinal();

  /**
   * Returns the heading.
   *
   * @return the heading, or empty for a section of plain paragraphs
   */
  public abstract Optional<@NotBlank String> heading();

  /**
   * Returns the paragraphs, in order.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<@NotBlank String> paragraphs();

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

  /** Builds a {@link Section}; not thread-safe. */
  public static final class Builder extends ImmutableSection.Builder {
    Builder() {}
  }
}
