package org.replyletter.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.replyletter.Disposition;
import org.replyletter.Money;
import org.replyletter.ReplyLetter;
import org.replyletter.StatedSubsidy;
import org.replyletter.SubsidyKind;

/**
 * Stated subsidies in a checklist: an amount the letter's money type cannot hold (a fraction of a
 * fen, too many digits) is not a stated subsidy, and its line is kept as the text it is.
 */
class StatedSubsidyImportTest {
  private final LetterImporter importer = LetterImporter.defaults();

  /** The NPC checklist letter of the corpus, with {@code amount} in its completed item. */
  private static String checklistWith(String amount) {
    try {
      String seed =
          Files.readString(
              Path.of("src/test/resources/org/replyletter/hardening/TextImporterFuzzTestInputs"
                  + "/importText_anyText_nothingLost/npc-checklist.txt"),
              StandardCharsets.UTF_8);
      return seed.replace("已完成事项：我局已按规定发放培训补贴。", "已完成事项：就业技能培训补贴" + amount + "元/人。");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ReplyLetter imported(String text) {
    ImportResult r = importer.importText(text);
    ImportInvariants.assertNothingLost(text, r);
    return r.letter();
  }

  /** The disposition of the checklist's one suggestion. */
  private static Disposition disposition(ReplyLetter letter) {
    return letter.checklist().orElseThrow().suggestions().get(0).disposition();
  }

  private void assertKeptAsTextOnly(String amount) {
    Disposition d = disposition(imported(checklistWith(amount)));
    assertEquals(List.of("就业技能培训补贴" + amount + "元/人。"), d.completed(), "the entry, as written");
    assertEquals(List.of(), d.statedSubsidies());
  }

  @Test
  void fractionOfAFen_isKeptAsTextWithoutAStatedSubsidy() {
    assertKeptAsTextOnly("1.005");
  }

  @Test
  void thirtyOneDigitAmount_isKeptAsTextWithoutAStatedSubsidy() {
    assertKeptAsTextOnly("1".repeat(31));
  }

  @Test
  void amountMoneyCanHold_isStillAStatedSubsidy() {
    Disposition d = disposition(imported(checklistWith("1000.50")));
    assertEquals(
        List.of(StatedSubsidy.fixed(Money.parse("1000.50元"), SubsidyKind.EMPLOYMENT_SKILLS_TRAINING)
            .withQuote("就业技能培训补贴1000.50元/人")),
        d.statedSubsidies());
  }

  /** Digits (ASCII and full-width), points of both widths: any run of 1 to 60 of them. */
  private static Gen<String> amounts() {
    char[] alphabet = "0123456789０１２３４５６７８９.．".toCharArray();
    return SourceDSL.lists()
        .of(SourceDSL.integers().between(0, alphabet.length - 1).map(i -> alphabet[i]))
        .ofSizeBetween(1, 60)
        .map(cs -> {
          StringBuilder b = new StringBuilder();
          cs.forEach(b::append);
          return b.toString();
        });
  }

  @Test
  void anyAmountBeforeYuanPerPerson_neverThrows_andLosesNothing() {
    qt().withExamples(300).forAll(amounts()).checkAssert(a -> imported(checklistWith(a)));
  }
}
