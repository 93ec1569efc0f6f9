package org.replyletter.validation.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.replyletter.diagnostics.Finding;
import org.replyletter.diagnostics.Severity;
import org.replyletter.validation.ValidationProfile;

/**
 * The built-in finding codes with their default severities: the rule catalogue of
 * {@code core/RULES.md}, in code form. A code is never reused; a retired rule keeps its constant
 * (deprecated) so that its code stays taken.
 */
public enum Code {
  /** A rule threw instead of reporting. */
  VAL_RULE_FAILED("RL-VAL-001", Severity.ERROR),

  /** Bean Validation: {@code @NotBlank}. */
  BV_BLANK("RL-BV-001", Severity.ERROR),
  /** Bean Validation: {@code @NotNull}. */
  BV_NULL("RL-BV-002", Severity.ERROR),
  /** Bean Validation: any other constraint. */
  BV_OTHER("RL-BV-003", Severity.ERROR),

  /** No document number. */
  DOC_MISSING("RL-DOC-001", Severity.ERROR, Severity.INFO),
  /** Brackets other than 〔〕. */
  DOC_BRACKETS("RL-DOC-002", Severity.WARNING),
  /** 第 before the serial. */
  DOC_ORDINAL_PREFIX("RL-DOC-003", Severity.WARNING),
  /** Leading zeros in the serial. */
  DOC_LEADING_ZEROS("RL-DOC-004", Severity.WARNING),
  /** Full-width digits. */
  DOC_FULL_WIDTH("RL-DOC-005", Severity.WARNING),
  /** Whitespace in the number. */
  DOC_WHITESPACE("RL-DOC-006", Severity.WARNING),
  /** No closing 号. */
  DOC_MISSING_SUFFIX("RL-DOC-007", Severity.WARNING),
  /** Year before 1949 or after next year. */
  DOC_YEAR("RL-DOC-008", Severity.ERROR),

  /** No reply type. */
  CLS_MISSING("RL-CLS-001", Severity.WARNING, Severity.INFO),
  /** A code unknown in its scheme. */
  CLS_UNKNOWN("RL-CLS-002", Severity.ERROR),
  /** The reply type contradicts the checklist. */
  CLS_CHECKLIST("RL-CLS-003", Severity.WARNING),

  /** No checklist, or one without suggestions. */
  SUG_MISSING("RL-SUG-001", Severity.WARNING, Severity.INFO),
  /** A suggestion left unanswered. */
  SUG_UNANSWERED("RL-SUG-002", Severity.ERROR),
  /** A not-implementable item without its reason. */
  SUG_NO_REASON("RL-SUG-003", Severity.ERROR),
  /** A suggestion without its numeral. */
  SUG_ORDINAL_MISSING("RL-SUG-004", Severity.WARNING),
  /** A suggestion numeral that is not 一 … 九十九. */
  SUG_ORDINAL_INVALID("RL-SUG-005", Severity.WARNING),
  /** Suggestion numerals out of sequence. */
  SUG_ORDINAL_SEQUENCE("RL-SUG-006", Severity.WARNING),

  /** A stated subsidy that is a cap with kinds, or not a cap and without kinds. */
  STS_KINDS("RL-STS-001", Severity.ERROR),
  /** A stated range that is not for skill-level certificates, or runs high to low. */
  STS_RANGE("RL-STS-002", Severity.ERROR),

  /** A body section without its numeral. */
  SEC_ORDINAL_MISSING("RL-SEC-001", Severity.WARNING),
  /** A section numeral that is not 一 … 九十九. */
  SEC_ORDINAL_INVALID("RL-SEC-002", Severity.WARNING),
  /** Section numerals out of sequence. */
  SEC_ORDINAL_SEQUENCE("RL-SEC-003", Severity.WARNING),

  /** No proposal reference. */
  REF_MISSING("RL-REF-001", Severity.WARNING),
  /** No title. */
  TTL_MISSING("RL-TTL-001", Severity.WARNING),
  /** The title does not name the body. */
  TTL_BODY("RL-TTL-002", Severity.WARNING),
  /** The title's term differs. */
  TTL_TERM("RL-TTL-003", Severity.WARNING),
  /** The title's session differs. */
  TTL_SESSION("RL-TTL-004", Severity.WARNING),
  /** The title's proposal number differs or is absent. */
  TTL_NUMBER("RL-TTL-005", Severity.WARNING),
  /** The title names the other channel (提案 vs 建议). */
  TTL_CHANNEL("RL-TTL-006", Severity.WARNING),

