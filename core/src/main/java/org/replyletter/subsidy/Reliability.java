package org.replyletter.subsidy;

import java.util.Optional;

/**
 * How far a schedule parameter can be trusted: where its value comes from.
 *
 * <p>Constants are immutable and thread-safe; the {@linkplain #id() identifier} is stable and used in JSON.
 *
 * @since 0.1.0
 */
public enum Reliability {
  /** Stated in the reply letter itself. */
  LETTER("letter", "答复函"),
  /** Taken from an official text (a government notice or its official site). */
  OFFICIAL("official", "官方文件"),
  /** Taken from a news report or a repost of an official text. */
  REPORT("report", "报道或转载"),
  /** No source states it: an assumption of this library, to be confirmed. */
  ASSUMPTION("assumption", "假定");

  private final String id;
  private final String label;

  Reliability(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /**
   * Returns the stable identifier used in JSON.
   *
   * @return the identifier, never null
   */
  public String id() {
    return id;
  }

  /**
   * Returns the Chinese label, as policies write it.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }

  /**
   * Finds the constant with the given {@linkplain #id() identifier}.
   *
   * @param id the identifier; not null
   * @return the constant, or empty if none has this identifier
   */
  public static Optional<Reliability> fromId(String id) {
    for (Reliability v : values()) {
      if (v.id.equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
