package org.replyletter.example.server;

import java.net.URI;
import java.util.List;
import org.replyletter.diagnostics.Finding;
import org.replyletter.json.JsonInputException;
import org.replyletter.subsidy.ScheduleDefinitionException;
import org.replyletter.text.TextInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors as RFC 9457 problem details ({@code application/problem+json}): input that cannot be read
 * is 400 with the library's findings in {@code findings} (each as in a validation report, written by
 * the library's Jackson module); a body over the size limit is 413; Spring's own errors (415, 405…)
 * are problem details too.
 */
@RestControllerAdvice
public class Problems extends ResponseEntityExceptionHandler {
  static final String TYPE = "https://github.com/replyletter/reply-letter/problems/";

  /** A request body over the size limit. */
  static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge(long size) {
      super(size < 0 ? "over " + LetterController.MAX_BYTES + " bytes" : size + " bytes, over " + LetterController.MAX_BYTES);
    }
  }

  @ExceptionHandler(JsonInputException.class)
  ProblemDetail unreadableJson(JsonInputException e) {
    return unreadable("unreadable-json", "JSON 无法读取 / unreadable JSON", e.findings());
  }

  @ExceptionHandler(ScheduleDefinitionException.class)
  ProblemDetail badSchedule(ScheduleDefinitionException e) {
    return unreadable("bad-schedule", "补贴规则有误 / bad schedule", e.findings());
  }

  @ExceptionHandler(TextInputException.class)
  ProblemDetail unreadableText(TextInputException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    p.setType(URI.create(TYPE + "unreadable-text"));
    p.setTitle("文本无法读取 / unreadable text");
    p.setProperty("reason", e.reason().name());
    return p;
  }

  @ExceptionHandler(TooLarge.class)
  ProblemDetail tooLarge(TooLarge e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
    p.setType(URI.create(TYPE + "too-large"));
    p.setTitle("请求过大 / request too large");
    return p;
  }

  private static ProblemDetail unreadable(String type, String title, List<Finding> findings) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, findings.size() + " problem(s); the first: " + findings.get(0).code());
    p.setType(URI.create(TYPE + type));
    p.setTitle(title);
    p.setProperty("findings", findings);
    return p;
  }
}