  /** No addressee. */
  ADR_MISSING("RL-ADR-001", Severity.ERROR),
  /** An addressee's role does not fit the channel. */
  ADR_ROLE_CHANNEL("RL-ADR-002", Severity.WARNING),
  /** An addressee without role. */
  ADR_ROLE_MISSING("RL-ADR-003", Severity.WARNING),

  /** No issue date. */
  DATE_MISSING("RL-DATE-001", Severity.WARNING),
  /** Issue date in the future. */
  DATE_FUTURE("RL-DATE-002", Severity.ERROR),
  /** Replied more than 3 months after assignment. */
  DATE_LATE("RL-DATE-003", Severity.WARNING),
  /** Replied more than 6 months after assignment. */
  DATE_OVERDUE("RL-DATE-004", Severity.ERROR),
  /** Issued before it was assigned. */
  DATE_BEFORE_ASSIGNMENT("RL-DATE-005", Severity.ERROR),

  /** No issuing organ. */
  SIG_ORGAN_MISSING("RL-SIG-001", Severity.WARNING),
  /** No signer. */
  SIG_SIGNER_MISSING("RL-SIG-002", Severity.WARNING, Severity.INFO),

  /** No contact. */
  CON_MISSING("RL-CON-001", Severity.WARNING, Severity.INFO),
  /** A contact without name. */
  CON_NAME_MISSING("RL-CON-002", Severity.WARNING, Severity.INFO),
  /** A contact without phone. */
  CON_PHONE_MISSING("RL-CON-003", Severity.WARNING, Severity.INFO),

  /** No disclosure attribute. */
  DIS_MISSING("RL-DIS-001", Severity.WARNING, Severity.INFO),

  /** A blank CC recipient. */
  CC_BLANK("RL-CC-001", Severity.ERROR),
  /** A CC recipient listed twice. */
  CC_DUPLICATE("RL-CC-002", Severity.WARNING),
  /** A CC group without recipients. */
  CC_EMPTY_GROUP("RL-CC-003", Severity.WARNING),

  /** A text with control characters (other than tab and line feed) or bidi formatting characters. */
  TXT_INVISIBLE("RL-TXT-001", Severity.WARNING);

  private final String code;
  private final Severity severity;
  private final Severity published;

  Code(String code, Severity severity) {
    this(code, severity, severity);
  }

  /** A code whose severity under {@link ValidationProfile#PUBLISHED} is {@code published}. */
  Code(String code, Severity severity, Severity published) {
    this.code = code;
    this.severity = severity;
    this.published = published;
  }

  /** The stable code, e.g. {@code RL-DOC-001}. */
  public String code() {
    return code;
  }

  /** The default severity (the {@link ValidationProfile#ISSUED} profile's). */
  public Severity severity() {
    return severity;
  }

  /** The severity under a profile. */
  public Severity severity(ValidationProfile profile) {
    return profile == ValidationProfile.PUBLISHED ? published : severity;
  }

  private static final Map<String, Code> BY_CODE = new HashMap<>();

  static {
    for (Code c : values()) {
      BY_CODE.put(c.code, c);
    }
  }

  /** The built-in code with the given text, or null. */
  public static Code of(String code) {
    return BY_CODE.get(code);
  }

  /** A finding of this code at {@code path} with message key = code. */
  public Finding at(String path, String... arguments) {
    return Finding.of(code, severity, path, arguments);
  }

  /** A finding of this code at {@code path} with the message key {@code code + "." + variant}. */
  public Finding variant(String variant, String path, String... arguments) {
    return Finding.builder()
        .code(code)
        .severity(severity)
        .path(path)
        .messageKey(code + "." + variant)
        .addArguments(arguments)
        .build();
  }

  /** Every built-in code with its default severity, in catalogue order. */
  public static Map<String, Severity> catalogue() {
    return catalogue(ValidationProfile.ISSUED);
  }

  /** Every built-in code with its severity under a profile, in catalogue order. */
  public static Map<String, Severity> catalogue(ValidationProfile profile) {
    Map<String, Severity> m = new LinkedHashMap<>();
    for (Code c : values()) {
      m.put(c.code, c.severity(profile));
    }
    return Collections.unmodifiableMap(m);
  }
}
