package org.replyletter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.replyletter.internal.Digits;
import org.replyletter.internal.NeedsJacksonModule;

/**
 * An exact amount of Chinese yuan (CNY), as letters and subsidy rules state it: {@code 3900元},
 * {@code 1240万元}, {@code 1.16亿元}.
 *
 * <p>The amount is a {@link BigDecimal} of yuan, exact to the fen (0.01元); there is no
 * {@code double} anywhere. The {@linkplain #unit() unit} is how the amount is written (元, 万元 or
 * 亿元): {@link #format()} keeps it, so {@code parse(s).format()} gives back {@code s} for text in
 * canonical form. Equality and ordering compare the amount only: {@code 1万元} equals
 * {@code 10000元}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@NeedsJacksonModule
public final class Money implements Comparable<Money> {

  /** The unit an amount is written in. */
  public enum Unit {
    /** 元, one yuan. */
    YUAN("元", 0),
    /** 万元, ten thousand yuan (10⁴). */
    WAN_YUAN("万元", 4),
    /** 亿元, a hundred million yuan (10⁸). */
    YI_YUAN("亿元", 8);

    private final String suffix;
    private final int powerOfTen;

    Unit(String suffix, int powerOfTen) {
      this.suffix = suffix;
      this.powerOfTen = powerOfTen;
    }

    /**
     * Returns the suffix written after the number.
     *
     * @return {@code 元}, {@code 万元} or {@code 亿元}
     */
    public String suffix() {
      return suffix;
    }
  }

  /** Zero yuan. */
  public static final Money ZERO = new Money(BigDecimal.ZERO, Unit.YUAN);

  private static final int MAX_DIGITS = 30;
  /** Digits that always fit in a long. */
  private static final int LONG_DIGITS = 18;
  private static final Unit[] UNITS = Unit.values();

  private final BigDecimal yuan;
  private final Unit unit;

  private Money(BigDecimal yuan, Unit unit) {
    this.yuan = yuan;
    this.unit = unit;
  }

  /**
   * Obtains an amount of whole yuan.
   *
   * @param yuan the amount in yuan, 0 or more
   * @return the amount, written in 元
   * @throws IllegalArgumentException if negative
   */
  public static Money ofYuan(long yuan) {
    return of(BigDecimal.valueOf(yuan), Unit.YUAN);
  }

  /**
   * Obtains an amount of yuan.
   *
   * @param yuan the amount in yuan, 0 or more, at most two decimal places; not null
   * @return the amount, written in 元
   * @throws IllegalArgumentException if negative or finer than one fen
   */
  public static Money ofYuan(BigDecimal yuan) {
    return of(yuan, Unit.YUAN);
  }

  /**
   * Obtains an amount written in the given unit: {@code of(new BigDecimal("1.16"), YI_YUAN)} is
   * {@code 1.16亿元}.
   *
   * @param amount the number as written, 0 or more; not null
   * @param unit the unit; not null
   * @return the amount
   * @throws IllegalArgumentException if negative or finer than one fen
   */
  public static Money of(BigDecimal amount, Unit unit) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(unit, "unit");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("amount must not be negative: " + amount);
    }
    BigDecimal yuan = canonical(amount.movePointRight(unit.powerOfTen));
    if (yuan.scale() > 2) {
      throw new IllegalArgumentException("amount is finer than one fen (0.01元): " + amount + unit.suffix);
    }
    return new Money(yuan, unit);
  }

  /**
   * Parses an amount such as {@code 3900元}, {@code 1240万元} or {@code 1.16亿元}. Full-width digits
   * are accepted.
   *
   * @param text the text; not null
   * @return the amount, remembering its unit
   * @throws ValueParseException if the text is not an amount; its error index says where
   */
  public static Money parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int pos = 0;
    int digits = 0;
    int tooMany = -1;
    boolean point = false;
    // The digits as an unscaled long while they fit (18 digits always do): no string to build and
    // parse again.
    long unscaled = 0;
    int scale = 0;
    while (pos < s.length()) {
      char c = s.charAt(pos);
      int d = Digits.value(c);
      if (d >= 0) {
        digits++;
        if (digits == MAX_DIGITS + 1) {
          tooMany = pos;
        }
        if (digits <= LONG_DIGITS) {
          unscaled = unscaled * 10 + d;
          scale += point ? 1 : 0;
        }
      } else if ((c == '.' || c == '\uFF0E') && !point && digits > 0) {
        point = true;
      } else {
        break;
      }
      pos++;
    }
    if (digits == 0) {
      throw new ValueParseException("amount expected, e.g. 3900元", s, 0);
    }
    if (digits > MAX_DIGITS) {
      throw new ValueParseException("amount has too many digits", s, tooMany);
    }
    if (s.charAt(pos - 1) == '.' || s.charAt(pos - 1) == '\uFF0E') {
      throw new ValueParseException("digit expected after the decimal point", s, pos);
    }
    Unit unit = null;
    int rest = s.length() - pos;
    for (Unit u : UNITS) {
      if (u.suffix.length() == rest && s.startsWith(u.suffix, pos)) {
        unit = u;
      }
    }
    if (unit == null) {
      throw new ValueParseException("unit expected: 元, 万元 or 亿元", s, pos);
    }
    BigDecimal amount =
        digits <= LONG_DIGITS
            ? BigDecimal.valueOf(unscaled, scale)
            : new BigDecimal(Digits.toAscii(s.substring(0, pos)));
    try {
      return of(amount, unit);
    } catch (IllegalArgumentException e) {
      // Finer than a fen: point at the first non-zero decimal beyond the fen, which cannot be kept.
      int at = s.indexOf('.') >= 0 ? s.indexOf('.') : s.indexOf('\uFF0E');
      at += 3 + unit.powerOfTen;
      while (at < pos - 1 && Digits.value(s.charAt(at)) == 0) {
        at++;
      }
      throw new ValueParseException(e.getMessage(), s, at);
    }
  }

  private static BigDecimal canonical(BigDecimal v) {
    BigDecimal stripped = v.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Returns the amount in yuan.
   *
   * @return the amount, 0 or more, at most two decimal places, without trailing zeros
   */
  public BigDecimal yuan() {
    return yuan;
  }

  /**
   * Returns the unit the amount is written in.
   *
   * @return the unit, never null
   */
  public Unit unit() {
    return unit;
  }

  /**
   * Returns the same amount written in another unit.
   *
   * @param newUnit the unit; not null
   * @return the amount in {@code newUnit}
   */
  public Money withUnit(Unit newUnit) {
    return new Money(yuan, Objects.requireNonNull(newUnit, "newUnit"));
  }

  /**
   * Adds an amount; the result keeps this amount's unit.
   *
   * @param other the amount to add; not null
   * @return the sum
   */
  public Money plus(Money other) {
    return new Money(canonical(yuan.add(other.yuan)), unit);
  }

  /**
   * Multiplies by a factor, rounding to the fen with the given rule; the result keeps this unit.
   *
   * @param factor the factor, 0 or more; not null
   * @param rounding how to round to 0.01元; not null
   * @return the product
   * @throws IllegalArgumentException if the factor is negative
   * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and the
   *     product is finer than one fen
   */
  public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
    if (factor.signum() < 0) {
      throw new IllegalArgumentException("factor must not be negative: " + factor);
    }
    return new Money(
        canonical(yuan.multiply(factor).setScale(2, Objects.requireNonNull(rounding, "rounding"))),
        unit);
  }

  /**
   * Returns the smaller of this amount and another.
   *
   * @param other the other amount; not null
   * @return the smaller; this one when equal
   */
  public Money min(Money other) {
    return other.compareTo(this) < 0 ? other : this;
  }

  /**
   * Tells whether this amount is zero.
   *
   * @return true for 0元
   */
  public boolean isZero() {
    return yuan.signum() == 0;
  }

  /**
   * Formats the amount in its unit without trailing zeros: {@code 3900元}, {@code 1.16亿元}.
   *
   * @return the text, never null
   */
  public String format() {
    return canonical(yuan.movePointLeft(unit.powerOfTen)).toPlainString() + unit.suffix;
  }

  @Override
  public int compareTo(Money other) {
    return yuan.compareTo(other.yuan);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money && ((Money) o).yuan.equals(yuan);
  }

  @Override
  public int hashCode() {
    return yuan.hashCode();
  }

  /**
   * Returns {@link #format()}.
   *
   * @return the formatted amount
   */
  @Override
  public String toString() {
    return format();
  }
}
