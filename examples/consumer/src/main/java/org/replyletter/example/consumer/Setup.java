package org.replyletter.example.consumer;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.replyletter.jackson.ReplyLetterModule;
import org.replyletter.validation.LetterConstraints;
import tools.jackson.databind.json.JsonMapper;

/** How a user sets up Jackson and Bean Validation with the library: one call each. */
public final class Setup {
  private Setup() {}

  /**
   * The user's mapper, with every module on the class or module path: the library's among them.
   *
   * @return the mapper
   */
  public static JsonMapper mapper() {
    return JsonMapper.builder().findAndAddModules().build();
  }

  /**
   * The user's validator factory with the model's constraints; messages interpolated without EL.
   *
   * @return the factory
   */
  public static ValidatorFactory validatorFactory() {
    return LetterConstraints.configure(Validation.byDefaultProvider().configure())
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
  }

  /**
   * A validator of {@link #validatorFactory()}.
   *
   * @return the validator
   */
  public static Validator validator() {
    return validatorFactory().getValidator();
  }
}
