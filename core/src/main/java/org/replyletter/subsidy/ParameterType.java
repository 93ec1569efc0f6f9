package org.replyletter.subsidy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.replyletter.Money;
import org.replyletter.SubsidyKind;

/**
 * The type of a {@link ParameterKey}'s value: what values it accepts, how a value is written in
 * explanations, and (by its {@link #form()}) how it is written in schedule JSON. Every key has one;
 * the JSON form of a parameter is chosen by its type, never by its name.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the value type
 * @since 0.1.0
 */
public final class ParameterType<T> {
  /** The forms a parameter value takes. */
  public enum Form {
    /** An amount in 元, written {@code "3900元"}. */
    MONEY,
    /** A fraction, not negative, written as a percentage {@code "20%"}. */
    RATE,
    /** A whole number from 0 to {@link ParameterType#max()}. */
    COUNT,
    /** {@code true} or {@code false}. */
    FLAG,
    /** One constant of an enum, written by its identifier. */
    CHOICE,
    /** A list of {@link SubsidyKind}s, each written by its identifier. */
    KINDS
  }

  /** An amount. */
  public static final ParameterType<Money> MONEY =
      new ParameterType<>(Form.MONEY, Money.class, 0, Money.class::isInstance, Money::format);
  /** A rate: a fraction such as {@code 0.2} for +20%, not negative. */
  public static final ParameterType<BigDecimal> RATE =
      new ParameterType<>(
          Form.RATE, BigDecimal.class, 0, v -> v instanceof BigDecimal && ((BigDecimal) v).signum() >= 0,
          ParameterKey::formatRate);
  /** A flag. */
  public static final ParameterType<Boolean> FLAG =
      new ParameterType<>(Form.FLAG, Boolean.class, 0, Boolean.class::isInstance, String::valueOf);
  /** A list of claim kinds. */
  public static final ParameterType<List<SubsidyKind>> KINDS = kinds();

  private final Form form;
  private final Class<T> valueClass;
  private final int max;
  private final Predicate<Object> check;
  private final Function<T, String> format;

  private ParameterType(Form form, Class<T> valueClass, int max, Predicate<Object> check, Function<T, String> format) {
    this.form = form;
    this.valueClass = valueClass;
    this.max = max;
    this.check = check;
    this.format = format;
  }

  /**
   * Returns the type of a count from 0 to {@code max}.
   *
   * @param max the largest count; not negative
   * @return the type
   */
  public static ParameterType<Integer> count(int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative: " + max);
    }
    return new ParameterType<>(
        Form.COUNT, Integer.class, max, v -> v instanceof Integer && (Integer) v >= 0 && (Integer) v <= max,
        String::valueOf);
  }

  /**
   * Returns the type of a choice among the constants of an enum.
   *
   * @param <E> the enum
   * @param type the enum's class; not null
   * @param id the identifier of a constant, as written in JSON and explanations; not null
   * @return the type
   */
  public static <E extends Enum<E>> ParameterType<E> choice(Class<E> type, Function<E, String> id) {
    return new ParameterType<>(Form.CHOICE, type, 0, type::isInstance, Objects.requireNonNull(id, "id"));
  }

  /**
   * Returns the form of the values.
   *
   * @return the form, never null
   */
  public Form form() {
    return form;
  }

  /**
   * Returns the class of the values: {@code List} for {@link Form#KINDS}, the enum for
   * {@link Form#CHOICE}.
   *
   * @return the class, never null
   */
  public Class<T> valueClass() {
    return valueClass;
  }

  /**
   * Returns the largest count of a {@link Form#COUNT}.
   *
   * @return the largest count; 0 for the other forms
   */
  public int max() {
    return max;
  }

  /**
   * Tells whether a value has this type (and range: counts, rates are not negative, counts not over
   * {@link #max()}).
   *
   * @param value the value; may be null (then false)
   * @return true if the value fits
   */
  public boolean accepts(Object value) {
    return value != null && check.test(value);
  }

  /**
   * Formats a value for explanations, e.g. {@code 3900元}, {@code 20%}, {@code true}, an identifier.
   *
   * @param value the value; not null
   * @return the text, never null
   */
  public String format(T value) {
    return format.apply(Objects.requireNonNull(value, "value"));
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // List<SubsidyKind>.class does not exist.
  private static ParameterType<List<SubsidyKind>> kinds() {
    Function<List<SubsidyKind>, String> format = ParameterType::formatKinds;
    return new ParameterType<List<SubsidyKind>>(Form.KINDS, (Class) List.class, 0, ParameterType::isKindList, format);
  }

  private static boolean isKindList(Object v) {
    if (!(v instanceof List)) {
      return false;
    }
    for (Object o : (List<?>) v) {
      if (!(o instanceof SubsidyKind)) {
        return false;
      }
    }
    return true;
  }

  private static String formatKinds(List<SubsidyKind> kinds) {
    List<String> ids = new ArrayList<>();
    for (SubsidyKind k : kinds) {
      ids.add(k.id());
    }
    return String.join(", ", ids);
  }
}
