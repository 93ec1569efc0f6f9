package org.replyletter.subsidy.internal;

/**
 * Every {@code SUB-*} code, declared once, with the key of its message in the subsidy bundles
 * ({@code org/replyletter/subsidy/messages*.properties}): the reason codes of decisions and the codes
 * of their explanation steps, and the codes of schedule findings. {@code core/SUBSIDY.md} documents
 * them. A code is never reused; a retired one keeps its constant so that its code stays taken.
 *
 * <p>A condition's message is its key with {@code .passed} or {@code .failed} appended (and a variant
 * for {@link #AGE}); a parameter step's key gets {@code .assumption} and {@code .note} suffixes; the
 * duplicate-id finding names what is duplicated ({@code Source} or {@code Version}). Every other
 * message key is used as is.
 */
public enum SubsidyCode {
  /** The version in force on the decision date applies. */
  VERSION_APPLIES("SUB-VER-001"),
  /** No version in force on the decision date (in the requested jurisdiction): a reason. */
  NO_VERSION("SUB-VER-002"),
  /** Versions of several jurisdictions in force and the request names none: a reason. */
  AMBIGUOUS("SUB-VER-003"),
  /** The request names a version the schedule does not have (in its jurisdiction): a reason. */
  NAMED_UNKNOWN("SUB-VER-004"),
  /** Which date of the claim chooses the version, with the source of that choice. */
  SELECTION("SUB-VER-005"),
  /** The version the request names is not in force on the date that would choose one: a warning. */
  NAMED_OUTSIDE("SUB-VER-006"),
  /** No version applies: only the conditions that read no parameter are checked. */
  UNCHECKED("SUB-VER-007"),

  /** A parameter read, with value and source. */
  PARAMETER("SUB-PAR-001"),
  /** The shortage-occupation catalogue read, with its date, coverage and source. */
  CATALOGUE("SUB-PAR-002"),
  /** The counting rule of the history read, with its groups, window and source. */
  COUNTING("SUB-PAR-003"),

  /** Condition: a real-name registration is required. */
  REGISTRATION("SUB-ELIG-001"),
  /** Condition: public-sector staff excluded. */
  PUBLIC_SECTOR("SUB-ELIG-002"),
  /** Condition: a student not in the graduating year excluded. */
  STUDENT("SUB-ELIG-003"),
  /** Condition: a pension recipient excluded. */
  PENSION("SUB-ELIG-004"),
  /** Condition: past the retirement age and over the age limit. */
  AGE("SUB-ELIG-005"),
  /** Condition: the provider must be qualified. */
  PROVIDER("SUB-ELIG-006"),
  /** Condition: the birth date is not after the decision date (an age cannot be negative). */
  BORN("SUB-ELIG-007"),

  /** Condition: the total number of subsidies per person. */
  TOTAL("SUB-LIM-001"),
  /** Condition: the same occupation at the same level once. */
  SAME_LEVEL("SUB-LIM-002"),
  /** Condition: no lower level after a higher one. */
  DOWNGRADE("SUB-LIM-003"),
  /** Condition: claimed within the claim window. */
  WINDOW("SUB-LIM-004"),
  /** Condition: not already paid by the 技能提升补贴. */
  SECOND_PAYMENT("SUB-LIM-005"),
  /** Condition: not issued after the decision date. */
  FUTURE("SUB-LIM-006"),
  /** A history entry as the count sees it: counted towards a group, or not and why. */
  COUNTED_ENTRY("SUB-LIM-007"),
  /** Condition: a claimed shortage class is confirmed by the catalogue (or the version's policy decides). */
  SHORTAGE("SUB-OCC-001"),

  /** Calculation: the base amount. */
  BASE_AMOUNT("SUB-AMT-001"),
  /** Calculation: uplifts do not apply to the kind. */
  NO_UPLIFT_FOR_KIND("SUB-AMT-002"),
  /** Calculation: no uplift applies. */
  NO_UPLIFT("SUB-AMT-003"),
  /** Calculation: one uplift applies. */
  ONE_UPLIFT("SUB-AMT-004"),
  /** Calculation: several uplifts, the largest alone. */
  LARGEST_UPLIFT("SUB-AMT-005"),
  /** Calculation: several uplifts, added up. */
  ADDED_UPLIFTS("SUB-AMT-006"),
  /** Calculation: the uplifted amount, rounded. */
  ROUNDED("SUB-AMT-007"),
  /** Calculation: over the cap, capped. */
  CAPPED("SUB-AMT-008"),
  /** Calculation: within the cap. */
  WITHIN_CAP("SUB-AMT-009"),
  /** Calculation: the payee. */
  PAYEE("SUB-AMT-010"),

  /** Result: eligible. */
  ELIGIBLE("SUB-DEC-001"),
  /** Result: not eligible. */
  NOT_ELIGIBLE("SUB-DEC-002"),

  /** Schedule definition: versions of one jurisdiction overlap. */
  DEF_OVERLAP("SUB-DEF-001", "def.overlap"),
  /** Schedule definition: a version or source identifier is used twice ({@code Source}/{@code Version}). */
  DEF_DUPLICATE_ID("SUB-DEF-002", "def.duplicate"),
  /**
   * Schedule input: a rate that is not a percentage such as {@code 20%}. A value that cannot be read,
   * so reported as unreadable input like a bad date; the code predates the split of definition errors
   * from input errors and is kept.
   */
  DEF_RATE("SUB-DEF-003", "def.rate"),
  /**
   * Schedule input: no version. The published schema says so too ({@code minItems}), so it is
   * reported as unreadable input; the code is kept.
   */
  DEF_NO_VERSION("SUB-DEF-004", "def.noVersion"),
  /** Schedule definition: a parameter cites a source the schedule does not declare. */
  DEF_UNDECLARED_SOURCE("SUB-DEF-005", "def.undeclaredSource");

  private final String code;
  private final String messageKey;

  SubsidyCode(String code) {
    this(code, code);
  }

  SubsidyCode(String code, String messageKey) {
    this.code = code;
    this.messageKey = messageKey;
  }

  /** The code, e.g. {@code SUB-LIM-004}. */
  public String code() {
    return code;
  }

  /** The message key, or for conditions, parameters and duplicates the stem of it. */
  public String messageKey() {
    return messageKey;
  }

  /** The message key with a suffix, e.g. {@code SUB-ELIG-005.passed.notPast} or {@code def.duplicateSource}. */
  public String messageKey(String suffix) {
    return messageKey + suffix;
  }

  /** Returns {@link #code()}. */
  @Override
  public String toString() {
    return code;
  }
}
