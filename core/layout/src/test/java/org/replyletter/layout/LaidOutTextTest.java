package org.replyletter.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LaidOutTextTest {
  private static List<String> cell(String... lines) {
    return List.of(lines);
  }

  @Test
  void checklistTable_becomesTheChecklistsText() {
    LaidOutText t =
        LaidOutText.builder()
            .table(
                List.of(
                    List.of(cell("建议"), cell("已完成事项"), cell("已开展事项（开展中）"), cell("无法落实事项及原因")),
                    List.of(cell("建议一", "加强服务。"), cell("做了。", "又做了。"), cell(), cell("建馆。", "原因：无地。"))))
            .build();
    assertEquals(
        List.of("建议一", "加强服务。", "已完成事项", "做了。", "又做了。", "已开展事项（开展中）", "无法落实事项", "建馆。", "原因", "无地。"),
        t.lines());
  }

  @Test
  void fiveColumnChecklist_withoutHeadings_getsNumberedHeadings() {
    LaidOutText t =
        LaidOutText.builder()
            .table(
                List.of(
                    List.of(cell("建议内容"), cell("已完成"), cell("正在开展"), cell("无法落实事项"), cell("原因"), cell("备注")),
                    List.of(cell("加强服务。"), cell("做了。"), cell(), cell(), cell(), cell("无")),
                    List.of(cell("增加投入。"), cell(), cell("在做。"), cell("建馆。"), cell("无地。"), cell())))
            .build();
    assertEquals(
        List.of(
            "建议一", "加强服务。", "已完成事项", "做了。", "已开展事项（开展中）", "无法落实事项", "原因", "无",
            "建议二", "增加投入。", "已完成事项", "已开展事项（开展中）", "在做。", "无法落实事项", "建馆。", "原因", "无地。"),
        t.lines());
  }

  @Test
  void otherTable_keepsEveryCellRowByRow() {
    LaidOutText t =
        LaidOutText.builder()
            .paragraph("前言")
            .table(List.of(List.of(cell("项目"), cell("金额")), List.of(cell("补贴", " "), cell("1000元"))))
            .build();
    assertEquals(List.of("前言", "项目", "金额", "补贴", "1000元"), t.lines());
  }

  @Test
  void attachmentNote_takesTheMarksPlace_afterTheSignature() {
    LaidOutText t =
        LaidOutText.builder()
            .paragraph("附件：办理清单")
            .paragraph("晋江市残联")
            .paragraph("2024年6月3日")
            .paragraph("附件")
            .paragraph("办理清单")
            .build();
    assertEquals(List.of("晋江市残联", "2024年6月3日", "附件：办理清单", "办理清单"), t.lines());
    assertEquals("晋江市残联\n2024年6月3日\n附件：办理清单\n办理清单\n", t.text());
  }

  @Test
  void attachmentNote_withoutMark_staysWhereItIs() {
    assertEquals(
        List.of("附件：办理清单", "办理清单", "建议一"),
        LaidOutText.builder().paragraph("附件：办理清单\n办理清单\r\n\n 建议一 ").build().lines());
  }

  @Test
  void chineseRowNumbers() {
    assertEquals("一", LaidOutText.chineseNumeral(1));
    assertEquals("十", LaidOutText.chineseNumeral(10));
    assertEquals("十二", LaidOutText.chineseNumeral(12));
    assertEquals("二十", LaidOutText.chineseNumeral(20));
    assertEquals("九十九", LaidOutText.chineseNumeral(99));
    assertEquals("100", LaidOutText.chineseNumeral(100));
  }
}
