package org.replyletter;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.replyletter.internal.NeedsJacksonModule;
import org.replyletter.internal.ValueStyle;
import org.replyletter.internal.JsonValues;

/**
 * One group of the CC list (抄送): recipients of the same kind, which the letter joins with 、,
 * while groups are separated by ，(GB/T 9704-2012 §7.4.2). In the seed letter,
 * {@code 市领导陈友爱、吴尊意} is one group.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
@NeedsJacksonModule
public abstract class CcGroup implements WithCcGroup {
  CcGroup() {}

  /**
   * Returns the recipients, in printed order.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<@NotBlank String> recipients();

  /**
   * Obtains a group.
   *
   * @param recipients the recipients, in order; not null, no null elements
   * @return the group
   */
  public static CcGroup of(String... recipients) {
    return builder().addRecipients(recipients).build();
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

  /** Builds a {@link CcGroup}; not thread-safe. */
  public static final class Builder extends ImmutableCcGroup.Builder {
    Builder() {}
  }
}
