package org.replyletter.layout;

import java.util.Objects;
import java.util.Optional;

/**
 * One block of a laid-out letter: a paragraph of a known {@linkplain BlockKind kind} with its text,
 * or the checklist table.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Block {
  private final BlockKind kind;
  private final String text;
  private final ChecklistTable table;
  private final double rightIndent;
  private final int linesBefore;

  private Block(BlockKind kind, String text, ChecklistTable table, double rightIndent, int linesBefore) {
    this.kind = kind;
    this.text = text;
    this.table = table;
    this.rightIndent = rightIndent;
    this.linesBefore = linesBefore;
  }

  /**
   * Obtains a paragraph block with the kind's usual right indent.
   *
   * @param kind the kind; not null, not {@link BlockKind#CHECKLIST}
   * @param text the text, one line; not null
   * @return the block
   * @throws IllegalArgumentException if {@code kind} is {@link BlockKind#CHECKLIST}
   */
  public static Block of(BlockKind kind, String text) {
    return of(kind, text, Objects.requireNonNull(kind, "kind").rightIndent());
  }

  /**
   * Obtains a paragraph block with its own right indent.
   *
   * @param kind the kind; not null, not {@link BlockKind#CHECKLIST}
   * @param text the text, one line; not null
   * @param rightIndent the indent from the right, in characters, 0 or more
   * @return the block
   * @throws IllegalArgumentException if {@code kind} is {@link BlockKind#CHECKLIST} or the indent
   *     is negative
   */
  public static Block of(BlockKind kind, String text, double rightIndent) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    if (kind == BlockKind.CHECKLIST) {
      throw new IllegalArgumentException("a checklist block holds a table: use Block.of(ChecklistTable)");
    }
    if (!(rightIndent >= 0)) {
      throw new IllegalArgumentException("rightIndent must be 0 or more: " + rightIndent);
    }
    return new Block(kind, text, null, rightIndent, 0);
  }

  /**
   * Obtains the checklist block.
   *
   * @param table the table; not null
   * @return the block, of kind {@link BlockKind#CHECKLIST}
   */
  public static Block of(ChecklistTable table) {
    return new Block(BlockKind.CHECKLIST, "", Objects.requireNonNull(table, "table"), 0, 0);
  }

  /**
   * Returns the kind.
   *
   * @return the kind, never null
   */
  public BlockKind kind() {
    return kind;
  }

  /**
   * Returns the text: one line, as the text renderer prints it; empty for the checklist.
   *
   * @return the text, never null
   */
  public String text() {
    return text;
  }

  /**
   * Returns the checklist table of a {@link BlockKind#CHECKLIST} block.
   *
   * @return the table, or empty for any other kind
   */
  public Optional<ChecklistTable> table() {
    return Optional.ofNullable(table);
  }

  /**
   * Returns the indent from the right, in characters of the block's size: the kind's, but for the
   * issuing organ, which is centred over the date.
   *
   * @return the indent, 0 or more
   */
  public double rightIndent() {
    return rightIndent;
  }

  /**
   * Returns the blank lines (of the body's line pitch) set before this block: the standard's
   * 空一行 and 空二行, given as space rather than as empty paragraphs.
   *
   * @return the number of lines, 0 or more
   */
  public int linesBefore() {
    return linesBefore;
  }

  /**
   * Returns a copy with the given space before it.
   *
   * @param lines the number of blank lines before the block, 0 or more
   * @return the block
   * @throws IllegalArgumentException if {@code lines} is negative
   */
  public Block withLinesBefore(int lines) {
    if (lines < 0) {
      throw new IllegalArgumentException("lines must be 0 or more: " + lines);
    }
    return new Block(kind, text, table, rightIndent, lines);
  }

  /**
   * Returns the second-level heading that opens a body paragraph, to be set in 楷体: the text from
   * a leading {@code （一）} (any Chinese numeral in full-width brackets) up to and including the
   * first 。, or the whole text if it has none.
   *
   * @return the heading, a prefix of {@link #text()}, or empty if the block is not a paragraph
   *     opening with {@code （N）}
   */
  public Optional<String> leadingHeading() {
    if (kind != BlockKind.PARAGRAPH || text.length() < 3 || text.charAt(0) != '（') {
      return Optional.empty();
    }
    int close = text.indexOf('）');
    if (close < 2) {
      return Optional.empty();
    }
    for (int i = 1; i < close; i++) {
      if ("一二三四五六七八九十百〇零".indexOf(text.charAt(i)) < 0) {
        return Optional.empty();
      }
    }
    int end = text.indexOf('。', close);
    return Optional.of(end < 0 ? text : text.substring(0, end + 1));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Block
        && ((Block) o).kind == kind
        && ((Block) o).text.equals(text)
        && Objects.equals(((Block) o).table, table)
        && Double.compare(((Block) o).rightIndent, rightIndent) == 0
        && ((Block) o).linesBefore == linesBefore;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, text, table, rightIndent, linesBefore);
  }

  @Override
  public String toString() {
    return kind + (table == null ? ": " + text : ": " + table);
  }
}
