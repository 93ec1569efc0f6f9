package org.replyletter.example.server;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.replyletter.ReplyLetter;
import org.replyletter.json.ReadLimits;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.jsonschema.ReplyLetterSchema;
import org.replyletter.subsidy.SubsidyCalculator;
import org.replyletter.subsidy.SubsidyDecision;
import org.replyletter.subsidy.SubsidyJson;
import org.replyletter.subsidy.SubsidySchedule;
import org.replyletter.text.ImportReport;
import org.replyletter.text.ImportResult;
import org.replyletter.text.LetterImporter;
import org.replyletter.text.LetterRenderer;
import org.replyletter.text.RenderFormat;
import org.replyletter.text.UnplacedLine;
import org.replyletter.validation.LetterValidator;
import org.replyletter.validation.ValidationReport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The HTTP API over the library. Bodies are read up to the library's document-size limit
 * ({@link ReadLimits#maxDocumentBytes()}, 4 MiB; more is 413); validation results are data (200
 * with the report); input that cannot be read is a 400 problem with the findings
 * ({@link Problems}). Thread-safe: the library's validators, readers and calculators are.
 */
@RestController
@RequestMapping("/api")
public class LetterController {
  static final int MAX_BYTES = (int) Math.min(Integer.MAX_VALUE - 8, ReadLimits.defaults().maxDocumentBytes());
  static final MediaType TEXT_UTF8 = new MediaType("text", "plain", StandardCharsets.UTF_8);

  private final LetterValidator validator = LetterValidator.defaults();
  private final ReplyLetterJson json = ReplyLetterJson.defaults();

  /** What importing text gives: the letter and what was not placed in it. */
  public record Imported(ReplyLetter letter, String letterJson, List<UnplacedLine> unplacedLines, long charactersPlaced) {}

  /**
   * Validates a letter: JSON as it is, or published text after importing it (the report then
   * locates findings in the imported letter's JSON, {@code letterJson} of the import).
   *
   * @param request the request, its body the letter
   * @return the report, messages in Chinese ({@code ?lang=en} for English)
   */
  @PostMapping(value = "/letters/validate", consumes = {MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE})
  public ResponseEntity<String> validate(HttpServletRequest request, @RequestParam(defaultValue = "zh") String lang)
      throws IOException {
    byte[] body = body(request);
    byte[] letterJson = isText(request) ? json.write(importText(body).letter()) : body;
    ValidationReport report = validator.validate(letterJson, "letter");
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report.toJson(locale(lang)));
  }

  /**
   * Imports published text.
   *
   * @param request the request, its body UTF-8 text
   * @return the letter and the lines not placed in it
   */
  @PostMapping(value = "/letters/import", consumes = MediaType.TEXT_PLAIN_VALUE)
  public Imported importLetter(HttpServletRequest request) throws IOException {
    ImportResult result = importText(body(request));
    ImportReport report = result.report();
    return new Imported(
        result.letter(), json.writeString(result.letter()), report.unplacedLines(), report.charactersPlaced());
  }

  /**
   * Renders a letter in the official layout.
   *
   * @param request the request, its body the letter's JSON
   * @param format {@code text} (default) or {@code markdown}
   * @return the rendered letter
   */
  @PostMapping(value = "/letters/render", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<String> render(HttpServletRequest request, @RequestParam(defaultValue = "text") String format)
      throws IOException {
    RenderFormat f =
        switch (format) {
          case "text" -> RenderFormat.TEXT;
          case "markdown" -> RenderFormat.MARKDOWN;
          default -> throw new ResponseStatusException(
              org.springframework.http.HttpStatus.BAD_REQUEST, "format is text or markdown, not " + format);
        };
    ReplyLetter letter = json.read(body(request), "letter");
    return ResponseEntity.ok().contentType(TEXT_UTF8).body(LetterRenderer.of(f).render(letter));
  }

  /**
   * Decides a training-subsidy claim.
   *
   * @param request the request, its body a subsidy request's JSON
   * @param schedule {@code jinjiang} (default) or {@code xiamen}
   * @param lang {@code zh} (default) or {@code en}, the language of the explanation
   * @return the decision
   */
  @PostMapping(value = "/subsidy/decisions", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<byte[]> decide(
      HttpServletRequest request,
      @RequestParam(defaultValue = "jinjiang") String schedule,
      @RequestParam(defaultValue = "zh") String lang)
      throws IOException {
    SubsidySchedule s =
        switch (schedule) {
          case "jinjiang" -> SubsidySchedule.jinjiang();
          case "xiamen" -> SubsidySchedule.xiamen();
          default -> throw new ResponseStatusException(
              org.springframework.http.HttpStatus.BAD_REQUEST, "schedule is jinjiang or xiamen, not " + schedule);
        };
    SubsidyDecision d = SubsidyCalculator.of(s).decide(SubsidyJson.defaults().readRequest(body(request), "request"));
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(SubsidyJson.defaults().writeDecision(d, locale(lang)));
  }

  /**
   * The published JSON Schemas, by name: {@code reply-letter}, {@code subsidy-request},
   * {@code subsidy-decision}, {@code subsidy-schedule}.
   *
   * @param name the schema's name
   * @return the schema
   */
  @GetMapping(value = "/schemas/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
  public String schema(@PathVariable String name) {
    String bare = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    if (!ReplyLetterSchema.names().contains(bare)) {
      throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND, "no schema " + name);
    }
    return ReplyLetterSchema.named(bare).text();
  }

  private ImportResult importText(byte[] body) {
    return LetterImporter.defaults().importBytes(body, "letter.txt");
  }

  private static boolean isText(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && MediaType.parseMediaType(type).isCompatibleWith(MediaType.TEXT_PLAIN);
  }

  private static Locale locale(String lang) {
    return "en".equals(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
  }

  /** The body, up to the size limit: more is {@link Problems.TooLarge} (413), never read to its end. */
  static byte[] body(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > MAX_BYTES) {
      throw new Problems.TooLarge(request.getContentLengthLong());
    }
    try (InputStream in = request.getInputStream()) {
      byte[] b = in.readNBytes(MAX_BYTES + 1);
      if (b.length > MAX_BYTES) {
        throw new Problems.TooLarge(-1);
      }
      return b;
    }
  }
}
