package org.replyletter.json;

import java.util.Locale;
import org.replyletter.diagnostics.Finding;

/**
 * Thrown when a letter's JSON would be larger than the {@linkplain ReadLimits#maxDocumentBytes()
 * document-size limit} of the {@link ReplyLetterJson} asked to write it. The library never writes a
 * document that the same instance would refuse to read: a letter read under some limits keeps its
 * strings, arrays and nesting within them, but its written form can be larger than the bytes it was
 * read from (indentation, escapes, members written that the input left out). The one
 * {@link #finding()}, {@code RL-JSON-009}, says how large and what the limit is; raise the limit with
 * {@link ReplyLetterJson#withLimits(ReadLimits)} for both reading and writing.
 *
 * @since 0.1.0
 */
public final class JsonOutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Finding finding;

  /**
   * Creates an exception.
   *
   * @param finding the problem; not null
   */
  public JsonOutputException(Finding finding) {
    super(finding.code() + " " + finding.message(Locale.ENGLISH));
    this.finding = finding;
  }

  /**
   * Returns the problem: {@code RL-JSON-009} with the size and the limit, messages in Chinese and
   * English.
   *
   * @return the finding, never null
   */
  public Finding finding() {
    return finding;
  }
}
