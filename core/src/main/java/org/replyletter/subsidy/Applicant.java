package org.replyletter.subsidy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.replyletter.internal.ValueStyle;

/**
 * The person claiming a subsidy, as the employment service knows them: registrations, age, pension,
 * student and public-sector status, and membership of priority groups.
 *
 * <p>Facts that need an official determination are inputs, not computed: whether the person is past
 * the statutory retirement age, and which priority groups (六类人员) they belong to.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class Applicant implements WithApplicant {
  Applicant() {}

  /**
   * Returns the real-name registrations (实名制登记) the person holds.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<Registration> registrations();

  /**
   * Returns the date of birth, from which the age on the decision date is computed.
   *
   * @return the date, or empty when only {@link #age()} is known
   */
  public abstract Optional<LocalDate> birthDate();

  /**
   * Returns the age in whole years on the decision date, when the birth date is not given.
   *
   * @return the age, 0 to 150, or empty
   */
  public abstract OptionalInt age();

  /**
   * Tells whether the person receives a basic pension (领取养老金).
   *
   * @return true for a pension recipient
   */
  @Value.Default
  public boolean receivesPension() {
    return false;
  }

  /**
   * Tells whether the person is past the statutory retirement age (法定退休年龄).
   *
   * @return true if past it
   */
  @Value.Default
  public boolean pastRetirementAge() {
    return false;
  }

  /**
   * Tells whether the person is a full-time student.
   *
   * @return true for a student
   */
  @Value.Default
  public boolean student() {
    return false;
  }

  /**
   * Returns the calendar year a student graduates in (毕业年度).
   *
   * @return the year, or empty
   */
  public abstract OptionalInt graduationYear();

  /**
   * Tells whether the person is established staff of a public body (机关事业单位在编人员).
   *
   * @return true for public-sector staff
   */
  @Value.Default
  public boolean publicSectorStaff() {
    return false;
  }

  /**
   * Returns the priority groups (六类人员) the employment service has certified the person in, by
   * name, e.g. {@code 就业困难人员}; the calculator only asks whether there is any.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<String> priorityGroups();

  /**
   * Returns the age in whole years on a date: from the birth date when known, else {@link #age()}.
   *
   * @param date the date; not null
   * @return the age
   */
  public int ageOn(LocalDate date) {
    if (birthDate().isPresent()) {
      return (int) ChronoUnit.YEARS.between(birthDate().get(), date);
    }
    return age().getAsInt();
  }

  /**
   * Tells whether the person is a student in their graduating year on a date.
   *
   * @param date the date; not null
   * @return true if a student whose graduation year is the year of {@code date}
   */
  public boolean isGraduatingOn(LocalDate date) {
    return student() && graduationYear().isPresent() && graduationYear().getAsInt() == date.getYear();
  }

  @Value.Check
  void check() {
    if (birthDate().isEmpty() && age().isEmpty()) {
      throw new IllegalStateException("an applicant needs a birthDate or an age");
    }
    if (age().isPresent() && (age().getAsInt() < 0 || age().getAsInt() > 150)) {
      throw new IllegalStateException("age out of range: " + age().getAsInt());
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

  /** Builds an {@link Applicant}; not thread-safe. */
  public static final class Builder extends ImmutableApplicant.Builder {
    Builder() {}
  }
}
