package org.replyletter.diagnostics;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.replyletter.internal.Messages;
import org.replyletter.internal.NeedsJacksonModule;
import org.replyletter.internal.ValueStyle;

/**
 * One problem found in a document: what (a stable {@linkplain #code() code}), how serious
 * ({@linkplain #severity() severity}), where (an RFC 6901 JSON Pointer {@linkplain #path() path},
 * and {@linkplain #line() line}/{@linkplain #column() column} when read from text) and why (a
 * {@linkplain #message(Locale) message} in Chinese or English).
 *
 * <p>Codes are stable and never reused: systems may script against them. The message is rendered
 * from {@link #messageKey()} and {@link #arguments()} with the library's message bundles
 * ({@code zh-CN} by default, {@code en}).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
@NeedsJacksonModule
public abstract class Finding implements WithFinding {
  Finding() {}

  /** The Chinese locale, the default for messages. */
  public static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;

  /**
   * Returns the stable code, e.g. {@code RL-DOC-002}.
   *
   * @return the code, never null
   */
  public abstract String code();

  /**
   * Returns the severity.
   *
   * @return the severity, never null
   */
  public abstract Severity severity();

  /**
   * Returns where the problem is, as an RFC 6901 JSON Pointer into the letter's JSON form; the empty
   * string is the whole document.
   *
   * @return the pointer, e.g. {@code /sections/3/ordinal}; never null
   */
  @Value.Default
  public String path() {
    return "";
  }

  /**
   * Returns the 1-based line in the source text, when the finding comes from reading text.
   *
   * @return the line, or empty
   */
  public abstract OptionalInt line();

  /**
   * Returns the 1-based column (in characters) in the source text, when known.
   *
   * @return the column, or empty
   */
  public abstract OptionalInt column();

  /**
   * Returns the key of the message in the bundles; the code unless set.
   *
   * @return the key, never null
   */
  @Value.Default
  public String messageKey() {
    return code();
  }

  /**
   * Returns the arguments of the message, as text.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<String> arguments();

  /**
   * Renders the message in the given locale; Chinese for any locale but English.
   *
   * @param locale the locale; not null
   * @return the message, never null
   */
  public String message(Locale locale) {
    return Messages.format(locale, messageKey(), arguments());
  }

  /**
   * Renders the message in Chinese (zh-CN).
   *
   * @return the message, never null
   */
  public String message() {
    return message(ZH_CN);
  }

  /**
   * Returns a copy at another location; for rules that report on a part.
   *
   * @param line the 1-based line
   * @param column the 1-based column
   * @return the copy
   */
  public Finding at(int line, int column) {
    return withLine(line).withColumn(column);
  }

  /**
   * Obtains a finding without a text location.
   *
   * @param code the stable code; not null
   * @param severity the severity; not null
   * @param path the JSON Pointer; not null
   * @param arguments the message arguments; not null
   * @return the finding
   */
  public static Finding of(String code, Severity severity, String path, String... arguments) {
    return builder().code(code).severity(severity).path(path).addArguments(arguments).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}; not thread-safe. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
