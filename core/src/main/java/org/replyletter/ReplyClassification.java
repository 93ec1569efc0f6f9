package org.replyletter;

import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.immutables.value.Value;
import org.replyletter.internal.NeedsJacksonModule;
import org.replyletter.internal.ValueStyle;
import org.replyletter.internal.JsonValues;

/**
 * A reply type as a (scheme, code) pair, e.g. (three-class, {@code A}). The code is kept as given;
 * whether it is {@linkplain ClassificationScheme#isKnown(String) known} in its scheme is checked by
 * validation, not here.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
@NeedsJacksonModule
public abstract class ReplyClassification implements WithReplyClassification {
  ReplyClassification() {}

  /**
   * Returns the scheme; the three-class scheme unless set.
   *
   * @return the scheme, never null
   */
  @Value.Default
  public ClassificationScheme scheme() {
    return ClassificationScheme.THREE_CLASS;
  }

  /**
   * Returns the code as printed, e.g. {@code A} or {@code 甲}.
   *
   * @return the code, never null
   */
  @NotBlank
  public abstract String code();

  /**
   * Obtains a classification.
   *
   * @param scheme the scheme; not null
   * @param code the code; not null
   * @return the classification
   */
  public static ReplyClassification of(ClassificationScheme scheme, String code) {
    return builder().scheme(scheme).code(code).build();
  }

  /**
   * Obtains a classification in the default three-class scheme.
   *
   * @param code the code, e.g. {@code A}; not null
   * @return the classification
   */
  public static ReplyClassification of(String code) {
    return builder().code(code).build();
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

  /** Builds a {@link ReplyClassification}; not thread-safe. */
  public static final class Builder extends ImmutableReplyClassification.Builder {
    Builder() {}
  }
}
