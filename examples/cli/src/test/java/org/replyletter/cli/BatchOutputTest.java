package org.replyletter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} over a batch of 50 different letters (valid ones, errors, unreadable JSON, a
 * missing file) prints byte for byte what the committed {@code batch-50-*} files hold, so that a
 * change to how the command prints keeps the bytes.
 * {@code -Dreplyletter.record=true} rewrites them (under {@code target/}) from the current code.
 */
class BatchOutputTest {
  static final String DIR = "DIR/";

  /**
   * Writes 50 letters to {@code dir}, each a small edit of the seed letter, ten kinds of edit; the
   * last kind is not written at all (a missing file). Returns the paths in order.
   */
  static List<String> writeLetters(Path dir) throws IOException {
    String seed = Files.readString(Path.of(ValidateCommandTest.SEED));
    List<String> files = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String s = seed.replace("晋残函〔2024〕7号", "晋残函〔2024〕" + (i + 1) + "号");
      switch (i % 10) {
        case 1 -> s = s.replace("\"session\": 3", "\"session\": 0");
        case 2 -> s = s.substring(0, 300 + 37 * i);
        case 3 -> s = s.replaceFirst("\"paragraphs\": \\[\n        \"", "\"paragraphs\": [\n        \" \", \"");
        case 4 -> s = s.replaceFirst("\n  \"title\": [^\n]*", "");
        case 5 -> s = i < 25 ? "[]" : "{}";
        case 6 -> s = "{\"extra\": " + i + "," + s.substring(1);
        case 7 -> s = s.replace("\"term\": 14", "\"term\": \"十四\"");
        case 8 -> s = s.replace("\"code\": \"A\"", "\"code\": \"Z\"");
        default -> { }
      }
      Path f = dir.resolve("letter-" + (i + 1) + ".json");
      if (i % 10 != 9) {
        Files.writeString(f, s);
      }
      files.add(f.toString());
    }
    return files;
  }

  /** Runs {@code validate OPTIONS FILES...} and returns standard output with the folder as {@code DIR/}. */
  static String batch(Path dir, List<String> files, String... options) {
    List<String> args = new ArrayList<>(List.of("validate"));
    args.addAll(List.of(options));
    args.addAll(files);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = ReplyLetterCommand.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    assertEquals(2, exit, "a missing file is in the batch");
    assertEquals("", err.toString());
    return out.toString().replace(dir + java.io.File.separator, DIR);
  }

  private static String expected(String name) throws IOException {
    try (InputStream in = BatchOutputTest.class.getResourceAsStream(name)) {
      assertTrue(in != null, name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void check(String name, String actual) throws IOException {
    if (Boolean.getBoolean("replyletter.record")) {
      Files.writeString(Path.of("target", name), actual);
      return;
    }
    assertEquals(expected(name), actual, name);
  }

  @Test
  void batchOf50Letters_textAndJson_byteIdenticalToRecordedOutput(@TempDir Path dir) throws IOException {
    List<String> files = writeLetters(dir);
    check("batch-50-zh.txt", batch(dir, files));
    check("batch-50-en.txt", batch(dir, files, "--lang", "en"));
    check("batch-50-zh.json", batch(dir, files, "--format", "json"));
    check("batch-50-en.json", batch(dir, files, "--format=json", "--lang=en"));
  }
}
