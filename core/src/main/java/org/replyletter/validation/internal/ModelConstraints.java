package org.replyletter.validation.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The model's own constraints on a letter, as the library validates them ({@link BeanValidation}),
 * as one class-level constraint that {@code LetterConstraints.configure} adds to a user's
 * configuration for {@code ReplyLetter}; never on a class, so the library's own validation never
 * meets it.
 */
@Constraint(validatedBy = ModelConstraintsValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ModelConstraints {
  /** Unused: every violation has its finding's message. */
  String message() default "{org.replyletter.validation.ModelConstraints.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
