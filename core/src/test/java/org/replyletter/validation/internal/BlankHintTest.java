package org.replyletter.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyletter.json.internal.LetterJson;
import org.replyletter.CcGroup;
import org.replyletter.Contact;
import org.replyletter.ContactRole;
import org.replyletter.Disposition;
import org.replyletter.HandlingChecklist;
import org.replyletter.Money;
import org.replyletter.NotImplementableItem;
import org.replyletter.ProposalReference;
import org.replyletter.Proposer;
import org.replyletter.ProposerRole;
import org.replyletter.ReplyClassification;
import org.replyletter.ReplyLetter;
import org.replyletter.Section;
import org.replyletter.StatedSubsidy;
import org.replyletter.Suggestion;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.testing.LetterGenerators;
import org.replyletter.diagnostics.Finding;
import org.replyletter.validation.LetterValidator;
import org.replyletter.validation.ValidationReport;

/**
 * The reader's notes that stand in for Bean Validation: the blank texts a read for validation notes
 * ({@code blankTexts()}) give exactly the findings Hibernate Validator gives the letter read, so that
 * validation of JSON need not run it. Checked on generated letters (blank and white-space texts
 * among them), on the seed with every string value made blank in turn, and on random mutations,
 * with a count of cases that have findings so that the law is not vacuous. End to end, validating
 * the JSON gives the constraint findings that validating the letter itself (which always runs
 * Hibernate) gives.
 */
class BlankHintTest {
  /**
   * Texts {@code String.isBlank} calls blank, raw and escaped, ASCII and Unicode white space; and a
   * no-break space, which it does not.
   */
  private static final List<String> BLANKS =
      List.of("", " ", "\u3000", "\\t", "\\n \\r", "\u2028", "\\u2003", "\u00a0");

  /** Reads with every reader path; checks the law; returns whether any read noted a blank text. */
  private static boolean check(byte[] json) {
    boolean noted = false;
    for (LetterJson.Result r : HintReads.reads(json)) {
      List<String> hibernate = described(BeanValidation.instance().validate(r.letter()));
      assertEquals(hibernate, described(BlankTexts.findings(r.blankTexts())), () -> new String(json, StandardCharsets.UTF_8));
      noted |= !r.blankTexts().isEmpty();
    }
    return noted;
  }

  /** Findings by code, pointer and arguments (the member named in the message), sorted. */
  private static List<String> described(List<Finding> findings) {
    return findings.stream().map(f -> f.code() + " " + f.path() + " " + f.arguments()).sorted().toList();
  }

  /** The constraint findings of a report, by code and pointer. */
  private static List<String> constraintFindings(ValidationReport report) {
    return report.findings().stream()
        .filter(f -> f.code().startsWith("RL-BV-"))
        .map(f -> f.code() + " " + f.path())
        .sorted()
        .toList();
  }

  @Test
  void cleanSeed_isNotNoted() throws IOException {
    byte[] seed = Files.readAllBytes(HintReads.SEED);
    assertEquals(List.of(), HintReads.STRICT.read(seed).blankTexts());
    assertEquals(List.of(), HintReads.STRICT.readLetter(seed, true).blankTexts());
    // Plain reading does not look: it says it does not know.
    assertNull(HintReads.STRICT.readLetter(seed, false).blankTexts());
  }

