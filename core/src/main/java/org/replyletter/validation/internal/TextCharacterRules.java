package org.replyletter.validation.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import org.replyletter.ReplyLetter;
import org.replyletter.internal.json.LetterCodecs;
import org.replyletter.validation.Finding;
import org.replyletter.validation.RuleContext;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.util.JsonGeneratorDelegate;

/**
 * RL-TXT-001: no text of the letter contains invisible characters that change what a reader sees:
 * control characters (Unicode category Cc, e.g. NUL, BEL, ESC, DEL, C1 controls, and a carriage
 * return; tab and line feed are allowed) and the bidirectional formatting characters U+202A–U+202E
 * (embeddings and overrides), U+2066–U+2069 (isolates), U+200E/U+200F (LRM/RLM) and U+061C (ALM),
 * which can make a text display differently from what it says ("Trojan Source", CVE-2021-42574).
 *
 * <p>Every string value of the letter's JSON form is checked (unknown members kept by a lenient
 * reader included), so the finding's pointer is exactly that of the JSON form: the letter is
 * written through a generator that watches each string, into a token buffer (no text is encoded). One finding per string,
 * naming each distinct character once ({@code U+202E}), in order of first appearance, and the
 * 1-based position (in UTF-16 characters) of the first one.
 */
final class TextCharacterRules {
  private TextCharacterRules() {}

  static List<BuiltInRule> all() {
    return List.of(new Invisible());
  }

  /** Whether {@code c} is reported: Cc other than tab and line feed, or a bidi formatting character. */
  static boolean reported(char c) {
    if (c == '\t' || c == '\n') {
      return false;
    }
    // Cc is exactly U+0000–U+001F and U+007F–U+009F; ranges are cheaper than Character.getType.
    return c < '\u0020'
        || (c >= '\u007F' && c <= '\u009F')
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u061C';
  }

  static final class Invisible extends BuiltInRule {
    Invisible() {
      super(Code.TXT_INVISIBLE);
    }

    @Override
    void check(ReplyLetter letter, RuleContext context, List<Finding> out) {
      // A token buffer keeps the write context (the pointer) without encoding any text.
      try (JsonGenerator g = tools.jackson.databind.util.TokenBuffer.forGeneration();
          Watcher w = new Watcher(g, out)) {
        w.writeStartObject();
        LetterCodecs.LETTER.writeMembers(letter, w);
        w.writeEndObject();
      }
    }
  }

  /**
   * Passes everything on, and checks each string value. The value's pointer is read from the write
   * context: in an object before the value is written (the buffer forgets the member name after it),
   * in an array after (the index moves on to it then).
   */
  private static final class Watcher extends JsonGeneratorDelegate {
    private final List<Finding> out;

    Watcher(JsonGenerator g, List<Finding> out) {
      super(g, false); // copy methods (unknown members) come back through writeString
      this.out = out;
    }

    @Override
    public JsonGenerator writeString(String text) {
      Finding pending = inObject() ? inspect(text) : null;
      super.writeString(text);
      report(pending != null ? pending : inObject() ? null : inspect(text));
      return this;
    }

    @Override
    public JsonGenerator writeString(char[] text, int offset, int len) {
      return writeString(new String(text, offset, len));
    }

    @Override
    public JsonGenerator writeString(SerializableString text) {
      return writeString(text.getValue());
    }

    private boolean inObject() {
      return streamWriteContext().inObject();
    }

    private void report(Finding f) {
      if (f != null) {
        out.add(f);
      }
    }

    /** The finding for {@code s} at the current pointer, or null if it has no reported character. */
    private Finding inspect(String s) {
      int first = -1;
      Set<Character> found = null;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (reported(c)) {
          if (found == null) {
            found = new LinkedHashSet<>();
            first = i;
          }
          found.add(c);
        }
      }
      if (found == null) {
        return null;
      }
      StringJoiner names = new StringJoiner(", ");
      for (char c : found) {
        names.add(String.format(Locale.ROOT, "U+%04X", (int) c));
      }
      String path = streamWriteContext().pathAsPointer().toString();
      return Code.TXT_INVISIBLE.at(path, names.toString(), Integer.toString(first + 1));
    }
  }
}
