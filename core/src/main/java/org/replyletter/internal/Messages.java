package org.replyletter.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The library's messages, kept as data in {@code messages_zh_CN.properties} (the default) and
 * {@code messages_en.properties} beside this class, both UTF-8 and keyed by finding code or message
 * key. Patterns are {@link MessageFormat}s: a literal apostrophe is written twice.
 *
 * <p>Loaded once into unmodifiable maps, so lookups are thread-safe. Plain {@code Properties}
 * rather than {@code ResourceBundle}: no fallback to the JVM's default locale, and no module-path
 * restrictions.
 */
public final class Messages {
  private static final Map<String, String> ZH = load("messages_zh_CN.properties");
  private static final Map<String, String> EN = load("messages_en.properties");

  private Messages() {}

  /** True for locales rendered in English; every other locale gets Chinese. */
  public static boolean isEnglish(Locale locale) {
    return "en".equals(locale.getLanguage());
  }

  /** The keys of one language's bundle; for tests that compare the bundles. */
  public static Map<String, String> bundle(Locale locale) {
    return isEnglish(locale) ? EN : ZH;
  }

  /** Formats the message {@code key} with {@code arguments}; an unknown key renders as the key itself. */
  public static String format(Locale locale, String key, List<String> arguments) {
    String pattern = bundle(locale).get(key);
    if (pattern == null) {
      return key + (arguments.isEmpty() ? "" : " " + arguments);
    }
    return new MessageFormat(pattern, isEnglish(locale) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE)
        .format(arguments.toArray());
  }

  private static Map<String, String> load(String name) {
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("message bundle missing from the jar: " + name);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> m = new HashMap<>();
    for (String k : p.stringPropertyNames()) {
      m.put(k, p.getProperty(k));
    }
    return Map.copyOf(m);
  }
}
