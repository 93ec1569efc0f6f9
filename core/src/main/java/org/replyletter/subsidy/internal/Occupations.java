package org.replyletter.subsidy.internal;

import java.text.Normalizer;
import java.util.Optional;

/**
 * Compares occupations as caseworkers do: by the national occupation code when both sides give one,
 * else by name after normalisation (NFKC, which folds full-width letters, digits and the ideographic
 * space to their half-width forms, then without any white space), so that {@code "电工 "},
 * {@code "电 工"} and {@code "电工"} are one occupation. Stateless.
 */
public final class Occupations {
  private Occupations() {}

  /** The name or code as compared: NFKC, without white space. */
  public static String normalise(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(n.length());
    n.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  /** Whether two occupations, each a name and an optional code, are the same; a side without a name is no match. */
  public static boolean same(Optional<String> name, Optional<String> code, Optional<String> otherName, Optional<String> otherCode) {
    if (code.isPresent() && otherCode.isPresent()) {
      return normalise(code.get()).equals(normalise(otherCode.get()));
    }
    return name.isPresent() && otherName.isPresent() && normalise(name.get()).equals(normalise(otherName.get()));
  }
}
