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
import java.util.concurrent.ConcurrentHashMap;

/**
 * The library's messages, kept as data: {@code messages_zh_CN.properties} (the default) and
 * {@code messages_en.properties}, UTF-8, in each feature's resource folder ({@code internal/} for
 * reading and validation, {@code subsidy/} for subsidy decisions), keyed by finding code, reason
 * code or message key. A key may be defined in one folder only. Patterns are {@link MessageFormat}s
 * (a literal apostrophe is written twice); an argument that starts with {@code @} is itself a key,
 * rendered as a label in the same language.
 *
 * <p>Loaded once into unmodifiable maps, and parsed patterns are cached, so rendering is
 * thread-safe and cheap. Plain {@code Properties} rather than {@code ResourceBundle}: no fallback to
 * the JVM's default locale, and no module-path restrictions.
 */
public final class Messages {
  private static final List<String> FOLDERS = List.of("/org/replyletter/internal/", "/org/replyletter/subsidy/");
  private static final Map<String, String> ZH = load("messages_zh_CN.properties");
  private static final Map<String, String> EN = load("messages_en.properties");
  private static final Map<String, MessageFormat> ZH_FORMATS = new ConcurrentHashMap<>();
  private static final Map<String, MessageFormat> EN_FORMATS = new ConcurrentHashMap<>();

  private Messages() {}

  /** True for locales rendered in English; every other locale gets Chinese. */
  public static boolean isEnglish(Locale locale) {
    return "en".equals(locale.getLanguage());
  }

  /** All keys of one language; for tests that compare the languages. */
  public static Map<String, String> bundle(Locale locale) {
    return isEnglish(locale) ? EN : ZH;
  }

  /** The label of {@code key}, or the key itself when unknown. */
  public static String label(Locale locale, String key) {
    return bundle(locale).getOrDefault(key, key);
  }

  /** Formats message {@code key} with {@code arguments}; an unknown key renders as the key and its arguments. */
  public static String format(Locale locale, String key, List<String> arguments) {
    Map<String, String> bundle = bundle(locale);
    Object[] args = new Object[arguments.size()];
    for (int i = 0; i < args.length; i++) {
      String a = arguments.get(i);
      args[i] = a.startsWith("@") ? bundle.getOrDefault(a.substring(1), a.substring(1)) : a;
    }
    String pattern = bundle.get(key);
    if (pattern == null) {
      return key + (args.length == 0 ? "" : " " + List.of(args));
    }
    boolean english = isEnglish(locale);
    MessageFormat prototype =
        (english ? EN_FORMATS : ZH_FORMATS)
            .computeIfAbsent(key, k -> new MessageFormat(pattern, english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE));
    // MessageFormat is not thread-safe: format with a copy of the parsed prototype.
    return ((MessageFormat) prototype.clone()).format(args);
  }

  private static Map<String, String> load(String name) {
    Map<String, String> m = new HashMap<>();
    for (String folder : FOLDERS) {
      Properties p = new Properties();
      try (InputStream in = Messages.class.getResourceAsStream(folder + name)) {
        if (in == null) {
          throw new IllegalStateException("message bundle missing from the jar: " + folder + name);
        }
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (String k : p.stringPropertyNames()) {
        if (m.put(k, p.getProperty(k)) != null) {
          throw new IllegalStateException("message key defined twice: " + k + " (" + folder + name + ")");
        }
      }
    }
    return Map.copyOf(m);
  }
}
