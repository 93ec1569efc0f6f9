package org.replyletter.benchmarks;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cold-start baseline: a fresh JVM that only builds a Hibernate Validator factory and reads the
 * file with Jackson: the start-up of the two libraries a validating program is built on. {@link ColdStart} compares the
 * command-line tool's {@code validate} with it.
 */
public final class ColdStartBaseline {
  private ColdStartBaseline() {}

  /**
   * Reads {@code args[0]} and prints its number of top-level members.
   *
   * @param args the file
   * @throws Exception if the file cannot be read
   */
  public static void main(String[] args) throws Exception {
    try (ValidatorFactory factory =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()) {
      factory.getValidator();
      JsonNode tree = JsonMapper.builder().build().readTree(Files.readAllBytes(Path.of(args[0])));
      System.out.println(tree.size());
    }
  }
}
