package org.replyletter.json;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.replyletter.diagnostics.Finding;

/**
 * Thrown when JSON input cannot be read into the model: malformed JSON, a duplicate, unknown or
 * missing member, a wrong type, an invalid value, trailing content, an exceeded limit, or an I/O
 * failure. It is the library's one exception for unreadable input; no Jackson exception escapes.
 *
 * <p>It carries <em>every</em> problem found, each a {@link Finding} with code, JSON Pointer, line
 * and column; {@link #getMessage()} names the source and the first one. A readable document that is
 * merely incomplete is not an error here: validation reports that.
 *
 * @since 0.1.0
 */
public final class JsonInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The code of an I/O failure (the input could not be read at all). */
  public static final String IO_ERROR = "RL-JSON-010"; // ReadCode.IO_FAILURE is this constant

  private final String sourceName;
  private final transient List<Finding> findings;

  /**
   * Creates an exception.
   *
   * @param sourceName the file name or other name of the input, or null if unknown
   * @param findings the problems, at least one; not null
   * @param cause the underlying exception, or null
   */
  public JsonInputException(String sourceName, List<Finding> findings, Throwable cause) {
    super(describe(sourceName, findings), cause);
    if (findings.isEmpty()) {
      throw new IllegalArgumentException("findings must not be empty");
    }
    this.sourceName = sourceName;
    this.findings = List.copyOf(findings);
  }

  private static String describe(String sourceName, List<Finding> findings) {
    StringBuilder b = new StringBuilder();
    b.append(sourceName == null ? "<input>" : sourceName);
    if (!findings.isEmpty()) {
      Finding f = findings.get(0);
      if (f.line().isPresent()) {
        b.append(':').append(f.line().getAsInt());
        if (f.column().isPresent()) {
          b.append(':').append(f.column().getAsInt());
        }
      }
      b.append(": ").append(f.code()).append(' ').append(f.message(Locale.ENGLISH));
      if (!f.path().isEmpty()) {
        b.append(" (at ").append(f.path()).append(')');
      }
      if (findings.size() > 1) {
        b.append(" and ").append(findings.size() - 1).append(" more problem(s)");
      }
    }
    return b.toString();
  }

  /**
   * Returns the name of the input, such as its file name.
   *
   * @return the name, or empty if the input was unnamed
   */
  public Optional<String> sourceName() {
    return Optional.ofNullable(sourceName);
  }

  /**
   * Returns every problem found, in document order where known.
   *
   * @return an unmodifiable list, never empty
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Tells whether the input could not be read at all (I/O failure), as opposed to read and found
   * wrong.
   *
   * @return true for an I/O failure
   */
  public boolean isIoFailure() {
    return findings.stream().anyMatch(f -> IO_ERROR.equals(f.code()));
  }
}
