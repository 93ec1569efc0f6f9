package org.replyletter.jsonschema.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.replyletter.validation.Finding;
import org.replyletter.validation.Severity;

/**
 * The module's messages (zh-CN and en) cover every code and pattern key the mapping produces, and,
 * once merged into core's bundles, stay identical there.
 */
class MessagesTest {
  private static final Properties ZH = load("messages_zh_CN.properties");
  private static final Properties EN = load("messages_en.properties");

  @Test
  void bothLanguages_haveTheSameKeys() {
    assertEquals(new TreeSet<>(ZH.stringPropertyNames()), new TreeSet<>(EN.stringPropertyNames()));
  }

  @Test
  void everyCodeAndPatternKey_hasAMessage_thatIsAValidPattern() throws IllegalAccessException {
    Set<String> keys = new TreeSet<>();
    for (Field f : SchemaFindings.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        keys.add((String) f.get(null));
      }
    }
    for (String form : Set.of("documentNumber", "date", "schemaVersion")) {
      keys.add(SchemaFindings.PATTERN + "." + form);
    }
    for (String k : keys) {
      assertTrue(k.startsWith("RL-SCHEMA-"), k);
      for (Properties bundle : new Properties[] {ZH, EN}) {
        String pattern = bundle.getProperty(k);
        assertTrue(pattern != null && !pattern.isBlank(), "no message for " + k);
        new MessageFormat(pattern).format(new Object[] {"a", "b"});
      }
    }
    assertEquals(keys, new TreeSet<>(ZH.stringPropertyNames()), "messages for keys nothing produces");
  }

  @Test
  void coreBundles_whenTheyHaveSchemaMessages_haveTheseOnes() {
    for (String k : ZH.stringPropertyNames()) {
      Finding f = Finding.builder().code("RL-SCHEMA-000").messageKey(k).severity(Severity.ERROR).addArguments("a", "b").build();
      String unknown = k + " [a, b]";
      String zh = f.message(Locale.SIMPLIFIED_CHINESE);
      String en = f.message(Locale.ENGLISH);
      if (!zh.equals(unknown)) {
        assertEquals(new MessageFormat(ZH.getProperty(k), Locale.SIMPLIFIED_CHINESE).format(new Object[] {"a", "b"}), zh, k);
      }
      if (!en.equals(unknown)) {
        assertEquals(new MessageFormat(EN.getProperty(k), Locale.ENGLISH).format(new Object[] {"a", "b"}), en, k);
      }
    }
  }

  private static Properties load(String name) {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return p;
  }
}
