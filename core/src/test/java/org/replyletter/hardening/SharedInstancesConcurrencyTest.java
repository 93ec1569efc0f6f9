package org.replyletter.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.replyletter.ReplyLetter;
import org.replyletter.SubsidyKind;
import org.replyletter.json.JsonInputException;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.subsidy.Applicant;
import org.replyletter.subsidy.Claim;
import org.replyletter.subsidy.PriorSubsidy;
import org.replyletter.subsidy.Registration;
import org.replyletter.subsidy.ShortageCategory;
import org.replyletter.subsidy.SkillLevel;
import org.replyletter.subsidy.SubsidyCalculator;
import org.replyletter.subsidy.SubsidyRequest;
import org.replyletter.subsidy.SubsidySchedule;
import org.replyletter.testing.LetterGenerators;
import org.replyletter.text.LetterImporter;
import org.replyletter.text.LetterRenderer;
import org.replyletter.text.RenderFormat;
import org.replyletter.text.TextInputException;
import org.replyletter.validation.LetterValidator;
import org.replyletter.validation.ValidationOptions;

/**
 * One shared reader, validator, importer and calculator, used from 8 threads over 10 000 inputs
 * (letter JSON documents, some of them broken, the letters' rendered text, and subsidy requests),
 * give exactly the results of sequential use.
 */
class SharedInstancesConcurrencyTest {
  private static final int INPUTS = 10_000;
  private static final int LETTERS = 1_500; // each gives a document and a text; requests fill up
  private static final int THREADS = 8;
  private static final LocalDate DECISION = LocalDate.of(2025, 6, 1);

  private final ReplyLetterJson json = ReplyLetterJson.defaults();
  private final LetterValidator validator =
      LetterValidator.of(
          ValidationOptions.builder()
              .clock(Clock.fixed(Instant.parse("2024-12-31T04:00:00Z"), ValidationOptions.CHINA))
              .build());
  private final LetterImporter importer = LetterImporter.defaults();
  private final SubsidyCalculator calculator = SubsidyCalculator.of(SubsidySchedule.jinjiang());

  /** One input and what the shared instances make of it; the result is compared with equals. */
  private interface Input {
    Object run();
  }

  @Test
  void eightThreads_sameResultsAsSequential() throws Exception {
    List<Input> inputs = inputs();
    assertEquals(INPUTS, inputs.size());

    List<Object> sequential = new ArrayList<>(inputs.size());
    for (Input in : inputs) {
      sequential.add(in.run());
    }
    // The inputs are not trivial: some documents are refused, some letters have findings.
    assertTrue(sequential.stream().anyMatch(r -> r instanceof List<?>), "no refused document");

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Object[]>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        final int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  // Thread t takes every 8th input from t: each thread meets every kind of input.
                  Object[] mine = new Object[inputs.size()];
                  for (int i = thread; i < inputs.size(); i += THREADS) {
                    mine[i] = inputs.get(i).run();
                  }
                  return mine;
                }));
      }
      start.countDown();
      Object[] concurrent = new Object[inputs.size()];
      for (int t = 0; t < THREADS; t++) {
        Object[] mine = futures.get(t).get(60, TimeUnit.SECONDS);
        for (int i = t; i < inputs.size(); i += THREADS) {
          concurrent[i] = mine[i];
        }
      }
      for (int i = 0; i < inputs.size(); i++) {
        assertEquals(sequential.get(i), concurrent[i], "input " + i);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private List<Input> inputs() {
    List<ReplyLetter> letters = new ArrayList<>(LETTERS);
    qt().withFixedSeed(20_241_231L)
        .withExamples(LETTERS)
        .withShrinkCycles(0)
        .forAll(LetterGenerators.letters())
        .checkAssert(letters::add);
    LetterRenderer renderer = LetterRenderer.of(RenderFormat.TEXT);
    Random random = new Random(7);
    List<Input> inputs = new ArrayList<>();
    for (int i = 0; i < letters.size(); i++) {
      byte[] doc = json.write(letters.get(i));
      if (i % 10 == 3) {
        doc = java.util.Arrays.copyOf(doc, random.nextInt(doc.length)); // truncated: refused
      }
      final byte[] d = doc;
      // The reader and the validator on the same document.
      inputs.add(() -> List.of(read(d), validator.validate(d, "doc")));
      String text = renderer.render(letters.get(i));
      inputs.add(() -> importText(text));
    }
    // QuickTheories may draw a few letters fewer than asked (duplicates); requests make up the rest.
    assertTrue(letters.size() > LETTERS * 9 / 10, "letters: " + letters.size());
    while (inputs.size() < INPUTS) {
      SubsidyRequest r = request(random);
      inputs.add(() -> calculator.decide(r));
    }
    java.util.Collections.shuffle(inputs, random);
    return inputs;
  }

  /** The letter, or the findings of the refusal (a List, which a letter is not). */
  private Object read(byte[] doc) {
    try {
      return json.read(doc, "doc");
    } catch (JsonInputException e) {
      return e.findings();
    }
  }

  private Object importText(String text) {
    try {
      return importer.importText(text);
    } catch (TextInputException e) {
      return e.getMessage();
    }
  }

  /** A reproducible request, eligible or not, of any kind, level, history and applicant. */
  private static SubsidyRequest request(Random r) {
    int age = 16 + r.nextInt(60);
    Applicant.Builder a = Applicant.builder().age(age);
    if (r.nextInt(8) != 0) {
      a.addRegistration(Registration.values()[r.nextInt(Registration.values().length)]);
    }
    a.receivesPension(r.nextInt(6) == 0)
        .pastRetirementAge(age >= 60)
        .student(r.nextInt(6) == 0)
        .publicSectorStaff(r.nextInt(8) == 0);
    if (r.nextBoolean()) {
      a.graduationYear(DECISION.getYear() + r.nextInt(2));
    }
    if (r.nextInt(3) == 0) {
      a.addPriorityGroup("残疾人");
    }
    Claim.Builder c = claim(r)
        .shortageCategory(ShortageCategory.values()[r.nextInt(ShortageCategory.values().length)])
        .issueDate(DECISION.minusMonths(r.nextInt(16) - 1))
        .providerQualified(r.nextInt(10) != 0)
        .paidBySkillUpgradeSubsidy(r.nextInt(10) == 0);
    List<PriorSubsidy> history = new ArrayList<>();
    for (int i = r.nextInt(5); i > 0; i--) {
      Claim p = claim(r).issueDate(DECISION).providerQualified(true).build();
      history.add(
          PriorSubsidy.builder()
              .kind(p.kind())
              .occupation(p.kind().requiresOccupation() ? Optional.of(r.nextBoolean() ? "电工" : "焊工") : Optional.empty())
              .level(p.level())
              .date(DECISION.minusMonths(6 + r.nextInt(12)))
              .build());
    }
    return SubsidyRequest.builder()
        .id("r" + r.nextInt(1_000_000))
        .decisionDate(DECISION)
        .applicant(a.build())
        .claim(c.build())
        .history(history)
        .build();
  }

  private static Claim.Builder claim(Random r) {
    SubsidyKind kind = SubsidyKind.values()[r.nextInt(SubsidyKind.values().length)];
    Claim.Builder c = Claim.builder().kind(kind);
    if (kind == SubsidyKind.SKILL_LEVEL_CERTIFICATE) {
      c.level(SkillLevel.values()[r.nextInt(SkillLevel.values().length)]);
    }
    if (kind.requiresOccupation() || kind == SubsidyKind.EMPLOYMENT_SKILLS_TRAINING) {
      c.occupation("电工");
    }
    return c;
  }
}
