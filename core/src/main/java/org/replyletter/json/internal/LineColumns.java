package org.replyletter.json.internal;

/**
 * Lines and columns of byte offsets into UTF-8 text: where a finding is, as a person counts (lines
 * from 1, columns in code points from 1). Stateless.
 */
public final class LineColumns {
  private LineColumns() {}

  /**
   * 1-based line and column (in code points) of each byte offset into UTF-8 text, in one pass;
   * entries for negative offsets are null.
   */
  public static int[][] lineColumns(byte[] utf8, long[] offsets) {
    // Sort (offset, index) pairs packed in longs: offsets are below 2^31 (arrays), and so are indexes.
    long[] order = new long[offsets.length];
    int n = 0;
    for (int i = 0; i < offsets.length; i++) {
      if (offsets[i] >= 0) {
        order[n++] = Math.min(offsets[i], Integer.MAX_VALUE) << 32 | i;
      }
    }
    java.util.Arrays.sort(order, 0, n);
    int[][] result = new int[offsets.length][];
    int line = 1;
    int lineStart = 0;
    int pos = 0; // lines are counted up to here
    int columnAt = 0; // the column is known up to here, on the line starting at lineStart
    int column = 1;
    for (int o = 0; o < n; o++) {
      int k = (int) order[o];
      int end = (int) Math.min(offsets[k], utf8.length);
      int from = pos;
      int words = (end - pos) >>> 3;
      line += countNewlines(utf8, pos, words);
      pos += words << 3;
      for (; pos < end; pos++) {
        if (utf8[pos] == '\n') {
          line++;
        }
      }
      for (int i = end - 1; i >= from; i--) {
        if (utf8[i] == '\n') {
          lineStart = i + 1;
          break;
        }
      }
      // Columns in code points: counted on from the previous offset when it is on the same line,
      // so that a one-line (minified) document is still read once, not once per finding.
      if (columnAt < lineStart) {
        columnAt = lineStart;
        column = 1;
      }
      for (; columnAt < end; columnAt++) {
        int b = utf8[columnAt] & 0xFF;
        // Count lead bytes only: one per code point. A BOM (EF BB BF) is not a column.
        if ((b & 0xC0) != 0x80 && !(columnAt == 0 && b == 0xEF)) {
          column++;
        }
      }
      result[k] = new int[] {line, column};
    }
    return result;
  }

  /**
   * How many {@code '\n'} bytes the {@code words} eight-byte words from {@code from} hold. Each word's
   * newline bytes become a 1 in their byte of an accumulator, summed without a branch: a loop the
   * compiler vectorises, faster than a bit count per word. A byte lane holds at most 255, so the
   * lanes are added up every 255 words.
   */
  static int countNewlines(byte[] utf8, int from, int words) {
    int count = 0;
    int pos = from;
    int end = from + (words << 3);
    while (pos < end) {
      int batchEnd = end - pos > (255 << 3) ? pos + (255 << 3) : end; // no int overflow near 2 GB
      long lanes = 0;
      for (; pos < batchEnd; pos += 8) {
        lanes += newlineBytes((long) LITTLE_ENDIAN_LONGS.get(utf8, pos)) >>> 7;
      }
      lanes = (lanes & 0x00FF00FF00FF00FFL) + ((lanes >>> 8) & 0x00FF00FF00FF00FFL);
      count += (int) ((lanes * 0x0001000100010001L) >>> 48);
    }
    return count;
  }

  private static final java.lang.invoke.VarHandle LITTLE_ENDIAN_LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  /**
   * The high bit of each byte of {@code word} that is {@code '\n'}, and no other bit: exact, with no
   * borrow between bytes (the classic "has zero byte" test on {@code word ^ 0x0A…}).
   */
  static long newlineBytes(long word) {
    long x = word ^ 0x0A0A0A0A0A0A0A0AL;
    long t = (x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL;
    return ~(t | x | 0x7F7F7F7F7F7F7F7FL);
  }

  /** 1-based line and column (in code points) of a byte offset into UTF-8 text. */
  public static int[] lineColumn(byte[] utf8, long byteOffset) {
    int line = 1;
    int column = 1;
    long end = Math.min(byteOffset, utf8.length);
    for (int i = 0; i < end; i++) {
      int b = utf8[i] & 0xFF;
      if (b == '\n') {
        line++;
        column = 1;
      } else if ((b & 0xC0) != 0x80) {
        // Count lead bytes only: one per code point. A BOM (EF BB BF) is not a column.
        if (!(i == 0 && b == 0xEF && utf8.length > 2 && (utf8[1] & 0xFF) == 0xBB)) {
          column++;
        }
      }
    }
    return new int[] {line, column};
  }
}
