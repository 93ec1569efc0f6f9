package org.replyletter.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.replyletter.text.LetterImporter;

/**
 * The text of a laid-out document (a Word file, an HTML page) in the reading order that
 * {@link LetterImporter} reads: built from the document's paragraphs and tables in document order,
 * one line per paragraph.
 *
 * <p>Two things of the GB/T 9704 layout are put back into the order of a letter's text:
 *
 * <ul>
 *   <li>A table whose header row names the checklist's columns ({@code 建议}, and one or more of
 *       {@code 已完成事项}, {@code 已开展事项（开展中）}, {@code 无法落实事项（及原因）}, {@code 原因}) becomes
 *       the checklist's text: per row the suggestion's heading and title, then each field's label
 *       and entries; in a column of items and reasons, a line {@code 原因：…} is a reason. A row
 *       whose first cell does not start with {@code 建议} gets the heading {@code 建议N} (N its
 *       row's number in Chinese). Any other table gives its cells' lines, row by row.
 *   <li>The 附件说明 ({@code 附件：…}) printed under the body names the attachment that starts on
 *       its own page with the bare mark {@code 附件}: the 附件说明 line takes the mark's place, so
 *       that the signature and 附注 between them are read before the checklist, as in the text.
 * </ul>
 *
 * <p>Blank paragraphs are left out; every other paragraph and cell line is kept verbatim, so
 * nothing is lost: the importer places or lists each. Instances are immutable and thread-safe; the
 * {@link Builder} is not.
 *
 * @since 0.1.0
 */
public final class LaidOutText {
  private final List<String> lines;

  private LaidOutText(List<String> lines) {
    this.lines = lines;
  }

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the lines in reading order.
   *
   * @return the lines, unmodifiable, none blank
   */
  public List<String> lines() {
    return lines;
  }

