package org.replyletter.validation;

import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.replyletter.ReplyLetter;
import org.replyletter.diagnostics.Finding;
import org.replyletter.validation.internal.ModelConstraints;

/**
 * Makes a user's Bean Validation apply the reply-letter model's constraints, exactly as
 * {@link LetterValidator} does, wherever a user's class cascades into a letter with {@code @Valid}.
 *
 * <pre>{@code
 * ValidatorFactory factory =
 *     LetterConstraints.configure(Validation.byDefaultProvider().configure())
 *         .messageInterpolator(new ParameterMessageInterpolator()) // or add an EL implementation
 *         .buildValidatorFactory();
 * }</pre>
 *
 * The model's values have record-style accessors ({@code title()}), which Bean Validation does not
 * see as properties, and optional members an absent {@code Optional} stands for; rather than change
 * how the user's validator sees every class of the user's own, this adds one class-level constraint
 * to {@link ReplyLetter}, which runs the library's own validation of the model and reports each
 * finding ({@code RL-BV-*}) as a violation at the path of the part it is about
 * ({@code letter.sections[3].paragraphs[2]}), its message the finding's code and Chinese message. The
 * user's classes are validated as before. The completeness rules are {@link CompleteLetter}'s.
 *
 * <p>Needs Hibernate Validator (the library's own provider) as the user's provider.
 *
 * @since 0.1.0
 */
public final class LetterConstraints {
  private LetterConstraints() {}

  /**
   * Adds the model's constraints to a Bean Validation configuration of Hibernate Validator, and
   * returns it, for chaining; call it once per configuration.
   *
   * @param <T> the configuration's type
   * @param configuration the configuration, such as {@code Validation.byDefaultProvider().configure()}
   *     or the one Spring Boot hands a {@code ValidationConfigurationCustomizer}; not null
   * @return {@code configuration}
   * @throws IllegalArgumentException if the configuration is not Hibernate Validator's
   */
  public static <T extends Configuration<?>> T configure(T configuration) {
    Objects.requireNonNull(configuration, "configuration");
    if (!(configuration instanceof BaseHibernateValidatorConfiguration<?> hibernate)) {
      throw new IllegalArgumentException(
          "the reply-letter model's constraints need Hibernate Validator, not " + configuration.getClass().getName());
    }
    ConstraintMapping mapping = hibernate.createConstraintMapping();
    mapping.type(ReplyLetter.class).constraint(new GenericConstraintDef<>(ModelConstraints.class));
    hibernate.addMapping(mapping);
    return configuration;
  }

  /**
   * Returns the finding a violation of the model's constraints or of {@link CompleteLetter} stands
   * for: its code, severity, JSON Pointer (relative to the letter) and arguments.
   *
   * @param violation a violation from a Hibernate Validator validator; not null
   * @return the finding, or empty for a violation of another constraint
   */
  public static Optional<Finding> finding(ConstraintViolation<?> violation) {
    Objects.requireNonNull(violation, "violation");
    HibernateConstraintViolation<?> h;
    try {
      h = violation.unwrap(HibernateConstraintViolation.class);
    } catch (RuntimeException e) {
      return Optional.empty(); // another provider's violation
    }
    return Optional.ofNullable(h.getDynamicPayload(Finding.class));
  }
}
