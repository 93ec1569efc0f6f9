package org.replyletter.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.replyletter.Money;
import org.replyletter.ReplyLetter;
import org.replyletter.Section;
import org.replyletter.diagnostics.Finding;
import org.replyletter.diagnostics.Severity;
import org.replyletter.jackson.JsonFindingsException;
import org.replyletter.jackson.ReplyLetterModule;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.validation.LetterConstraints;
import org.replyletter.validation.LetterValidator;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A user's project with the library: run once on the module path and once on the class path (see
 * this module's pom.xml), with the same expectations.
 */
class ConsumerTest {
  static final Path SEED = Path.of("..", "letters", "jinjiang-2024-7.json");

  static ReplyLetter seed() {
    return ReplyLetterJson.defaults().read(SEED);
  }

  @Test
  void runsWhereThePomSays() {
    String where = System.getProperty("consumer.path");
    Module core = ReplyLetter.class.getModule();
    if ("module".equals(where)) {
      assertTrue(getClass().getModule().isNamed(), "on the class path");
      assertEquals("org.replyletter.example.consumer", getClass().getModule().getName());
      assertEquals("org.replyletter.core", core.getName());
      assertTrue(core.getDescriptor().provides().stream()
          .anyMatch(p -> p.service().equals("tools.jackson.databind.JacksonModule")));
    } else {
      assertEquals("class", where);
      assertTrue(!getClass().getModule().isNamed() && !core.isNamed(), "on the module path");
    }
  }

  @Test
  void theUsersMapper_findsTheModule_andWritesTheLibrarysJson() throws Exception {
    JsonMapper mapper = Setup.mapper();
    assertTrue(mapper.registeredModules().stream().anyMatch(m -> m instanceof ReplyLetterModule));
    ReplyLetter seed = seed();
    assertEquals(
        new String(Files.readAllBytes(SEED), StandardCharsets.UTF_8),
        mapper.writer().with(ReplyLetterModule.prettyPrinter()).writeValueAsString(seed) + "\n");
    Submission s = new Submission("张三", seed, Money.parse("3900元"), List.of(seed));
    String json = mapper.writeValueAsString(s);
    assertTrue(json.contains("\"budget\":\"3900元\""), json);
    assertEquals(s, mapper.readValue(json, Submission.class));
  }

  @Test
  void readingProblems_areJacksonExceptions_withTheLibrarysFindings() {
    String json =
        "{\"clerk\":\"张三\",\"letter\":{\"schemaVersion\":\"1.0\",\"title\":1},\"budget\":\"1元\",\"followUps\":[]}";
    JsonFindingsException e =
        assertThrows(JsonFindingsException.class, () -> Setup.mapper().readValue(json, Submission.class));
    assertEquals(List.of("RL-JSON-004 /letter/title"), e.findings().stream().map(f -> f.code() + " " + f.path()).collect(Collectors.toList()));
  }

  @Test
  void aMapperWithoutTheModule_refusesTheLibrarysTypes() {
    JsonMapper plain = JsonMapper.builder().build();
    Submission s = new Submission("张三", seed(), Money.parse("1元"), List.of());
    InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class, () -> plain.writeValueAsString(s));
    assertTrue(e.getMessage().contains("ReplyLetterModule"), e.getMessage());
  }

  @Test
  void theUsersValidator_appliesTheModelsConstraints_andTheRules() {
    Validator validator = Setup.validator();
    ReplyLetter seed = seed();
    // The seed satisfies the model's constraints; @CompleteLetter(severity = WARNING) reports its six warnings.
    Set<ConstraintViolation<Submission>> violations =
        validator.validate(new Submission("张三", seed, Money.parse("1元"), List.of(seed)));
    List<Finding> warnings = LetterValidator.defaults().validate(seed).findings(Severity.WARNING);
    assertEquals(6, warnings.size());
    assertEquals(
        warnings.stream().map(f -> f.code() + " " + f.path()).collect(Collectors.toSet()),
        violations.stream()
            .map(v -> LetterConstraints.finding(v).orElseThrow())
            .map(f -> f.code() + " " + f.path())
            .collect(Collectors.toSet()));
    assertTrue(violations.stream().allMatch(v -> v.getPropertyPath().toString().startsWith("letter")));

    ReplyLetter blank = seed.withSections(Section.builder().heading(" ").addParagraphs("正文").build());
    Set<ConstraintViolation<Submission>> others =
        validator.validate(new Submission("", seed, Money.parse("1元"), List.of(blank))).stream()
            .filter(v -> !v.getPropertyPath().toString().startsWith("letter"))
            .collect(Collectors.toSet());
    assertEquals(
        Set.of("clerk", "followUps[0].sections[0].heading"),
        others.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet()));
    assertTrue(others.stream().anyMatch(v -> v.getMessage().startsWith("RL-BV-001 ")));
  }
}