  /**
   * Returns the lines as one text, each ended by {@code \n}: the input for
   * {@link LetterImporter#importText(CharSequence)}.
   *
   * @return the text, never null
   */
  public String text() {
    StringBuilder b = new StringBuilder();
    for (String line : lines) {
      b.append(line).append('\n');
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return text();
  }

  /**
   * Writes a count in Chinese numerals as lists number their items: 1 → 一, 10 → 十, 12 → 十二,
   * 20 → 二十; 100 and more in Arabic digits (beyond any letter's list).
   *
   * @param n the count, 0 or more
   * @return the numeral
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public static String chineseNumeral(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be 0 or more: " + n);
    }
    String digits = "〇一二三四五六七八九";
    if (n < 10) {
      return String.valueOf(digits.charAt(n));
    }
    if (n < 100) {
      return (n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10))) + "十"
          + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
    }
    return String.valueOf(n);
  }

  /** Collects a document's paragraphs and tables in document order; not thread-safe. */
  public static final class Builder {
    private final List<String> lines = new ArrayList<>();
    private long characters;

    Builder() {}

    /**
     * Adds a paragraph; a paragraph with line breaks adds one line per non-blank line.
     *
     * @param text the paragraph's text; not null
     * @return this builder
     */
    public Builder paragraph(String text) {
      for (String line : OfficialLayout.lines(Objects.requireNonNull(text, "text"))) {
        lines.add(line.strip());
        characters += line.length();
      }
      return this;
    }

    /**
     * Returns the characters added so far, for a caller that bounds the text it builds.
     *
     * @return the number of characters (UTF-16 code units) in the lines added
     */
    public long characters() {
      return characters;
    }

    /**
     * Adds a table.
     *
     * @param rows the rows, each a list of cells, each cell a list of paragraphs; not null
     * @return this builder
     */
    public Builder table(List<List<List<String>>> rows) {
      Objects.requireNonNull(rows, "rows");
      int[] columns = rows.isEmpty() ? null : checklistColumns(rows.get(0));
      if (columns == null) {
        for (List<List<String>> row : rows) {
          for (List<String> cell : row) {
            cell.forEach(this::paragraph);
          }
        }
        return this;
      }
      for (int r = 1; r < rows.size(); r++) {
        checklistRow(r, rows.get(r), columns);
      }
      return this;
    }

    private static final int SUGGESTION = 0;
    private static final int COMPLETED = 1;
    private static final int IN_PROGRESS = 2;
    private static final int ITEMS = 3;
    private static final int REASONS = 4;
    private static final int ITEMS_AND_REASONS = 5;
    private static final int OTHER = 6;

    /** Each header cell's field, or null if the header is not a checklist's. */
    private static int[] checklistColumns(List<List<String>> header) {
      int[] columns = new int[header.size()];
      boolean suggestion = false;
      boolean field = false;
      for (int i = 0; i < header.size(); i++) {
        String h = String.join("", header.get(i)).replaceAll("\\s", "");
        if (h.contains("无法落实")) {
          columns[i] = h.contains("原因") ? ITEMS_AND_REASONS : ITEMS;
        } else if (h.contains("已完成")) {
          columns[i] = COMPLETED;
        } else if (h.contains("开展")) {
          columns[i] = IN_PROGRESS;
        } else if (h.startsWith("原因")) {
          columns[i] = REASONS;
        } else if (h.startsWith("建议") && !suggestion) {
          columns[i] = SUGGESTION;
          suggestion = true;
          continue;
        } else {
          columns[i] = OTHER;
          continue;
        }
        field = true;
      }
      return suggestion && field ? columns : null;
    }

    private void checklistRow(int number, List<List<String>> row, int[] columns) {
      List<String> suggestion = new ArrayList<>();
      List<List<String>> fields = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      List<String> others = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        int column = i < columns.length ? columns[i] : OTHER;
        for (String p : row.get(i)) {
          for (String line : OfficialLayout.lines(p)) {
            line = line.strip();
            switch (column) {
              case SUGGESTION -> suggestion.add(line);
              case COMPLETED -> fields.get(0).add(line);
              case IN_PROGRESS -> fields.get(1).add(line);
              case ITEMS -> fields.get(2).add(line);
              case REASONS -> fields.get(3).add(line);
              case ITEMS_AND_REASONS -> {
                if (line.startsWith(ChecklistTable.REASON_PREFIX) || line.startsWith("原因:")) {
                  fields.get(3).add(line.substring(3).strip());
                } else {
                  fields.get(2).add(line);
                }
              }
              default -> others.add(line);
            }
          }
        }
      }
      if (suggestion.isEmpty() || !isSuggestionHeading(suggestion.get(0))) {
        paragraph("建议" + chineseNumeral(number));
      }
      suggestion.forEach(this::paragraph);
      String[] labels = {"已完成事项", "已开展事项（开展中）", "无法落实事项", "原因"};
      for (int f = 0; f < 4; f++) {
        paragraph(labels[f]);
        fields.get(f).forEach(this::paragraph);
      }
      others.forEach(this::paragraph);
    }

    private static boolean isSuggestionHeading(String line) {
      if (!line.startsWith("建议") || line.length() > 6) {
        return false;
      }
      for (int i = 2; i < line.length(); i++) {
        if ("一二三四五六七八九十百〇零0123456789".indexOf(line.charAt(i)) < 0) {
          return false;
        }
      }
      return true;
    }


    /**
     * Builds the text, putting the 附件说明 in the attachment mark's place (see
     * {@link LaidOutText}).
     *
     * @return the text
     */
    public LaidOutText build() {
      List<String> out = new ArrayList<>(lines);
      int note = -1;
      for (int i = 0; i < out.size() && note < 0; i++) {
        String s = out.get(i);
        if (s.startsWith("附件：") || s.startsWith("附件:")) {
          note = i;
        }
      }
      if (note >= 0) {
        for (int j = note + 1; j < out.size(); j++) {
          String s = out.get(j);
          if (s.equals(OfficialLayout.ATTACHMENT_MARK) || s.equals("附件：") || s.equals("附件:")) {
            String held = out.remove(note);
            out.set(j - 1, held);
            break;
          }
        }
      }
      return new LaidOutText(List.copyOf(out));
    }
  }
}
