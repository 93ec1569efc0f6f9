package org.replyletter.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.replyletter.HandlingChecklist;
import org.replyletter.NotImplementableItem;
import org.replyletter.Suggestion;

/**
 * The 办理清单 as a table: a header row {@link #HEADER} and one row per suggestion, each cell a list
 * of lines (paragraphs). The first cell holds the suggestion's heading ({@code 建议一}) and, when it
 * differs, its title; the fourth holds each item that cannot be done followed by its reason as
 * {@code 原因：…}. An empty field is an empty cell, not left out.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ChecklistTable {
  /** The header row: 建议, 已完成事项, 已开展事项（开展中）, 无法落实事项及原因. */
  public static final List<String> HEADER = List.of("建议", "已完成事项", "已开展事项（开展中）", "无法落实事项及原因");

  /** What opens the line of a reason in the fourth column: {@code 原因：}. */
  public static final String REASON_PREFIX = "原因：";

  private final List<List<List<String>>> rows;

  private ChecklistTable(List<List<List<String>>> rows) {
    this.rows = rows;
  }

  /**
   * Lays out a checklist's suggestions as rows.
   *
   * @param checklist the checklist; not null
   * @return the table
   */
  public static ChecklistTable of(HandlingChecklist checklist) {
    List<List<List<String>>> rows = new ArrayList<>();
    for (Suggestion s : checklist.suggestions()) {
      List<String> first = new ArrayList<>();
      String heading = "建议" + s.ordinal().orElse("");
      first.add(heading);
      if (!s.title().equals(heading)) {
        first.addAll(OfficialLayout.lines(s.title()));
      }
      List<String> fourth = new ArrayList<>();
      for (NotImplementableItem n : s.disposition().notImplementable()) {
        fourth.addAll(OfficialLayout.lines(n.item()));
        n.reason().ifPresent(r -> fourth.addAll(OfficialLayout.lines(REASON_PREFIX + r)));
      }
      rows.add(
          List.of(
              List.copyOf(first),
              entries(s.disposition().completed()),
              entries(s.disposition().inProgress()),
              List.copyOf(fourth)));
    }
    return new ChecklistTable(List.copyOf(rows));
  }

  private static List<String> entries(List<String> entries) {
    List<String> lines = new ArrayList<>();
    for (String e : entries) {
      lines.addAll(OfficialLayout.lines(e));
    }
    return List.copyOf(lines);
  }

  /**
   * Returns the rows below the header: per suggestion, four cells, each a list of lines.
   *
   * @return the rows, unmodifiable
   */
  public List<List<List<String>>> rows() {
    return rows;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChecklistTable && ((ChecklistTable) o).rows.equals(rows);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rows);
  }

  @Override
  public String toString() {
    return "ChecklistTable" + rows;
  }
}
