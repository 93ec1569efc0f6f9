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
    if (plain(s)) {
      return s;
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(n.length());
    n.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  /**
   * Whether NFKC and removing white space leave {@code s} as it is: only CJK unified ideographs and
   * printable ASCII other than the space, as almost every occupation name is. Decisions compare names
   * for every history entry, and this spares them the normaliser.
   */
  private static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c > ' ' && c < 0x7F) || (c >= 0x4E00 && c <= 0x9FFF))) {
        return false;
      }
    }
    return true;
  }

  /** Whether two occupations, each a name and an optional code, are the same; a side without a name is no match. */
  public static boolean same(Optional<String> name, Optional<String> code, Optional<String> otherName, Optional<String> otherCode) {
    if (code.isPresent() && otherCode.isPresent()) {
      return normalise(code.get()).equals(normalise(otherCode.get()));
    }
    return name.isPresent() && otherName.isPresent() && normalise(name.get()).equals(normalise(otherName.get()));
  }
}
