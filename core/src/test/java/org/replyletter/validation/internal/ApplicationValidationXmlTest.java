package org.replyletter.validation.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyletter.ReplyLetter;
import org.replyletter.validation.LetterValidator;

/**
 * The library's Bean Validation does not read an application's {@code META-INF/validation.xml}: the
 * model's constraints are the library's. The application's file here maps {@code @Size(max = 1)} onto
 * {@code ReplyLetter.title}; read, it would make every title a violation. A fresh JVM, since this
 * one built the library's validator long ago.
 */
class ApplicationValidationXmlTest {

  @Test
  void constraintMappingOfTheApplication_notApplied(@TempDir Path dir) throws Exception {
    Path application = Path.of("src", "test", "resources", "application-validation-xml");
    FreshJvm.Run run = FreshJvm.run(Probe.class, List.of(application), dir);
    // The control: a validator set up like the library's but reading XML applies the mapping.
    assertTrue(run.out().contains("reading XML: [title Size]"), run.out());
    assertTrue(run.out().contains("library: []"), run.out());
  }

  /** Validates a letter value with a title; prints its Bean Validation findings. */
  public static final class Probe {
    private Probe() {}

    public static void main(String[] args) {
      ReplyLetter letter = ReplyLetter.builder().title("关于某某提案的答复").build();
      Validator readingXml =
          Validation.byProvider(HibernateValidator.class)
              .configure()
              .getterPropertySelectionStrategy(new BeanValidation.AccessorStrategy())
              .messageInterpolator(new ParameterMessageInterpolator())
              .addValueExtractor(new BeanValidation.PresentOptional())
              .buildValidatorFactory()
              .getValidator();
      System.out.println(
          readingXml.validate(letter).stream()
              .map(v -> v.getPropertyPath() + " " + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
              .collect(Collectors.joining(", ", "reading XML: [", "]")));
      System.out.println(
          LetterValidator.defaults().validate(letter).findings().stream()
              .filter(f -> f.code().startsWith("RL-BV-"))
              .map(f -> f.code() + " " + f.path())
              .collect(Collectors.joining(", ", "library: [", "]")));
    }
  }
}
