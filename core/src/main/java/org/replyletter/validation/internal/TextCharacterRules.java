package org.replyletter.validation.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import org.replyletter.ReplyLetter;
import org.replyletter.internal.InvisibleCharacters;
import org.replyletter.json.internal.LetterCodecs;
import org.replyletter.json.internal.StringVisitor;
import org.replyletter.diagnostics.Finding;
import org.replyletter.validation.RuleContext;

/**
 * RL-TXT-001: no text of the letter contains invisible characters that change what a reader sees:
 * control characters (Unicode category Cc, e.g. NUL, BEL, ESC, DEL, C1 controls, and a carriage
 * return; tab and line feed are allowed) and the bidirectional formatting characters U+202A–U+202E
 * (embeddings and overrides), U+2066–U+2069 (isolates), U+200E/U+200F (LRM/RLM) and U+061C (ALM),
 * which can make a text display differently from what it says ("Trojan Source", CVE-2021-42574).
 *
 * <p>Every string value of the letter's JSON form is checked (unknown members kept by a lenient
 * reader included), so the finding's pointer is exactly that of the JSON form: the codecs walk the
 * strings they would write, without writing. One finding per string,
 * naming each distinct character once ({@code U+202E}), in order of first appearance, and the
 * 1-based position (in UTF-16 characters) of the first one.
 */
final class TextCharacterRules {
  private TextCharacterRules() {}

  static List<BuiltInRule> all() {
    return List.of(new Invisible());
  }

  static final class Invisible extends BuiltInRule {
    Invisible() {
      super(Code.TXT_INVISIBLE);
    }

    @Override
    void check(ReplyLetter letter, RuleContext context, List<Finding> out) {
      LetterCodecs.LETTER.visitStrings(letter, new Watcher(out));
    }
  }

  /** Checks each string the letter's JSON form holds, at its pointer. */
  private static final class Watcher extends StringVisitor {
    private final List<Finding> out;
    private char[] buffer = new char[256];

    Watcher(List<Finding> out) {
      this.out = out;
    }

    @Override
    protected void string(String s) {
      int n = s.length();
      if (buffer.length < n) {
        buffer = new char[Math.max(n, buffer.length * 2)];
      }
      // A char array scans faster than charAt, which checks the string's coder each time.
      s.getChars(0, n, buffer, 0);
      char[] b = buffer;
      int first = -1;
      Set<Character> found = null;
      for (int i = 0; i < n; i++) {
        char c = b[i];
        // Most text is CJK (above every reported character) or printable ASCII: one test each.
        if (InvisibleCharacters.isPlainlyVisible(c)) {
          continue;
        }
        if (InvisibleCharacters.isReported(c)) {
          if (found == null) {
            found = new LinkedHashSet<>();
            first = i;
          }
          found.add(c);
        }
      }
      if (found == null) {
        return;
      }
      StringJoiner names = new StringJoiner(", ");
      for (char c : found) {
        names.add(String.format(Locale.ROOT, "U+%04X", (int) c));
      }
      out.add(Code.TXT_INVISIBLE.at(pointer(), names.toString(), Integer.toString(first + 1)));
    }
  }
}
