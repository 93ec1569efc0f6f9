package org.replyletter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code reply-letter subsidy}: decisions printed, exit codes 0 / 1 / 2 (issue 5). */
class SubsidyCommandTest {
  static final String ELIGIBLE = Path.of("..", "subsidy", "senior-technician-manufacturing.json").toString();
  static final String FOURTH = Path.of("..", "subsidy", "fourth-claim.json").toString();
  static final String RETIRED = Path.of("..", "subsidy", "retired-60.json").toString();
  static final String MAY = Path.of("..", "subsidy", "certificate-of-may.json").toString();

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ReplyLetterCommand.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void eligible_text_exit0_withTheExplanation() {
    assertEquals(0, run("subsidy", ELIGIBLE), err::toString);
    String text = out.toString();
    assertTrue(text.startsWith(ELIGIBLE + ": 符合条件 3900元 → 个人 (jinjiang-2024-07-01)；提醒：SUB-OCC-001\n"), text);
    assertTrue(text.contains("✓ SUB-LIM-003 不是在取得更高等级后申领较低等级"), text);
    assertTrue(text.contains("有 2 项上浮适用，不叠加，只取最高一项：紧缺工种（生产制造类） +30%"), text);
    assertTrue(text.trim().endsWith("符合条件：补贴 3900元，发给个人"), text);
  }

  @Test
  void anyIneligible_exit1_inEnglish() {
    assertEquals(1, run("subsidy", "--lang", "en", ELIGIBLE, FOURTH), err::toString);
    String text = out.toString();
    assertTrue(text.contains(FOURTH + ": not eligible SUB-LIM-001 (jinjiang-2024-07-01)"), text);
    assertTrue(text.contains("✗ SUB-LIM-001 evaluation subsidies: 3 counted, the limit of 3 per person is reached"), text);
    // Every entry of the history is listed, counted or not and why.
    assertTrue(text.contains("History entry 1 (2024-05-01, a skill-level certificate (职业技能等级证书) 电工 level 5 (初级工)) "
        + "was paid by the skill-upgrade subsidy"), text);
    // Parameter notes in English.
    assertTrue(text.contains("— At most 3 per person; 晋江 counts training and evaluation subsidies separately"), text);
  }

  @Test
  void warnings_areOnTheFirstLine_andMarked() {
    assertEquals(0, run("subsidy", ELIGIBLE));
    String text = out.toString();
    assertTrue(text.contains(ELIGIBLE + ": 符合条件 3900元 → 个人 (jinjiang-2024-07-01)；提醒：SUB-OCC-001"), text);
    assertTrue(text.contains("! SUB-OCC-001 提醒：申报的紧缺类别未经确认：本版本没有紧缺职业目录"), text);
  }

  @Test
  void xiamen_choosesByTheCertificatesIssueDate() {
    assertEquals(0, run("subsidy", "--schedule", "xiamen", "--lang", "en", MAY));
    String text = out.toString();
    assertTrue(text.contains(MAY + ": eligible 2000元 → individual (xiamen-2023-12-20)"), text);
    assertTrue(text.contains("the certificate issue date 2024-05-20 falls in it"), text);
  }

  @Test
  void xiamenSchedule_refusesTheSixtyYearOld_jinjiangAccepts() {
    assertEquals(0, run("subsidy", RETIRED));
    assertEquals(1, run("subsidy", "--schedule", "xiamen", RETIRED));
    assertTrue(out.toString().contains("✗ SUB-ELIG-005 超过法定退休年龄：60 周岁，须未满 60 周岁"), out::toString);
  }

  @Test
  void json_isAnArrayOfDecisions() throws IOException {
    assertEquals(1, run("subsidy", "--format", "json", ELIGIBLE, FOURTH), err::toString);
    JsonNode root = JsonMapper.builder().build().readTree(out.toString());
    assertEquals(2, root.size());
    assertEquals("2025-0301-001", root.get(0).get("requestId").stringValue());
    assertEquals("3900元", root.get(0).get("amount").stringValue());
    assertEquals("individual", root.get(0).get("payee").stringValue());
    assertEquals(false, root.get(1).get("eligible").booleanValue());
    assertEquals("SUB-LIM-001", root.get(1).get("reasons").get(0).stringValue());
  }

  @Test
  void badRequest_exit2_locatedOnStderr_othersStillDecided(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"decisionDate\": \"2025-13-01\", \"applicant\": {\"age\": 30}, \"claim\": {}}");
    assertEquals(2, run("subsidy", ELIGIBLE, bad.toString()));
    List<String> errors = List.of(err.toString().split("\n"));
    assertTrue(errors.get(0).startsWith(bad + ":1:"), err::toString);
    assertTrue(err.toString().contains("RL-JSON-006"), err::toString);
    assertTrue(err.toString().contains("(/claim/kind)"), err::toString);
    assertTrue(out.toString().startsWith(ELIGIBLE + ": 符合条件"), out::toString);
  }

  @Test
  void badScheduleFile_orOption_exit2(@TempDir Path dir) throws IOException {
    Path schedule = dir.resolve("schedule.json");
    Files.writeString(schedule, "{\"schemaVersion\": \"1.0\", \"name\": \"x\"}");
    assertEquals(2, run("subsidy", "--schedule", schedule.toString(), ELIGIBLE));
    assertTrue(err.toString().contains("RL-JSON-005"), err::toString);
    assertEquals(2, run("subsidy", "--format", "xml", ELIGIBLE));
    assertEquals(2, run("subsidy", Path.of("no", "such.json").toString()));
  }

  @Test
  void badlyDefinedSchedule_exit2_saysWhichKind(@TempDir Path dir) throws IOException {
    String bundled;
    try (var in = org.replyletter.subsidy.SubsidySchedule.class.getResourceAsStream(
        "/org/replyletter/subsidy/schedule-jinjiang.json")) {
      bundled = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    Path schedule = dir.resolve("schedule.json");
    Files.writeString(schedule, bundled.replaceFirst("\"source\": \"", "\"source\": \"undeclared-"));
    assertEquals(2, run("subsidy", "--lang", "en", "--schedule", schedule.toString(), ELIGIBLE));
    assertTrue(err.toString().startsWith(schedule + ": the schedule is readable JSON but badly defined"), err::toString);
    assertTrue(err.toString().contains("SUB-DEF-005"), err::toString);
    assertEquals("", out.toString());
  }
}
