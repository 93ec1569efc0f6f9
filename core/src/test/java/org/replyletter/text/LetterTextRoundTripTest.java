package org.replyletter.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyletter.ReplyLetter;

/**
 * Issue 6 property: {@code import(render(letter))} equals {@code letter} for every
 * text-representable letter (see {@link TextLetterGenerators} for what plain text can carry), and
 * the import of rendered text has nothing unplaced and nothing to normalise.
 */
class LetterTextRoundTripTest {
  private final LetterRenderer renderer = LetterRenderer.of(RenderFormat.TEXT);

  @Test
  void importOfRenderedText_isTheLetter() {
    qt().withExamples(400)
        .forAll(TextLetterGenerators.letters())
        .checkAssert(
            letter -> {
              String text = renderer.render(letter);
              ImportResult r = LetterImporter.defaults().importText(text);
              assertEquals(letter, r.letter(), text);
              assertEquals(List.of(), r.report().unplacedLines(), text);
              assertEquals(List.of(), r.report().normalisations(), text);
              ImportInvariants.assertNothingLost(text, r);
            });
  }

  @Test
  void renderingIsStable_renderImportRender_givesTheSameText() {
    qt().withExamples(100)
        .forAll(TextLetterGenerators.letters())
        .checkAssert(
            letter -> {
              String text = renderer.render(letter);
              ReplyLetter again = LetterImporter.defaults().importText(text).letter();
              assertEquals(text, renderer.render(again));
            });
  }
}