  @Test
  void blankTexts_areNotedAtTheirPointers_withTheirMembers() {
    String json =
        "{\"schemaVersion\": \"1.0\", \"title\": \" \", \"sections\": [{\"paragraphs\": [\"正文\", \"\\u3000\"]}],"
            + " \"checklist\": {\"suggestions\": [{\"title\": \"\", \"disposition\": {\"notImplementable\": [{\"item\": \"事项\", \"reason\": \"\\t\"}]}}]}}";
    LetterJson.Result r = HintReads.STRICT.readLetter(json.getBytes(StandardCharsets.UTF_8), true);
    assertEquals(
        List.of("/title", "/sections/0/paragraphs/1", "/checklist/suggestions/0/title", "/checklist/suggestions/0/disposition/notImplementable/0/reason"),
        r.blankTexts());
    assertEquals(
        List.of("title", "paragraphs", "title", "reason"),
        BlankTexts.findings(r.blankTexts()).stream().map(f -> f.arguments().get(0)).toList());
    check(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Every text member of the model, blank, in every kind of place it can stand (the main and an
   * additional proposal, a checklist's nested lists): the notes give Hibernate's finding for each,
   * so no member is read at another pointer than Hibernate's path, or read without the notes.
   */
  @Test
  void everyTextMember_blank() {
    ProposalReference proposal = ProposalReference.builder().body(" ").number("\t").title("").build();
    ReplyLetter letter =
        ReplyLetter.builder()
            .classification(ReplyClassification.of(" "))
            .title(" ")
            .issuingOrgan("\u3000")
            .proposal(proposal)
            .addAdditionalProposals(proposal)
            .addAddressees(Proposer.of(" ", ProposerRole.MEMBER))
            .opening("")
            .addSections(Section.builder().ordinal(" ").heading(" ").addParagraphs("正文", " ").build())
            .checklist(
                HandlingChecklist.builder()
                    .title(" ")
                    .opening(" ")
                    .addSuggestions(
                        Suggestion.builder()
                            .ordinal(" ")
                            .title(" ")
                            .disposition(
                                Disposition.builder()
                                    .addCompleted(" ")
                                    .addInProgress(" ")
                                    .addNotImplementable(NotImplementableItem.of(" ", " "))
                                    .addStatedSubsidies(StatedSubsidy.cap(Money.ofYuan(3900)).withQuote(" "))
                                    .build())
                            .build())
                    .build())
            .supplementaryNote(" ")
            .addCc(CcGroup.of(" "))
            .signer(" ")
            .addContacts(Contact.of(ContactRole.HANDLER, " ", " "))
            .build();
    // 28 blank texts above (all but one paragraph), one violation each; the notes must give them all.
    assertEquals(28, BeanValidation.instance().validate(letter).size());
    assertTrue(check(ReplyLetterJson.defaults().write(letter)));
  }

  @Test
  void generatedLetters_andValidationOfTheirJson() {
    ReplyLetterJson json = ReplyLetterJson.defaults();
    LetterValidator validator = LetterValidator.defaults();
    int[] withConstraintFindings = {0};
    qt().withFixedSeed(20261129L)
        .withExamples(400)
        .forAll(LetterGenerators.lettersWithEdgeCaseTexts())
        .checkAssert(
            l -> {
              byte[] bytes = json.write(l);
              boolean hasBlank = !BeanValidation.instance().validate(l).isEmpty();
              boolean noted = check(bytes);
              if (hasBlank) {
                assertTrue(noted, l::toString);
                withConstraintFindings[0]++;
              }
              assertEquals(
                  constraintFindings(validator.validate(l)),
                  constraintFindings(validator.validate(bytes, null)),
                  l::toString);
            });
    assertTrue(withConstraintFindings[0] > 20, "too few letters with blank texts: " + withConstraintFindings[0]);
  }

  /** Every string value of the seed in turn is made blank; each readable result must be noted. */
  @Test
  void seedWithEachStringBlank() throws IOException {
    String seed = Files.readString(HintReads.SEED);
    List<int[]> strings = HintReads.stringValues(seed);
    assertTrue(strings.size() > 50, "string values found: " + strings.size());
    LetterValidator validator = LetterValidator.defaults();
    int withConstraintFindings = 0;
    int i = 0;
    for (int[] at : strings) {
      String blank = BLANKS.get(i++ % BLANKS.size());
      String mutated = seed.substring(0, at[0]) + blank + seed.substring(at[1]);
      byte[] bytes = mutated.getBytes(StandardCharsets.UTF_8);
      LetterJson.Result r = HintReads.STRICT.readLetter(bytes, true);
      boolean noted = check(bytes);
      if (r.letter() == null) {
        continue; // a code, date or amount that cannot be blank: a reading problem instead
      }
      List<String> expected = constraintFindings(validator.validate(r.letter()));
      assertEquals(expected, constraintFindings(validator.validate(bytes, null)), mutated.substring(Math.max(0, at[0] - 30), at[0]));
      if (!expected.isEmpty()) {
        withConstraintFindings++;
        assertTrue(noted);
      }
    }
    assertTrue(withConstraintFindings > 25, "mutations with constraint findings: " + withConstraintFindings);
  }

  /** Random insertions of white space, quotes and escapes into the seed: the law holds for whatever reads. */
  @Test
  void randomMutations() throws IOException {
    String[] pieces = {"\" \"", "\"\"", "\\u3000", " ", "\u3000", "\\t", "\"", ",\"\"", "x"};
    HintReads.insertAtRandom(11L, pieces, 1500, BlankHintTest::check);
  }

  @Test
  void stringValues_findsValuesNotNames() {
    assertEquals(List.of(7), HintReads.stringValues("{\"a\": \"b\"}").stream().map(a -> a[0]).toList());
    assertEquals(2, HintReads.stringValues("{\"a\": [\"b\", \"c\"], \"d\": 1}").size());
  }
}
