package org.replyletter.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.replyletter.diagnostics.Severity;
import org.replyletter.validation.internal.CompleteLetterValidator;

/**
 * The annotated {@link org.replyletter.ReplyLetter} passes the library's completeness rules, inside
 * a user's own Bean Validation: each finding of {@link LetterValidator#defaults()} at least as severe
 * as {@link #severity()} becomes one constraint violation, except findings of the model's own
 * constraints, which {@code @Valid} reports (see {@link LetterConstraints}). So use both:
 *
 * <pre>{@code
 * record Submission(@NotBlank String clerk, @Valid @CompleteLetter ReplyLetter letter) {}
 * }</pre>
 *
 * <p>Each violation carries the finding: its message is the finding's code and its message in
 * Chinese ({@code RL-DOC-001 缺少文号}); its property path leads from the annotated element to the
 * part the finding is about ({@code letter.sections[3].ordinal}); {@link LetterConstraints#finding}
 * returns the {@link org.replyletter.diagnostics.Finding} itself, with its code, severity, JSON
 * Pointer and arguments; and the message parameters {@code code} and {@code pointer} hold code and
 * pointer, for a user's own message template.
 * A null letter is valid (use {@code @NotNull} as well if it is required).
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = CompleteLetterValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface CompleteLetter {
  /**
   * The message when a letter is incomplete; each violation has its finding's own message instead.
   *
   * @return the message template
   */
  String message() default "{org.replyletter.validation.CompleteLetter.message}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * The least severe finding that is a violation: {@link Severity#ERROR} (the default) only errors,
   * {@link Severity#WARNING} errors and warnings, {@link Severity#INFO} every finding.
   *
   * @return the threshold
   */
  Severity severity() default Severity.ERROR;

  /**
   * Codes of findings that are never violations, e.g. {@code "RL-DATE-002"}.
   *
   * @return the codes
   */
  String[] ignore() default {};
}
