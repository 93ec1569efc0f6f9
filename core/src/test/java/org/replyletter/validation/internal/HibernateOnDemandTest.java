package org.replyletter.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyletter.validation.LetterValidator;
import org.replyletter.validation.ValidationReport;

/**
 * Validation of JSON never starts Hibernate Validator while {@code @NotBlank} on text is the model's
 * only constraint ({@link BeanValidation#ONLY_BLANK_TEXT_FAILS}): in a fresh JVM, neither the seed
 * nor the seed with a blank paragraph loads a class of Hibernate's, and the blank paragraph is still
 * reported where Hibernate would report it. This is what keeps a command line's cold start short;
 * each case runs in its own JVM, since this one has loaded Hibernate long ago.
 */
class HibernateOnDemandTest {
  private static final String HIBERNATE = "org.hibernate.validator.";

  @Test
  void seed_validatedWithoutHibernate(@TempDir Path dir) throws Exception {
    FreshJvm.Run run = FreshJvm.run(Probe.class, List.of(), dir, HintReads.SEED.toString());
    assertEquals("valid", run.out().lines().findFirst().orElse(""), run.out());
    assertFalse(run.loaded(HIBERNATE), "Hibernate Validator was started for a letter without a blank text");
  }

  @Test
  void blankParagraph_isFoundWithoutHibernate(@TempDir Path dir) throws Exception {
    String seed = Files.readString(HintReads.SEED);
    String firstParagraph = "\"paragraphs\": [\n        \"";
    assertTrue(seed.contains(firstParagraph));
    Path blank = dir.resolve("blank.json");
    Files.writeString(blank, seed.replace(firstParagraph, firstParagraph + "\u3000\",\n        \""));
    FreshJvm.Run run = FreshJvm.run(Probe.class, List.of(), dir, blank.toString());
    assertTrue(run.out().contains("RL-BV-001 /sections/0/paragraphs/0"), run.out());
    assertFalse(run.loaded(HIBERNATE), "Hibernate Validator was started for a letter read from JSON");
  }

  /** Validates one file with the default validator; prints "valid" or "invalid", then each finding. */
  public static final class Probe {
    private Probe() {}

    public static void main(String[] args) {
      ValidationReport report = LetterValidator.defaults().validate(Path.of(args[0]));
      System.out.println(report.isValid() ? "valid" : "invalid");
      System.out.println(
          report.findings().stream().map(f -> f.code() + " " + f.path()).collect(Collectors.joining("\n")));
    }
  }
}
