package org.replyletter.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.replyletter.ReplyLetter;
import org.replyletter.json.JsonOutputException;
import org.replyletter.json.ReadLimits;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.testing.LetterGenerators;

/**
 * The library never writes what it would refuse to read: a letter whose JSON would be over the
 * document-size limit is refused when written, with a finding, instead of written unreadable.
 */
class WriteWithinReadLimitsTest {
  @Test
  void compactLetterNearTheLimit_writtenLarger_isRefusedNotWrittenUnreadable() {
    // The worst case is compact: its pretty form is three times larger.
    byte[] compact =
        MemoryProbe.worstCaseLetter(new String(HardeningSupport.seed(), StandardCharsets.UTF_8), 2_000_000);
    ReplyLetterJson json = ReplyLetterJson.defaults().withLimits(ReadLimits.builder().maxDocumentBytes(2_000_000).build());
    ReplyLetter letter = json.read(compact, "compact.json");
    JsonOutputException e = assertThrows(JsonOutputException.class, () -> json.write(letter));
    assertEquals("RL-JSON-009", e.finding().code());
    assertEquals("2000000", e.finding().arguments().get(1));
    assertTrue(Long.parseLong(e.finding().arguments().get(0)) > 2_000_000);
    assertTrue(e.finding().message(Locale.ENGLISH).contains("over the limit of 2000000 bytes"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThrows(JsonOutputException.class, () -> json.write(letter, out));
    assertEquals(0, out.size(), "nothing written");
    // With the limit raised, the same instance writes it and reads it back.
    ReplyLetterJson larger = json.withLimits(ReadLimits.builder().maxDocumentBytes(8_000_000).build());
    assertEquals(letter, larger.read(larger.write(letter), null));
  }

  @Test
  void whatIsWritten_isRead_byTheSameInstance() {
    ReplyLetterJson small = ReplyLetterJson.defaults().withLimits(ReadLimits.builder().maxDocumentBytes(3_000).build());
    qt().withExamples(300)
        .forAll(LetterGenerators.letters())
        .checkAssert(
            letter -> {
              byte[] bytes;
              try {
                bytes = small.write(letter);
              } catch (JsonOutputException e) {
                assertTrue(ReplyLetterJson.defaults().write(letter).length > 3_000);
                return;
              }
              assertEquals(letter, small.read(bytes, null));
            });
  }
}
