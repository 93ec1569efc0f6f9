package org.replyletter.validation;

import org.replyletter.diagnostics.Finding;
import org.replyletter.diagnostics.MessageSource;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A check of a letter's raw JSON tree that other modules contribute to validation, discovered with
 * {@link java.util.ServiceLoader}. The {@code reply-letter-json-schema} module provides one that
 * validates against the published JSON Schema; core does not depend on it, so the arrow points one
 * way. <strong>SPI.</strong>
 *
 * <p>Implementations must be immutable and thread-safe, and must not throw for any tree: every
 * problem is a finding. A check whose codes are not the library's words its findings through
 * {@link MessageSource#messagePattern(String, java.util.Locale)}, which reports use.
 *
 * @since 0.1.0
 */
public interface JsonTreeCheck extends MessageSource {

  /**
   * Returns a short stable name for this check, e.g. {@code json-schema}.
   *
   * @return the name, never null
   */
  String name();

  /**
   * Checks a parsed JSON tree.
   *
   * @param tree the root of the document; not null
   * @return the findings, with JSON Pointer paths; empty if none
   */
  List<Finding> check(JsonNode tree);

  /**
   * Tells which problem of the strict JSON reader a finding of this check repeats, so that the
   * validator reports it once, with the reader's message and location. The reader's kinds are
   * {@code RL-JSON-003} (unknown member), {@code RL-JSON-004} (wrong type), {@code RL-JSON-005}
   * (missing member) and {@code RL-JSON-006} (invalid value). The default says nothing, and the
   * validator then matches by location only: see {@link LetterValidator} on merging.
   *
   * @param finding a finding this check returned; not null
   * @return the reader code of the same kind of problem, or empty if none or unknown
   * @since 0.1.0
   */
  default Optional<String> readerCode(Finding finding) {
    return Optional.empty();
  }
}
