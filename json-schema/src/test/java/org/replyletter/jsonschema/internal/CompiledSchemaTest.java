package org.replyletter.jsonschema.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The schema files' own tree reader gives what Jackson's mapper gives, node class for node class. */
class CompiledSchemaTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Test
  void everyPublishedSchema_readsAsTheMapperReadsIt() {
    List<String> names = SchemaCatalog.names();
    assertTrue(names.size() >= 4, names::toString);
    for (String name : names) {
      byte[] bytes = SchemaCatalog.read(SchemaCatalog.find(name).orElseThrow());
      JsonNode expected = MAPPER.readTree(bytes);
      JsonNode got = CompiledSchema.readTree(bytes);
      assertEquals(expected, got, name);
      assertSameNodeClasses(expected, got, name);
    }
  }

  @Test
  void everyKindOfValue_readsAsTheMapperReadsIt() {
    String json =
        "{\"s\":\"文字\",\"i\":-7,\"l\":12345678901,\"b\":123456789012345678901234567890,"
            + "\"d\":1.5,\"e\":1e3,\"t\":true,\"f\":false,\"n\":null,\"a\":[[],{},[1,{\"x\":[2]}]],\"o\":{}}";
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    JsonNode expected = MAPPER.readTree(bytes);
    JsonNode got = CompiledSchema.readTree(bytes);
    assertEquals(expected, got);
    assertSameNodeClasses(expected, got, json);
  }

  @Test
  void notOneValue_fails() {
    for (String bad : List.of("", "{} {}", "[1]]")) {
      byte[] bytes = bad.getBytes(StandardCharsets.UTF_8);
      assertThrows(RuntimeException.class, () -> CompiledSchema.readTree(bytes), bad);
    }
  }

  private static void assertSameNodeClasses(JsonNode expected, JsonNode got, String where) {
    assertEquals(expected.getClass(), got.getClass(), where);
    if (expected.isObject()) {
      for (String name : expected.propertyNames()) {
        assertSameNodeClasses(expected.get(name), got.get(name), where + "/" + name);
      }
    } else if (expected.isArray()) {
      for (int i = 0; i < expected.size(); i++) {
        assertSameNodeClasses(expected.get(i), got.get(i), where + "/" + i);
      }
    }
  }
}
