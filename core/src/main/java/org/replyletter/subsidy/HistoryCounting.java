package org.replyletter.subsidy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.replyletter.SubsidyKind;
import org.replyletter.internal.ValueStyle;

/**
 * What of an applicant's history counts towards {@link ParameterKey#LIMIT_TOTAL}, as a
 * {@link ScheduleVersion} declares it: the {@linkplain #groups() groups} of claim kinds counted
 * separately (晋江 counts training and evaluation subsidies separately), and the
 * {@linkplain #windowFrom() window} of dates an entry must fall in to count (厦门 counts within
 * 2023-12-20 to 2025-12-31). A claim is checked against every group that holds its kind: the entries
 * of the training-subsidy programme, of a kind in that group and dated within the window, are
 * counted, and must be fewer than the limit.
 *
 * <p>A version that declares none (form 1.0) counts every entry of the programme in one group,
 * without window: {@link #allTogether(Source)}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.2.0
 */
@Value.Immutable
@ValueStyle
public abstract class HistoryCounting implements WithHistoryCounting {
  HistoryCounting() {}

  /**
   * Returns the groups, each counted on its own; every kind is in at least one.
   *
   * @return an unmodifiable list, not empty
   */
  public abstract List<CountGroup> groups();

  /**
   * Returns the first day an entry counts.
   *
   * @return the date, or empty (no lower bound)
   */
  public abstract Optional<LocalDate> windowFrom();

  /**
   * Returns the last day an entry counts (inclusive).
   *
   * @return the date, or empty (no upper bound)
   */
  public abstract Optional<LocalDate> windowTo();

  /**
   * Returns where the counting rule comes from.
   *
   * @return the source, never null
   */
  public abstract Source source();

  /**
   * Returns a note in Chinese.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns the note in English.
   *
   * @return the note, present exactly when {@link #note()} is
   */
  public abstract Optional<String> noteEn();

  /**
   * Tells whether an entry dated {@code date} falls in the window.
   *
   * @param date the date; not null
   * @return true if within the window (inclusive at both ends)
   */
  public boolean inWindow(LocalDate date) {
    return (windowFrom().isEmpty() || !date.isBefore(windowFrom().get()))
        && (windowTo().isEmpty() || !date.isAfter(windowTo().get()));
  }

  /**
   * Returns the counting of schedule form 1.0: every kind in one group {@code all}, no window.
   *
   * @param source the source of the limit; not null
   * @return the counting
   */
  public static HistoryCounting allTogether(Source source) {
    return builder().addGroups(CountGroup.of("all", List.of(SubsidyKind.values()))).source(source).build();
  }

  @Value.Check
  void check() {
    if (groups().isEmpty()) {
      throw new IllegalStateException("a counting rule has at least one group");
    }
    for (SubsidyKind k : SubsidyKind.values()) {
      if (groups().stream().noneMatch(g -> g.kinds().contains(k))) {
        throw new IllegalStateException("kind " + k.id() + " is in no counting group");
      }
    }
    if (windowFrom().isPresent() && windowTo().isPresent() && windowTo().get().isBefore(windowFrom().get())) {
      throw new IllegalStateException("the counting window ends before it starts");
    }
    if (note().isPresent() != noteEn().isPresent()) {
      throw new IllegalStateException("a note is given in both languages or in neither");
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

  /** Builds a {@link HistoryCounting}; not thread-safe. */
  public static final class Builder extends ImmutableHistoryCounting.Builder {
    Builder() {}
  }
}
