package org.replyletter.validation;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A check of a letter's raw JSON tree that other modules contribute to validation, discovered with
 * {@link java.util.ServiceLoader}. The {@code reply-letter-json-schema} module provides one that
 * validates against the published JSON Schema; core does not depend on it, so the arrow points one
 * way. <strong>SPI.</strong>
 *
 * <p>Implementations must be immutable and thread-safe, and must not throw for any tree: every
 * problem is a finding.
 *
 * @since 0.1.0
 */
public interface JsonTreeCheck {

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
}
