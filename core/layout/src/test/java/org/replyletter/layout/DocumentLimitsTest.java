package org.replyletter.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyletter.text.TextInputException;

class DocumentLimitsTest {
  @Test
  void defaults_areDocumented() {
    DocumentLimits d = DocumentLimits.defaults();
    assertEquals(16 << 20, d.maxFileBytes());
    assertEquals(64L << 20, d.maxUnpackedBytes());
    assertEquals(2000, d.maxEntries());
    assertEquals(256, d.maxDepth());
    assertEquals(d, DocumentLimits.of(16 << 20, 64L << 20, 2000, 256));
  }

  @Test
  void limitsBelowOne_areRefused() {
    assertThrows(IllegalArgumentException.class, () -> DocumentLimits.of(0, 1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> DocumentLimits.of(1, 0, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> DocumentLimits.of(1, 1, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> DocumentLimits.of(1, 1, 1, 0));
  }

  @Test
  void fileOverTheLimit_isReadNoFurther_andRefused(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("big.bin");
    Files.write(f, new byte[101]);
    TextInputException e = assertThrows(TextInputException.class, () -> DocumentFiles.read(f, 100));
    assertEquals(TextInputException.Reason.LIMIT_EXCEEDED, e.reason());
    assertEquals(101, DocumentFiles.read(f, 101).length);
  }
}
