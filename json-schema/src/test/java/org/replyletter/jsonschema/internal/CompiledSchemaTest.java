package org.replyletter.jsonschema.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyletter.diagnostics.Finding;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/** The safety net under the published patterns: a validator that overflows its stack is a finding. */
class CompiledSchemaTest {
  @Test
  void validate_patternThatOverflowsTheStack_isOneFailedFinding() {
    // A group with alternation under a star: Java's engine recurses once per repetition.
    JsonNode root =
        JsonMapper.shared()
            .readTree("{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"string\",\"pattern\":\"^(?:a|b)*$\"}");
    Schema schema = CompiledSchema.compile("https://replyletter.org/test/overflow.json", root);
    List<Finding> findings =
        CompiledSchema.validate(schema, root, JsonNodeFactory.instance.stringNode("ab".repeat(500_000) + "c"));
    assertEquals(List.of("RL-SCHEMA-008@"), findings.stream().map(f -> f.code() + "@" + f.path()).toList());
    assertEquals(
        "The JSON Schema check could not be completed: stack overflow in the JSON Schema validator",
        findings.get(0).message(java.util.Locale.ENGLISH));
  }
}
