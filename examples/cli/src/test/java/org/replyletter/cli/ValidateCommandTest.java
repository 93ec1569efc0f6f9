package org.replyletter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.io.InputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {
  static final String SEED = Path.of("..", "letters", "jinjiang-2024-7.json").toString();

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final Supplier<InputStream> realStdin = ValidateCommand.stdin;

  @AfterEach
  void restoreStdin() {
    ValidateCommand.stdin = realStdin;
  }

  private int run(String... args) {
    return ReplyLetterCommand.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  private List<String> lines() {
    return List.of(out.toString().split("\n"));
  }

  private static String seedWith(String from, String to) throws IOException {
    String s = Files.readString(Path.of(SEED));
    assertTrue(s.contains(from), from);
    return s.replace(from, to);
  }

  @Test
  void seed_text_exit0_sixWarningsAndASummary() {
    assertEquals(0, run("validate", SEED), err::toString);
    List<String> lines = lines();
    assertEquals(7, lines.size(), out::toString);
    for (String l : lines.subList(0, 6)) {
      assertTrue(l.matches(java.util.regex.Pattern.quote(SEED) + ":\\d+:\\d+: warning RL-[A-Z]+-\\d{3} .+ \\(/.+\\)"), l);
    }
    assertTrue(out.toString().contains("warning RL-SEC-001 正文段落缺少序号，按顺序应为“四、”"), out::toString);
    assertEquals(SEED + "：有效（0 个错误，6 个警告，0 个提示）", lines.get(6));
  }

  @Test
  void seed_english() {
    assertEquals(0, run("validate", "--lang", "en", SEED));
    assertTrue(out.toString().contains("warning RL-DATE-001 No issue date"), out::toString);
    assertTrue(out.toString().endsWith(SEED + ": valid (0 errors, 6 warnings, 0 infos)\n"), out::toString);
  }

  @Test
  void json_hasTheDocumentedShape() {
    assertEquals(0, run("validate", "--format", "json", "--lang", "en", SEED));
    JsonNode root = JsonMapper.builder().build().readTree(out.toString());
    assertEquals(List.of("files"), List.copyOf(root.propertyNames()));
    JsonNode file = root.get("files").get(0);
    assertEquals(List.of("file", "valid", "findings"), List.copyOf(file.propertyNames()));
    assertEquals(SEED, file.get("file").stringValue());
    assertTrue(file.get("valid").booleanValue());
    assertEquals(6, file.get("findings").size());
    JsonNode f = file.get("findings").get(0);
    assertEquals(List.of("code", "severity", "path", "line", "column", "message"), List.copyOf(f.propertyNames()));
    List<String> codes = new ArrayList<>();
    for (JsonNode x : file.get("findings")) {
      codes.add(x.get("code").stringValue());
      assertTrue(x.get("line").isInt());
    }
    assertTrue(codes.contains("RL-SEC-001") && codes.contains("RL-CON-001"), codes::toString);
  }

  @Test
  void fileWithAnError_exit1(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, seedWith("\"documentNumber\": \"晋残函〔2024〕7号\",", "\"documentNumber\": \"晋残函〔2099〕7号\","));
    assertEquals(1, run("validate", SEED, bad.toString()));
    assertTrue(out.toString().contains(bad + ":3:"), out::toString);
    assertTrue(out.toString().contains("error RL-DOC-008"), out::toString);
    assertTrue(out.toString().contains("共 2 个文件：1 个有效，1 个无效"), out::toString);
  }

  @Test
  void unreadableJson_exit1_oneLocatedFinding(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("broken.json");
    Files.writeString(bad, "{\n  \"title\": \n");
    assertEquals(1, run("validate", "--format", "json", bad.toString()));
    JsonNode findings = JsonMapper.builder().build().readTree(out.toString()).get("files").get(0).get("findings");
    assertEquals(1, findings.size());
    assertEquals("RL-JSON-001", findings.get(0).get("code").stringValue());
  }

  @Test
  void missingFile_exit2_reported_otherFilesStillValidated(@TempDir Path dir) {
    String missing = dir.resolve("missing.json").toString();
    assertEquals(2, run("validate", missing, SEED));
    assertTrue(out.toString().contains(missing + ": error RL-JSON-010 "), out::toString);
    assertTrue(out.toString().contains(SEED + "：有效"), out::toString);
  }

  @Test
  void stdin_dash() throws IOException {
    byte[] seed = Files.readAllBytes(Path.of(SEED));
    ValidateCommand.stdin = () -> new ByteArrayInputStream(seed);
    assertEquals(0, run("validate", "-"));
    assertTrue(out.toString().contains("<stdin>:"), out::toString);
    ValidateCommand.stdin = () -> new ByteArrayInputStream("[]".getBytes(StandardCharsets.UTF_8));
    assertEquals(1, run("validate", "--lang", "en", "-"));
    assertTrue(out.toString().contains("<stdin>: invalid"), out::toString);
  }

  @Test
  void usageErrors_exit2() {
    assertEquals(2, run("validate"));
    assertEquals(2, run("validate", "--format", "xml", SEED));
    assertTrue(err.toString().contains("xml"), err::toString);
    assertEquals(2, run("validate", "--lang", "fr", SEED));
    assertFalse(out.toString().contains("RL-"), "nothing validated on a usage error");
  }

  /** The Java shown in the README's "Validation" section does what the README says. */
  @Test
  void readmeValidationExample() {
    org.replyletter.validation.LetterValidator validator =
        org.replyletter.validation.LetterValidator.of(
            org.replyletter.validation.ValidationOptions.builder()
                .addDisabledCode("RL-DIS-001")
                .putSeverityOverride("RL-CON-001", org.replyletter.diagnostics.Severity.ERROR)
                .build());
    org.replyletter.validation.ValidationReport report = validator.validate(Path.of(SEED));
    assertFalse(report.isValid());
    assertFalse(report.has("RL-DIS-001"));
    assertEquals(5, report.findings().size());
    assertEquals(1, report.count(org.replyletter.diagnostics.Severity.ERROR));
    assertTrue(report.toJson().startsWith("{\"source\":"));
  }

  @Test
  void profileIssued_isTheDefault_outputUnchanged() {
    assertEquals(0, run("validate", SEED));
    String byDefault = out.toString();
    out.getBuffer().setLength(0);
    assertEquals(0, run("validate", "--profile", "issued", SEED));
    assertEquals(byDefault, out.toString());
  }

  @Test
  void profilePublished_reportsAbsentLetterheadPartsAsInfo(@TempDir Path dir) throws IOException {
    Path web = dir.resolve("web.json");
    Files.writeString(web, seedWith("  \"documentNumber\": \"晋残函〔2024〕7号\",\n", ""));
    assertEquals(1, run("validate", web.toString()), out::toString);
    assertTrue(out.toString().contains("error RL-DOC-001"), out::toString);
    out.getBuffer().setLength(0);
    assertEquals(0, run("validate", "--profile", "published", web.toString()), out::toString);
    String published = out.toString();
    for (String code : List.of("RL-DOC-001", "RL-DIS-001", "RL-SIG-002", "RL-CON-001")) {
      assertTrue(published.contains(": info " + code + " "), code + " in " + published);
    }
    // What the web edition does print is still checked as before.
    assertTrue(published.contains(": warning RL-SEC-001 "), published);
    assertTrue(published.contains(": warning RL-DATE-001 "), published);
    assertTrue(published.endsWith(web + "：有效（0 个错误，3 个警告，4 个提示）\n"), published);
  }

  /** README, "Profiles": the seed under the published profile. */
  @Test
  void profilePublished_seed_asReadmeShows() {
    assertEquals(0, run("validate", "--profile", "published", SEED));
    assertTrue(out.toString().endsWith(SEED + "：有效（0 个错误，3 个警告，3 个提示）\n"), out::toString);
  }

  @Test
  void profileUnknown_exit2_namesTheProfiles() {
    assertEquals(2, run("validate", "--profile", "web", SEED));
    assertTrue(err.toString().contains("'web' is not one of issued, published"), err::toString);
  }
}
