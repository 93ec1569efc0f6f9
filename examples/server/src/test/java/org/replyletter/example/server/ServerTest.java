package org.replyletter.example.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.replyletter.ReplyLetter;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.jsonschema.ReplyLetterSchema;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service on a random port, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServerTest {
  static final Path SEED_JSON = Path.of("..", "letters", "jinjiang-2024-7.json");
  static final Path SEED_TEXT = Path.of("..", "letters", "jinjiang-2024-7.txt");
  static final Path REQUEST = Path.of("..", "subsidy", "senior-technician-manufacturing.json");
  static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

  @Value("${local.server.port}")
  int port;

  final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<String> post(String path, String type, byte[] body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String type(HttpResponse<?> r) {
    return r.headers().firstValue("Content-Type").orElse("");
  }

  @Test
  void validate_json_givesTheReport() throws Exception {
    HttpResponse<String> r = post("/api/letters/validate", "application/json", Files.readAllBytes(SEED_JSON));
    assertEquals(200, r.statusCode());
    JsonNode report = MAPPER.readTree(r.body());
    assertTrue(report.get("valid").asBoolean());
    assertEquals(6, report.get("counts").get("warning").asInt());
    assertEquals("RL-DIS-001", report.get("findings").get(0).get("code").asString());
    JsonNode en = MAPPER.readTree(post("/api/letters/validate?lang=en", "application/json", Files.readAllBytes(SEED_JSON)).body());
    assertTrue(en.get("findings").get(0).get("message").asString().startsWith("No "), en.toString());
  }

  @Test
  void validate_text_importsItFirst() throws Exception {
    HttpResponse<String> r = post("/api/letters/validate", "text/plain;charset=UTF-8", Files.readAllBytes(SEED_TEXT));
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(6, MAPPER.readTree(r.body()).get("counts").get("warning").asInt());
  }

  @Test
  void validate_unreadableJson_isAReportWithTheReadingProblem() throws Exception {
    HttpResponse<String> r = post("/api/letters/validate", "application/json", "{\"schemaVersion\":\"1.0\",\"x\":1}".getBytes(StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode());
    JsonNode report = MAPPER.readTree(r.body());
    assertEquals(false, report.get("valid").asBoolean());
    assertEquals("RL-JSON-003", report.get("findings").get(0).get("code").asString());
  }

  @Test
  void import_givesTheLetter_asTheLibraryReadsIt() throws Exception {
    HttpResponse<String> r = post("/api/letters/import", "text/plain;charset=UTF-8", Files.readAllBytes(SEED_TEXT));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode body = MAPPER.readTree(r.body());
    ReplyLetter seed = ReplyLetterJson.defaults().read(SEED_JSON);
    assertEquals(seed, MAPPER.treeToValue(body.get("letter"), ReplyLetter.class));
    assertEquals(Files.readString(SEED_JSON), body.get("letterJson").asString());
    assertEquals(0, body.get("unplacedLines").size());
  }

  @Test
  void render_writesTheOfficialLayout_andRefusesUnreadableJson_asAProblem() throws Exception {
    HttpResponse<String> r = post("/api/letters/render", "application/json", Files.readAllBytes(SEED_JSON));
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("关于晋江市政协十四届三次会议第3号提案的答复函"), r.body());
    HttpResponse<String> md = post("/api/letters/render?format=markdown", "application/json", Files.readAllBytes(SEED_JSON));
    assertTrue(md.body().startsWith("#") || md.body().contains("\n#"), md.body());

    HttpResponse<String> bad = post("/api/letters/render", "application/json", "{\"schemaVersion\":\"1.0\",\"title\":7}".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, bad.statusCode());
    assertTrue(type(bad).startsWith("application/problem+json"), type(bad));
    JsonNode problem = MAPPER.readTree(bad.body());
    assertEquals(400, problem.get("status").asInt());
    assertTrue(problem.get("type").asString().endsWith("/unreadable-json"));
    JsonNode f = problem.get("findings").get(0);
    assertEquals("RL-JSON-004", f.get("code").asString());
    assertEquals("/title", f.get("path").asString());
    assertEquals(1, f.get("line").asInt());
  }

  @Test
  void decide_explainsTheDecision() throws Exception {
    HttpResponse<String> r = post("/api/subsidy/decisions", "application/json", Files.readAllBytes(REQUEST));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode d = MAPPER.readTree(r.body());
    assertEquals("3900元", d.get("amount").asString());
    assertTrue(d.get("eligible").asBoolean());
    HttpResponse<String> bad = post("/api/subsidy/decisions", "application/json", "{\"claim\":{}}".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, bad.statusCode());
    assertTrue(MAPPER.readTree(bad.body()).get("findings").size() >= 2, bad.body());
  }

  @Test
  void schemasAndOpenApi_areServed() throws Exception {
    for (String name : ReplyLetterSchema.names()) {
      HttpResponse<String> r = get("/api/schemas/" + name);
      assertEquals(200, r.statusCode(), name);
      assertEquals(MAPPER.readTree(ReplyLetterSchema.named(name).text()), MAPPER.readTree(r.body()));
    }
    assertEquals(404, get("/api/schemas/nothing").statusCode());
    HttpResponse<String> api = get("/openapi.json");
    assertEquals(200, api.statusCode());
    JsonNode paths = MAPPER.readTree(api.body()).get("paths");
    assertEquals(
        Set.of("/api/letters/validate", "/api/letters/import", "/api/letters/render", "/api/subsidy/decisions", "/api/schemas/{name}"),
        Set.copyOf(paths.propertyNames()));
  }

  @Test
  void requestSizes_areBounded() throws Exception {
    byte[] big = new byte[LetterController.MAX_BYTES + 1];
    Arrays.fill(big, (byte) ' ');
    HttpResponse<String> r = post("/api/letters/validate", "application/json", big);
    assertEquals(413, r.statusCode());
    assertTrue(type(r).startsWith("application/problem+json"), type(r));
  }

  @Test
  void otherMediaTypes_areProblems() throws Exception {
    HttpResponse<String> r = post("/api/letters/validate", "application/xml", "<x/>".getBytes(StandardCharsets.UTF_8));
    assertEquals(415, r.statusCode());
    assertTrue(type(r).startsWith("application/problem+json"), type(r));
  }
}
