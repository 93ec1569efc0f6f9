package org.replyletter.hardening;

import java.nio.file.Files;
import java.nio.file.Path;
import org.replyletter.json.ReplyLetterJson;
import org.replyletter.validation.LetterValidator;

/**
 * Reads or validates one file in a JVM of its own, so that a test can run it at a given heap: exits
 * 0 when done, 3 on {@link OutOfMemoryError}.
 */
public final class MemoryProbe {
  private MemoryProbe() {}

  /** {@code read FILE} or {@code validate FILE}. */
  public static void main(String[] args) throws Exception {
    try {
      byte[] bytes = Files.readAllBytes(Path.of(args[1]));
      if (args[0].equals("read")) {
        ReplyLetterJson.defaults().read(bytes, args[1]);
      } else {
        LetterValidator.defaults().validate(bytes, args[1]);
      }
    } catch (OutOfMemoryError e) {
      System.exit(3);
    }
    System.exit(0);
  }

  /**
   * The letter a document of {@code maxBytes} holds that costs the most memory: the seed with its
   * sections replaced by sections of 100 000 one-character paragraphs each, as many as fit.
   */
  public static byte[] worstCaseLetter(String seedJson, long maxBytes) {
    String head = seedJson.substring(0, seedJson.indexOf("\"sections\": [") + "\"sections\": [".length());
    String tail = seedJson.substring(seedJson.indexOf("\"checklist\""));
    String section = "{\"ordinal\":\"一\",\"heading\":\"h\",\"paragraphs\":[" + "\"a\",".repeat(99_999) + "\"a\"]}";
    StringBuilder b = new StringBuilder(head);
    long room =
        maxBytes
            - head.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
            - tail.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
            - 10; // "],\n  " and a margin
    boolean first = true;
    while (room > 0) {
      String s = section;
      if (room < section.length() + 1) {
        int paragraphs = (int) ((room - 60) / 4);
        if (paragraphs < 1) {
          break;
        }
        s = "{\"ordinal\":\"一\",\"heading\":\"h\",\"paragraphs\":[" + "\"a\",".repeat(paragraphs - 1) + "\"a\"]}";
      }
      b.append(first ? "" : ",").append(s);
      room -= s.length() + 1;
      first = false;
    }
    b.append("],\n  ").append(tail);
    return b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
