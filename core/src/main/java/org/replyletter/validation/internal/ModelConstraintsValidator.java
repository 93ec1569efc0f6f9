package org.replyletter.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.replyletter.ReplyLetter;
import org.replyletter.diagnostics.Finding;

/** Runs {@link BeanValidation} on the letter and reports each finding as a violation. Thread-safe. */
public final class ModelConstraintsValidator implements ConstraintValidator<ModelConstraints, ReplyLetter> {
  /** For Hibernate Validator. */
  public ModelConstraintsValidator() {}

  @Override
  public boolean isValid(ReplyLetter letter, ConstraintValidatorContext context) {
    if (letter == null) {
      return true;
    }
    List<Finding> findings = BeanValidation.instance().validate(letter);
    return Violations.report(findings, context);
  }
}
