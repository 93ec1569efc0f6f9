package org.replyletter.subsidy;

import java.util.List;
import org.immutables.value.Value;
import org.replyletter.SubsidyKind;
import org.replyletter.internal.ValueStyle;

/**
 * One group of claim kinds a {@link HistoryCounting} counts together, e.g. {@code training}
 * (就业技能培训, 创业培训) or {@code evaluation} (the certificates).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.2.0
 */
@Value.Immutable
@ValueStyle
public abstract class CountGroup implements WithCountGroup {
  CountGroup() {}

  /**
   * Returns the identifier, e.g. {@code training}; messages label it {@code count.<id>} when the
   * bundles have that label, else show the identifier.
   *
   * @return the identifier, not blank
   */
  public abstract String id();

  /**
   * Returns the kinds counted together.
   *
   * @return an unmodifiable list, not empty
   */
  public abstract List<SubsidyKind> kinds();

  @Value.Check
  void check() {
    if (id().isBlank() || kinds().isEmpty()) {
      throw new IllegalStateException("a counting group has an id and at least one kind");
    }
  }

  /**
   * Obtains a group.
   *
   * @param id the identifier; not blank
   * @param kinds the kinds; not empty
   * @return the group
   */
  public static CountGroup of(String id, List<SubsidyKind> kinds) {
    return builder().id(id).addAllKinds(kinds).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CountGroup}; not thread-safe. */
  public static final class Builder extends ImmutableCountGroup.Builder {
    Builder() {}
  }
}
