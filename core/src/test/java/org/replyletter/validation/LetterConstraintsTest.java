package org.replyletter.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.replyletter.ReplyLetter;
import org.replyletter.Section;
import org.replyletter.diagnostics.Finding;
import org.replyletter.diagnostics.Severity;
import org.replyletter.json.ReplyLetterJson;

/** The library's constraints and rules inside a user's own Bean Validation. */
class LetterConstraintsTest {
  static final Path SEED = Path.of("..", "examples", "letters", "jinjiang-2024-7.json");

  static final Validator VALIDATOR =
      LetterConstraints.configure(Validation.byDefaultProvider().configure())
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();

  record Submission(@NotBlank String clerk, @Valid ReplyLetter letter) {}

  record Checked(@Valid @CompleteLetter(severity = Severity.WARNING) ReplyLetter letter) {}

  record Strict(@CompleteLetter ReplyLetter letter) {}

  static ReplyLetter seed() {
    return ReplyLetterJson.defaults().read(SEED);
  }

  @Test
  void seed_hasNoViolation_ofTheModelsConstraints() {
    assertEquals(Set.of(), VALIDATOR.validate(new Submission("张三", seed())));
    assertEquals(Set.of(), VALIDATOR.validate(new Strict(seed())));
  }

  @Test
  void modelConstraints_areThoseOfLetterValidator_atTheirPaths() {
    ReplyLetter blank =
        seed().withSections(
            Section.builder().heading("一").addParagraphs("正文", " ").build(),
            Section.builder().heading("\u3000").addParagraphs("正文").build());
    List<Finding> library =
        LetterValidator.defaults().validate(blank).findings().stream()
            .filter(f -> f.code().startsWith("RL-BV-"))
            .collect(Collectors.toList());
    assertEquals(2, library.size(), library.toString());
    Set<ConstraintViolation<Submission>> violations = VALIDATOR.validate(new Submission(" ", blank));
    assertEquals(
        Set.of("clerk", "letter.sections[0].paragraphs[1].<list element>", "letter.sections[1].heading"),
        violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet()));
    Set<String> carried =
        violations.stream()
            .filter(v -> v.getPropertyPath().toString().startsWith("letter"))
            .map(v -> LetterConstraints.finding(v).orElseThrow())
            .map(f -> f.code() + " " + f.path())
            .collect(Collectors.toSet());
    assertEquals(library.stream().map(f -> f.code() + " " + f.path()).collect(Collectors.toSet()), carried);
    violations.stream()
        .filter(v -> v.getPropertyPath().toString().startsWith("letter"))
        .forEach(v -> assertTrue(v.getMessage().startsWith("RL-BV-001 "), v.getMessage()));
  }

  @Test
  void completeLetter_reportsTheRules_aboveItsThreshold() {
      ValidationReport report = LetterValidator.defaults().validate(seed());
      Set<ConstraintViolation<Checked>> violations = VALIDATOR.validate(new Checked(seed()));
      assertEquals(6, report.count(Severity.WARNING));
      assertEquals(report.findings(Severity.WARNING).size(), violations.size());
      Set<String> expected =
          report.findings(Severity.WARNING).stream().map(f -> f.code() + " " + f.path()).collect(Collectors.toSet());
      Set<String> actual =
          violations.stream()
              .map(v -> LetterConstraints.finding(v).orElseThrow())
              .map(f -> f.code() + " " + f.path())
              .collect(Collectors.toSet());
      assertEquals(expected, actual);
      for (ConstraintViolation<Checked> v : violations) {
        Finding f = LetterConstraints.finding(v).orElseThrow();
        assertEquals(f.code() + " " + f.message(), v.getMessage());
        assertTrue(v.getPropertyPath().toString().startsWith("letter"), v.getPropertyPath().toString());
      }
  }

  @Test
  void completeLetter_ignoresCodes() {
    record Lenient(@CompleteLetter(severity = Severity.WARNING, ignore = {"RL-SEC-001", "RL-DOC-002"}) ReplyLetter letter) {}
    ValidationReport report = LetterValidator.defaults().validate(seed());
    long kept =
        report.findings(Severity.WARNING).stream()
            .filter(f -> !f.code().equals("RL-SEC-001") && !f.code().equals("RL-DOC-002"))
            .count();
    assertEquals(kept, VALIDATOR.validate(new Lenient(seed())).size());
  }

  @Test
  void configure_refusesAnotherProvidersConfiguration() {
    jakarta.validation.Configuration<?> other =
        (jakarta.validation.Configuration<?>)
            java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {jakarta.validation.Configuration.class},
                (proxy, method, args) -> null);
    assertThrows(IllegalArgumentException.class, () -> LetterConstraints.configure(other));
  }
}
