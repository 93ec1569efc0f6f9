package org.replyletter.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodecsTest {
  /** The reader's blank test is String.isBlank (Hibernate's @NotBlank) for every UTF-16 unit. */
  @Test
  void isBlank_isStringIsBlank_forEveryCharacter() {
    for (int c = 0; c <= 0xFFFF; c++) {
      char[] text = {'x', (char) c, (char) c, 'y'};
      assertEquals(String.valueOf(text, 1, 2).isBlank(), Codecs.isBlank(text, 1, 2), Integer.toHexString(c));
    }
    assertTrue(Codecs.isBlank(new char[0], 0, 0));
    assertTrue(Codecs.isBlank("a \u3000\t".toCharArray(), 1, 3));
    assertFalse(Codecs.isBlank(" \u3000a".toCharArray(), 0, 3));
    assertFalse(Codecs.isBlank("\u00a0".toCharArray(), 0, 1)); // a no-break space is not white space
  }
}
