package org.replyletter.json.internal;

import org.replyletter.json.JsonInputException;

/**
 * The reading codes ({@code RL-JSON-*}), declared once: what the strict reader reports about a
 * document it cannot read into the model, as {@code core/RULES.md} lists them. A code is never
 * reused. A finding's message key is its code, or the code and a variant for a second wording
 * ({@code RL-JSON-006.date}).
 */
public enum ReadCode {
  /** Not JSON, empty, or not UTF-8. */
  MALFORMED("RL-JSON-001"),
  /** A member name repeated in one object. */
  DUPLICATE("RL-JSON-002"),
  /** A member the model does not know. */
  UNKNOWN_MEMBER("RL-JSON-003"),
  /** A value of the wrong JSON type, or {@code null}. */
  WRONG_TYPE("RL-JSON-004"),
  /** A required member left out. */
  MISSING_MEMBER("RL-JSON-005"),
  /** A value of the right type that cannot be read (date, enum, range, document number…). */
  INVALID_VALUE("RL-JSON-006"),
  /** Content after the document. */
  TRAILING("RL-JSON-007"),
  /** A {@code schemaVersion} this library does not read. */
  UNSUPPORTED_VERSION("RL-JSON-008"),
  /** A limit of {@code ReadLimits} exceeded. */
  LIMIT("RL-JSON-009"),
  /** The input could not be read at all; public API as {@link JsonInputException#IO_ERROR}. */
  IO_FAILURE(JsonInputException.IO_ERROR),
  /** Lenient reading: full-width digits read as a number. */
  FULL_WIDTH("RL-JSON-011"),
  /** More findings than the limit: the rest counted. */
  OMITTED("RL-JSON-012");

  private final String code;

  ReadCode(String code) {
    this.code = code;
  }

  /** The code, such as {@code RL-JSON-001}. */
  public String code() {
    return code;
  }

  /** The message key of a second wording of this code: {@code RL-JSON-006.date} for {@code date}. */
  public String key(String variant) {
    return code + "." + variant;
  }

  /** True if {@code code} is this one. */
  public boolean is(String code) {
    return this.code.equals(code);
  }
}
