package org.replyletter.jackson;

import java.util.List;
import java.util.Locale;
import org.replyletter.diagnostics.Finding;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A value of the library could not be read from a user's mapper: Jackson's own
 * {@link MismatchedInputException} (so {@code catch (DatabindException e)} and frameworks' handlers
 * of Jackson's exceptions see it), carrying every problem the library's reader found, as
 * {@link #findings()}. Each finding's {@linkplain Finding#path() JSON Pointer} is relative to the
 * whole document the mapper reads ({@code /letter/sections/2/heading}, not
 * {@code /sections/2/heading}); findings carry no line and column (the location of the value that
 * failed is this exception's {@link #getLocation()}).
 *
 * <p>Findings have the codes of the library's reader ({@code RL-JSON-*}, see {@code core/RULES.md}).
 *
 * @since 0.1.0
 */
public final class JsonFindingsException extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  private final transient List<Finding> findings;

  /**
   * Creates the exception.
   *
   * @param parser the parser that read the value; null if none
   * @param location where the value starts; null if unknown
   * @param targetType the type that was to be read; not null
   * @param findings the problems, at least one; not null
   */
  public JsonFindingsException(
      JsonParser parser, TokenStreamLocation location, Class<?> targetType, List<Finding> findings) {
    super(parser, describe(targetType, findings), location);
    _targetType = targetType;
    if (findings.isEmpty()) {
      throw new IllegalArgumentException("findings must not be empty");
    }
    this.findings = List.copyOf(findings);
  }

  private static String describe(Class<?> targetType, List<Finding> findings) {
    StringBuilder b = new StringBuilder("Cannot read ").append(targetType.getSimpleName());
    if (!findings.isEmpty()) {
      Finding f = findings.get(0);
      b.append(": ").append(f.code()).append(' ').append(f.message(Locale.ENGLISH));
      b.append(" (at ").append(f.path().isEmpty() ? "/" : f.path()).append(')');
      if (findings.size() > 1) {
        b.append(" and ").append(findings.size() - 1).append(" more problem(s)");
      }
    }
    return b.toString();
  }

  /**
   * Returns every problem found, in the order found, paths relative to the whole document.
   *
   * @return the findings, never empty
   */
  public List<Finding> findings() {
    return findings == null ? List.of() : findings;
  }
}
