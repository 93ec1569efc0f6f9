package org.replyletter.json;

import java.util.List;
import java.util.Objects;
import org.replyletter.ReplyLetter;
import org.replyletter.diagnostics.Finding;

/**
 * A letter read from JSON with the warnings of the read: the corrections lenient reading made, such
 * as full-width digits read as a number ({@code RL-JSON-011}). Strict reading makes none.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReadResult {
  private final ReplyLetter letter;
  private final List<Finding> warnings;

  ReadResult(ReplyLetter letter, List<Finding> warnings) {
    this.letter = Objects.requireNonNull(letter, "letter");
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Returns the letter.
   *
   * @return the letter, never null
   */
  public ReplyLetter letter() {
    return letter;
  }

  /**
   * Returns the warnings, located, in document order.
   *
   * @return an unmodifiable list, empty for a strict read
   */
  public List<Finding> warnings() {
    return warnings;
  }

  @Override
  public String toString() {
    return "ReadResult{letter=" + letter.title().orElse("?") + ", warnings=" + warnings + "}";
  }
}
