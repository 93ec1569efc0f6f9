package org.replyletter.json.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Writes the same bytes as Jackson's {@code DefaultIndenter("  ", "\n")}: a line break, then two
 * spaces per level. Each level's text is encoded to UTF-8 once, so the generator copies bytes
 * instead of encoding the line break and the spaces character by character on every line, and a
 * pretty letter is mostly short lines.
 */
final class EncodedIndenter implements DefaultPrettyPrinter.Indenter {
  /** Levels with pre-encoded text; deeper ones (legal in kept unknown members) are written piecewise. */
  private static final SerializedString[] LEVELS = new SerializedString[32];

  static {
    for (int i = 0; i < LEVELS.length; i++) {
      LEVELS[i] = new SerializedString("\n" + "  ".repeat(i));
    }
  }

  @Override
  public void writeIndentation(JsonGenerator g, int level) {
    if (level < LEVELS.length) {
      g.writeRaw(LEVELS[level]);
      return;
    }
    g.writeRaw(LEVELS[LEVELS.length - 1]);
    for (int i = LEVELS.length - 1; i < level; i++) {
      g.writeRaw("  ");
    }
  }

  @Override
  public boolean isInline() {
    return false;
  }
}
