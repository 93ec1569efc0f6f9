package org.replyletter.subsidy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;
import org.replyletter.internal.NeedsJacksonModule;
import org.replyletter.internal.ValueStyle;
import org.replyletter.subsidy.internal.VersionOverlaps;

/**
 * A named set of dated {@link ScheduleVersion}s: the training-subsidy rules of one or more
 * jurisdictions over time, kept as data. Versions of one jurisdiction never overlap, so at most one is
 * in force on any day; a policy change is added as a new version.
 *
 * <p>Two schedules are bundled: {@link #jinjiang()} (the default: 晋江 from 2024-07-01, after the
 * reply letter and the sources in {@code core/SUBSIDY.md}) and {@link #xiamen()} (厦门's differences).
 * Others are read from JSON with {@link SubsidyJson#readSchedule(byte[], String)}; reading is strict,
 * and a schedule fails when it is read, never when a claim is decided: input that is not a schedule's
 * JSON (unknown or duplicate keys, bad dates, a missing parameter) with
 * {@link org.replyletter.json.JsonInputException}, a badly defined one (an undeclared source, a
 * duplicate id, overlapping versions) with {@link ScheduleDefinitionException}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
@NeedsJacksonModule
public abstract class SubsidySchedule implements WithSubsidySchedule {
  SubsidySchedule() {}

  /**
   * Returns the name of the schedule, e.g. {@code jinjiang}.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns a title for people, e.g. {@code 晋江市职业培训补贴标准}.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns which date of a claim chooses its version.
   *
   * @return the selection; by the decision date unless set
   * @since 0.2.0
   */
  @Value.Default
  public VersionSelection versionSelection() {
    return VersionSelection.byDecisionDate();
  }

  /**
   * Returns the versions, in the order declared.
   *
   * @return an unmodifiable list, not empty
   */
  public abstract List<ScheduleVersion> versions();

  /**
   * Returns the versions in force on a date, at most one per jurisdiction.
   *
   * @param date the date; not null
   * @return the versions, possibly empty
   */
  public List<ScheduleVersion> versionsInForceOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<ScheduleVersion> in = new ArrayList<>();
    for (ScheduleVersion v : versions()) {
      if (v.isInForceOn(date)) {
        in.add(v);
      }
    }
    return in;
  }

  @Value.Check
  void check() {
    if (name().isBlank() || title().isBlank()) {
      throw new IllegalStateException("schedule name and title must not be blank");
    }
    if (versions().isEmpty()) {
      throw new IllegalStateException("a schedule has at least one version");
    }
    Set<String> ids = new HashSet<>();
    for (ScheduleVersion v : versions()) {
      if (!ids.add(v.id())) {
        throw new IllegalStateException("version id " + v.id() + " is used twice");
      }
    }
    List<VersionOverlaps.Overlap> overlaps = VersionOverlaps.find(versions());
    if (!overlaps.isEmpty()) {
      ScheduleVersion v = versions().get(overlaps.get(0).index());
      ScheduleVersion w = versions().get(overlaps.get(0).overlapped());
      throw new IllegalStateException(
          "versions " + w.id() + " and " + v.id() + " of " + v.jurisdiction() + " overlap");
    }
  }

  /**
   * Returns the bundled default schedule: 晋江 from 2024-07-01.
   *
   * @return the schedule, loaded once
   */
  public static SubsidySchedule jinjiang() {
    return SubsidyJson.bundled("jinjiang");
  }

  /**
   * Returns the bundled 厦门 profile: no priority-group uplift, age limit under 60, 6-month claim
   * window.
   *
   * @return the schedule, loaded once
   */
  public static SubsidySchedule xiamen() {
    return SubsidyJson.bundled("xiamen");
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SubsidySchedule}; not thread-safe. */
  public static final class Builder extends ImmutableSubsidySchedule.Builder {
    Builder() {}
  }
}
