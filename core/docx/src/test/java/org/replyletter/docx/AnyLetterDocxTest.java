package org.replyletter.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.replyletter.layout.Block;
import org.replyletter.layout.BlockKind;
import org.replyletter.layout.OfficialLayout;
import org.replyletter.testing.LetterGenerators;

/** Any letter, whatever its texts (control characters, blanks, long runs), gives a .docx POI opens and the importer reads. */
class AnyLetterDocxTest {
  @Test
  void anyLetter_givesAReadableDocx_withEveryBlock() {
    qt().withExamples(60)
        .forAll(LetterGenerators.lettersWithEdgeCaseTexts())
        .checkAssert(
            letter -> {
              byte[] bytes = DocxRenderer.defaults().render(letter);
              try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes))) {
                long paragraphs =
                    OfficialLayout.of(letter).blocks().stream()
                        .filter(b -> b.kind() != BlockKind.CHECKLIST && b.kind() != BlockKind.CC)
                        .count();
                long tables = OfficialLayout.of(letter).blocks().stream()
                    .filter(b -> b.kind() == BlockKind.CHECKLIST || b.kind() == BlockKind.CC).count();
                assertEquals(tables, d.getTables().size());
                assertEquals(paragraphs + (lastIsTable(letter) ? 1 : 0), d.getParagraphs().size());
              } catch (java.io.IOException e) {
                throw new AssertionError(e);
              }
              DocxImporter.defaults().importBytes(bytes, null);
            });
  }

  @Test
  void charactersXmlCannotHold_becomeReplacementCharacters() throws java.io.IOException {
    org.replyletter.ReplyLetter l = org.replyletter.ReplyLetter.builder().title("甲\u0000乙\u0007丙\uFFFF丁\uD800戊😀\t己").build();
    byte[] bytes = DocxRenderer.defaults().render(l);
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      assertEquals("甲\uFFFD乙\uFFFD丙\uFFFD丁\uFFFD戊😀\t己", d.getParagraphs().get(0).getText());
      assertEquals("甲\uFFFD乙\uFFFD丙\uFFFD丁\uFFFD戊😀\t己", d.getProperties().getCoreProperties().getTitle());
    }
  }

  private static boolean lastIsTable(org.replyletter.ReplyLetter letter) {
    java.util.List<Block> b = OfficialLayout.of(letter).blocks();
    if (b.isEmpty()) {
      return true;
    }
    BlockKind k = b.get(b.size() - 1).kind();
    return k == BlockKind.CHECKLIST || k == BlockKind.CC;
  }
}
