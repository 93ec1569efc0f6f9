package org.replyletter.subsidy;

import java.util.Optional;
import org.immutables.value.Value;
import org.replyletter.internal.ValueStyle;

/**
 * One occupation of a {@link ShortageCatalogue}: its name, its national occupation code (职业分类
 * 代码, e.g. {@code 6-31-01-03}) when the catalogue gives one, and its shortage class.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.2.0
 */
@Value.Immutable
@ValueStyle
public abstract class ShortageEntry implements WithShortageEntry {
  ShortageEntry() {}

  /**
   * Returns the occupation as the catalogue writes it, e.g. {@code 电工}.
   *
   * @return the name, not blank
   */
  public abstract String occupation();

  /**
   * Returns the national occupation code.
   *
   * @return the code, or empty
   */
  public abstract Optional<String> code();

  /**
   * Returns the shortage class.
   *
   * @return the class, never {@link ShortageCategory#NONE}
   */
  public abstract ShortageCategory category();

  @Value.Check
  void check() {
    if (occupation().isBlank()) {
      throw new IllegalStateException("a catalogue entry names its occupation");
    }
    if (category() == ShortageCategory.NONE) {
      throw new IllegalStateException("a catalogue entry has a shortage class");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ShortageEntry}; not thread-safe. */
  public static final class Builder extends ImmutableShortageEntry.Builder {
    Builder() {}
  }
}
