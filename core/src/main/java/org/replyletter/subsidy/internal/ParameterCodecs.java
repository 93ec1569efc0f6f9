package org.replyletter.subsidy.internal;

import org.replyletter.json.internal.Codec;
import org.replyletter.json.internal.Codecs;
import org.replyletter.json.internal.LetterCodecs;
import org.replyletter.subsidy.ParameterType;

/** The JSON codec of a parameter value, chosen by the {@link ParameterType} of its key. Stateless. */
final class ParameterCodecs {
  private ParameterCodecs() {}

  /** The codec of values of {@code type}. */
  @SuppressWarnings("unchecked") // Each form's codec reads and writes values of that form's class.
  static <T> Codec<T> of(ParameterType<T> type) {
    return switch (type.form()) {
      case MONEY -> (Codec<T>) LetterCodecs.MONEY;
      case RATE -> (Codec<T>) SubsidyCodecs.RATE;
      case COUNT -> (Codec<T>) Codecs.integer(0, type.max());
      case FLAG -> (Codec<T>) Codecs.BOOLEAN;
      case KINDS -> (Codec<T>) Codecs.list(SubsidyCodecs.KIND);
      case CHOICE -> (Codec<T>) choice((ParameterType) type);
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // A CHOICE's value class is an enum.
  private static <E extends Enum<E>> Codec<E> choice(ParameterType<E> type) {
    return Codecs.enumeration((Class) type.valueClass(), e -> type.format((E) e));
  }
}
