package org.replyletter.jsonschema.internal;

import java.util.List;
import org.replyletter.jsonschema.ReplyLetterSchema;
import org.replyletter.diagnostics.Finding;
import org.replyletter.validation.JsonTreeCheck;
import tools.jackson.databind.JsonNode;

/**
 * The {@code json-schema} check that core's validation discovers with {@link java.util.ServiceLoader}:
 * validates a letter's tree against the published reply-letter schema. Stateless and thread-safe.
 */
public final class JsonSchemaCheck implements JsonTreeCheck {
  /** The check's name. */
  public static final String NAME = "json-schema";

  /** For {@link java.util.ServiceLoader}. */
  public JsonSchemaCheck() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Finding> check(JsonNode tree) {
    try {
      return ReplyLetterSchema.replyLetter().validate(tree);
    } catch (RuntimeException e) {
      // The SPI must not throw for any tree; a validator failure is reported, not hidden.
      return List.of(SchemaFindings.failed(String.valueOf(e.getMessage())));
    }
  }
}
