package org.replyletter.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.replyletter.ReplyLetter;
import org.replyletter.diagnostics.Finding;
import org.replyletter.diagnostics.Severity;
import org.replyletter.validation.CompleteLetter;
import org.replyletter.validation.LetterValidator;

/**
 * Validates a letter for {@link CompleteLetter}: the findings of {@link LetterValidator#defaults()}
 * at least as severe as asked, but those of the model's constraints ({@code @Valid}'s) and the
 * ignored codes. One instance per constraint declaration, initialised once; then thread-safe.
 */
public final class CompleteLetterValidator implements ConstraintValidator<CompleteLetter, ReplyLetter> {
  private static final Set<String> MODEL_CODES = Set.of(Code.BV_BLANK.code(), Code.BV_NULL.code(), Code.BV_OTHER.code());

  private Severity threshold = Severity.ERROR;
  private Set<String> ignored = Set.of();

  /** For Bean Validation. */
  public CompleteLetterValidator() {}

  @Override
  public void initialize(CompleteLetter annotation) {
    threshold = annotation.severity();
    ignored = Set.of(annotation.ignore());
  }

  @Override
  public boolean isValid(ReplyLetter letter, ConstraintValidatorContext context) {
    if (letter == null) {
      return true;
    }
    List<Finding> wanted = new ArrayList<>();
    for (Finding f : LetterValidator.defaults().validate(letter).findings()) {
      if (f.severity().compareTo(threshold) <= 0 && !MODEL_CODES.contains(f.code()) && !ignored.contains(f.code())) {
        wanted.add(f);
      }
    }
    return Violations.report(wanted, context);
  }
}
