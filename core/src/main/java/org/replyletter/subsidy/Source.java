package org.replyletter.subsidy;

import java.util.Optional;
import org.immutables.value.Value;
import org.replyletter.internal.ValueStyle;

/**
 * Where a schedule parameter comes from: a document, its issuer, how reliable it is and, when
 * public, its address. In schedule JSON a source is declared once in {@code sources} and cited by
 * its {@linkplain #id() identifier}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class Source implements WithSource {
  Source() {}

  /**
   * Returns the identifier by which parameters cite this source, e.g. {@code letter}.
   *
   * @return the identifier, not blank
   */
  public abstract String id();

  /**
   * Returns the document, e.g. {@code 晋江经济报 2024-07-17 报道}.
   *
   * @return the document, not blank
   */
  public abstract String document();

  /**
   * Returns who issued the document, e.g. {@code 晋江市人力资源和社会保障局}.
   *
   * @return the issuer, not blank
   */
  public abstract String issuer();

  /**
   * Returns how reliable the source is.
   *
   * @return the reliability, never null
   */
  public abstract Reliability reliability();

  /**
   * Returns the public address of the document or a mirror, when there is one.
   *
   * @return the address, or empty
   */
  public abstract Optional<String> url();

  /**
   * Tells whether the value is an assumption rather than sourced.
   *
   * @return true if the reliability is {@link Reliability#ASSUMPTION}
   */
  public final boolean isAssumption() {
    return reliability() == Reliability.ASSUMPTION;
  }

  @Value.Check
  void check() {
    if (id().isBlank() || document().isBlank() || issuer().isBlank()) {
      throw new IllegalStateException("source id, document and issuer must not be blank");
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

  /** Builds a {@link Source}; not thread-safe. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}
