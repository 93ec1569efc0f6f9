package org.replyletter.layout.testing;

import java.util.ArrayList;
import java.util.List;
import org.replyletter.layout.Block;
import org.replyletter.layout.ChecklistTable;
import org.replyletter.layout.LaidOutText;
import org.replyletter.layout.OfficialLayout;

/** Test support (in this module's test-jar): what a format that keeps every block reads back as. */
public final class LayoutTexts {
  private LayoutTexts() {}

  /**
   * The laid-out text of a layout: each block a paragraph, the checklist a table with its header.
   *
   * @param layout the layout
   * @return the text in reading order
   */
  public static LaidOutText of(OfficialLayout layout) {
    LaidOutText.Builder b = LaidOutText.builder();
    for (Block block : layout.blocks()) {
      if (block.table().isPresent()) {
        List<List<List<String>>> rows = new ArrayList<>();
        List<List<String>> header = new ArrayList<>();
        ChecklistTable.HEADER.forEach(h -> header.add(List.of(h)));
        rows.add(header);
        rows.addAll(block.table().get().rows());
        b.table(rows);
      } else {
        b.paragraph(block.text());
      }
    }
    return b.build();
  }
}
