package org.replyletter.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/** The "nothing is lost" checks that every import must pass, whatever its input. */
final class ImportInvariants {
  private ImportInvariants() {}

  /**
   * Checks that every non-blank line of {@code text} is placed or unplaced, that unplaced text is
   * taken from its line, that the character counts add up, and that placed body text is in the
   * letter verbatim.
   */
  static void assertNothingLost(String text, ImportResult result) {
    ImportReport r = result.report();
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    Map<Integer, String> nonBlank = new HashMap<>();
    long chars = 0;
    for (int i = 0; i < lines.length; i++) {
      String t = strip(lines[i]);
      if (i == 0 && t.startsWith("\uFEFF")) {
        t = strip(t.substring(1));
      }
      if (!t.isEmpty()) {
        nonBlank.put(i + 1, t);
        chars += t.codePointCount(0, t.length());
      }
    }
    TreeSet<Integer> accounted = new TreeSet<>();
    r.placedLines().forEach(p -> accounted.add(p.line()));
    r.unplacedLines().forEach(u -> accounted.add(u.line()));
    assertEquals(new TreeSet<>(nonBlank.keySet()), accounted, "lines neither placed nor unplaced");
    assertEquals(nonBlank.size(), r.nonBlankLines());
    assertEquals(chars, r.charactersPlaced() + r.charactersUnplaced(), "character counts");
    long unplacedChars = 0;
    for (UnplacedLine u : r.unplacedLines()) {
      assertTrue(nonBlank.get(u.line()).contains(u.text()), "unplaced text not from its line: " + u);
      unplacedChars += u.text().codePointCount(0, u.text().length());
    }
    assertEquals(unplacedChars, r.charactersUnplaced());
    for (PlacedLine p : r.placedLines()) {
      if (p.part() == LetterPart.PARAGRAPH) {
        String t = nonBlank.get(p.line());
        // A line split into parts (a flattened letter) holds its paragraphs; any other is one.
        boolean split =
            r.normalisations().stream()
                .anyMatch(n -> n.line() == p.line() && n.kind() == TextNormalisation.Kind.SPLIT_LINE);
        assertTrue(
            result.letter().sections().stream()
                .anyMatch(s -> s.paragraphs().contains(t) || split && s.paragraphs().stream().anyMatch(t::contains)),
            "paragraph of line " + p.line() + " not in the letter");
      }
    }
  }

  static String strip(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && isSpace(s.charAt(a))) {
      a++;
    }
    while (b > a && isSpace(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }
}
