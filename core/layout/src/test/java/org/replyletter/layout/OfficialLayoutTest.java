package org.replyletter.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyletter.layout.testing.LayoutTexts;
import org.replyletter.layout.testing.TextLetters;
import org.replyletter.ReplyLetter;
import org.replyletter.text.ImportResult;
import org.replyletter.text.LetterImporter;
import org.replyletter.text.LetterRenderer;
import org.replyletter.text.RenderFormat;

class OfficialLayoutTest {
  static final ReplyLetter SEED = TextLetters.seed();

  /** The seed with the parts it lacks, so that every block kind appears. */
  static final ReplyLetter FULL = TextLetters.fullSeed();

  private static List<BlockKind> kinds(OfficialLayout layout) {
    List<BlockKind> kinds = new ArrayList<>();
    for (Block b : layout.blocks()) {
      if (kinds.isEmpty() || kinds.get(kinds.size() - 1) != b.kind()) {
        kinds.add(b.kind());
      }
    }
    return kinds;
  }

  @Test
  void fullLetter_blocksInTheStandardsOrder() {
    assertEquals(
        List.of(
            BlockKind.CLASSIFICATION_MARK, BlockKind.DOCUMENT_NUMBER, BlockKind.TITLE,
            BlockKind.ADDRESSEES, BlockKind.OPENING, BlockKind.HEADING, BlockKind.PARAGRAPH,
            BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH,
            BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.ATTACHMENT_NOTE,
            BlockKind.ISSUING_ORGAN, BlockKind.ISSUE_DATE, BlockKind.CONTACT, BlockKind.DISCLOSURE,
            BlockKind.ATTACHMENT_MARK, BlockKind.CHECKLIST_TITLE, BlockKind.CHECKLIST_OPENING,
            BlockKind.CHECKLIST,
            BlockKind.NOTE_LABEL, BlockKind.NOTE, BlockKind.CC),
        kinds(OfficialLayout.of(FULL)));
  }

  @Test
  void blockTexts_areTheTextRenderersLines() {
    List<String> rendered = new ArrayList<>();
    for (String line : LetterRenderer.of(RenderFormat.TEXT).render(FULL).split("\n")) {
      if (!line.isBlank()) {
        rendered.add(line);
      }
    }
    for (Block b : OfficialLayout.of(FULL).blocks()) {
      if (b.kind() != BlockKind.CHECKLIST && b.kind() != BlockKind.ATTACHMENT_MARK) {
        assertTrue(rendered.contains(b.text()), b.toString());
      }
    }
    Block head = OfficialLayout.of(FULL).blocks().get(1);
    assertEquals("晋残函〔2024〕7号　　签发人：张明", head.text());
  }

  @Test
  void organ_isCentredOverTheDate() {
    Block organ =
        OfficialLayout.of(FULL).blocks().stream()
            .filter(b -> b.kind() == BlockKind.ISSUING_ORGAN)
            .findFirst()
            .orElseThrow();
    // date 2024年6月3日 (9 characters), organ 9 characters: same centre, 4 characters in.
    assertEquals(4.0, organ.rightIndent());
    Block longer =
        OfficialLayout.of(FULL.withIssuingOrgan("晋江")).blocks().stream()
            .filter(b -> b.kind() == BlockKind.ISSUING_ORGAN)
            .findFirst()
            .orElseThrow();
    assertEquals(7.5, longer.rightIndent());
  }

  @Test
  void secondLevelHeading_isTheParagraphsLeadingSentence() {
    assertEquals("（一）加强保障。", Block.of(BlockKind.PARAGRAPH, "（一）加强保障。我们做了工作。").leadingHeading().orElseThrow());
    assertEquals("（十二）无句号", Block.of(BlockKind.PARAGRAPH, "（十二）无句号").leadingHeading().orElseThrow());
    assertTrue(Block.of(BlockKind.PARAGRAPH, "（1）数字").leadingHeading().isEmpty());
    assertTrue(Block.of(BlockKind.HEADING, "（一）标题。").leadingHeading().isEmpty());
  }

  @Test
  void seedAndFullLetter_readBackInReadingOrder_toTheLetter() {
    for (ReplyLetter letter : List.of(SEED, FULL)) {
      ImportResult r = LetterImporter.defaults().importText(LayoutTexts.of(OfficialLayout.of(letter)).text());
      assertEquals(letter, r.letter());
      assertEquals(List.of(), r.report().unplacedLines());
    }
  }

  @Test
  void generatedLetters_readBackInReadingOrder_toTheLetter() {
    qt().withExamples(300)
        .forAll(TextLetters.letters())
        .checkAssert(
            letter -> {
              String text = LayoutTexts.of(OfficialLayout.of(letter)).text();
              ImportResult r = LetterImporter.defaults().importText(text);
              assertEquals(letter, r.letter(), text);
              assertEquals(List.of(), r.report().unplacedLines(), text);
            });
  }
}
