package org.replyletter.jsonschema.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.replyletter.diagnostics.Finding;
import org.replyletter.diagnostics.Severity;

/**
 * Every code and pattern key the schema mapping produces has a message in core's bundles, in
 * Chinese and in English (the library keeps all messages in one place).
 */
class MessagesTest {

  @Test
  void everyCodeAndPatternKey_rendersInBothLanguages() throws IllegalAccessException {
    Set<String> keys = new TreeSet<>();
    for (Field f : SchemaFindings.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        keys.add((String) f.get(null));
      }
    }
    for (String form : Set.of("documentNumber", "date", "schemaVersion")) {
      keys.add(SchemaFindings.PATTERN + "." + form);
    }
    assertTrue(keys.size() >= 12, keys.toString());
    for (String k : keys) {
      assertTrue(k.startsWith("RL-SCHEMA-"), k);
      Finding f = Finding.builder().code("RL-SCHEMA-000").messageKey(k).severity(Severity.ERROR).addArguments("a", "b").build();
      String unknown = k + " [a, b]";
      String zh = f.message(Locale.SIMPLIFIED_CHINESE);
      String en = f.message(Locale.ENGLISH);
      assertNotEquals(unknown, zh, "no Chinese message for " + k);
      assertNotEquals(unknown, en, "no English message for " + k);
      assertNotEquals(zh, en, "Chinese and English are the same for " + k);
      assertFalse(zh.contains("{0}") || en.contains("{0}"), "unformatted argument in " + k);
    }
  }
}
