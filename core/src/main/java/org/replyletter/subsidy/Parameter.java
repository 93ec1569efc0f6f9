package org.replyletter.subsidy;

import java.util.Optional;
import org.immutables.value.Value;
import org.replyletter.internal.ValueStyle;

/**
 * One dated rule value of a {@link ScheduleVersion}: the value and where it comes from. The key
 * that names it ({@link ParameterKey}) is the map key in the version.
 *
 * <p>Instances are immutable and thread-safe (values are immutable types: {@code Money},
 * {@code BigDecimal}, {@code Integer}, {@code Boolean}, enums, unmodifiable lists).
 *
 * @param <T> the value type, fixed by the parameter's key
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class Parameter<T> implements WithParameter<T> {
  Parameter() {}

  /**
   * Returns the value.
   *
   * @return the value, never null
   */
  public abstract T value();

  /**
   * Returns where the value comes from.
   *
   * @return the source, never null
   */
  public abstract Source source();

  /**
   * Returns a note on the value: how a figure was derived, or what an assumption assumes.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns the note in English, which English explanations show. Bundled schedules give every note
   * in both languages; a schedule of form 1.0 has Chinese notes only.
   *
   * @return the note, or empty
   * @since 0.2.0
   */
  public abstract Optional<String> noteEn();

  /**
   * Tells whether the value is an assumption.
   *
   * @return true if the source is an assumption
   */
  public final boolean isAssumption() {
    return source().isAssumption();
  }

  /**
   * Obtains a parameter without a note.
   *
   * @param <T> the value type
   * @param value the value; not null
   * @param source the source; not null
   * @return the parameter
   */
  public static <T> Parameter<T> of(T value, Source source) {
    return Parameter.<T>builder().value(value).source(source).build();
  }

  /**
   * Returns a new builder.
   *
   * @param <T> the value type
   * @return a builder
   */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /**
   * Builds a {@link Parameter}; not thread-safe.
   *
   * @param <T> the value type
   */
  public static final class Builder<T> extends ImmutableParameter.Builder<T> {
    Builder() {}
  }
}
