package org.replyletter.jsonschema;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The subsidy schemas' {@code $comment}s say what is true: every Java method they name exists and is
 * public, the file path and form version they state are the file's own, and the request schema does
 * not deny the {@code schemaVersion} member it declares.
 */
class SubsidySchemaCommentsTest {
  private static final Pattern METHOD = Pattern.compile("org\\.replyletter\\.subsidy\\.([A-Z][A-Za-z]*)\\.([a-z][A-Za-z]*)");

  @Test
  void comments_nameExistingMethods_andTheirOwnFileAndForm() throws Exception {
    for (String version : List.of("1.0", "1.1")) {
      for (String name : List.of("subsidy-schedule", "subsidy-request", "subsidy-decision")) {
        String resource = "org/replyletter/schema/" + version + "/" + name + ".json";
        JsonNode schema = Documents.tree(read(resource));
        List<String> comments = new ArrayList<>();
        collect(schema, comments);
        String root = schema.get("$comment").asString();
        assertTrue(root.contains("JSON form " + version), resource);
        assertTrue(root.contains(resource), resource);
        for (String c : comments) {
          Matcher m = METHOD.matcher(c);
          while (m.find()) {
            Class<?> type = Class.forName("org.replyletter.subsidy." + m.group(1));
            boolean found = false;
            for (Method method : type.getMethods()) {
              found |= method.getName().equals(m.group(2)) && Modifier.isPublic(method.getModifiers());
            }
            assertTrue(found, resource + " names " + m.group() + ", which does not exist");
          }
        }
        if (schema.path("properties").has("schemaVersion")) {
          assertFalse(root.contains("no schemaVersion"), resource);
        }
      }
    }
  }

  private static void collect(JsonNode node, List<String> comments) {
    if (node.isObject()) {
      if (node.has("$comment")) {
        comments.add(node.get("$comment").asString());
      }
      node.values().forEach(v -> collect(v, comments));
    } else if (node.isArray()) {
      node.forEach(v -> collect(v, comments));
    }
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = SubsidySchemaCommentsTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertTrue(in != null, resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
