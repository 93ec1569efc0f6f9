package org.replyletter.subsidy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.replyletter.diagnostics.Finding;

/**
 * Thrown when a schedule's JSON is readable but the schedule it describes is badly defined: a
 * parameter cites a source the schedule does not declare ({@code SUB-DEF-005}), a source or version
 * identifier is used twice ({@code SUB-DEF-002}), or versions of one jurisdiction overlap
 * ({@code SUB-DEF-001}). These are rules no JSON schema can state; input that is not a schedule's
 * JSON at all is a {@link org.replyletter.json.JsonInputException} instead, and is reported first:
 * the definition is checked only once the input is readable.
 *
 * <p>It carries <em>every</em> definition error found, each a {@link Finding} with code, JSON Pointer,
 * line and column, in document order; {@link #getMessage()} names the source and the first one.
 *
 * @since 0.1.0
 */
public final class ScheduleDefinitionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String sourceName;
  private final transient List<Finding> findings;

  /**
   * Creates an exception.
   *
   * @param sourceName the file name or other name of the input, or null if unknown
   * @param findings the definition errors, at least one; not null
   */
  public ScheduleDefinitionException(String sourceName, List<Finding> findings) {
    super(describe(sourceName, findings));
    this.sourceName = sourceName;
    this.findings = List.copyOf(findings);
  }

  private static String describe(String sourceName, List<Finding> findings) {
    if (findings.isEmpty()) {
      throw new IllegalArgumentException("findings must not be empty");
    }
    Finding f = findings.get(0);
    String at = f.line().isPresent() ? ":" + f.line().getAsInt() + ":" + f.column().orElse(1) : "";
    String more = findings.size() > 1 ? " and " + (findings.size() - 1) + " more definition error(s)" : "";
    return (sourceName == null ? "<input>" : sourceName) + at + ": badly defined schedule: " + f.code() + " "
        + f.message(Locale.ENGLISH) + " (at " + f.path() + ")" + more;
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
   * Returns every definition error found, in document order.
   *
   * @return an unmodifiable list, never empty
   */
  public List<Finding> findings() {
    return findings;
  }
}
