package org.replyletter.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Tells a file's format from its first bytes: a zip is a .docx, markup is HTML, anything else text. */
final class InputFormats {
  private InputFormats() {}

  private static final String[] HTML_STARTS = {
    "<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<p ", "<article", "<table", "<!--"
  };

  /**
   * Returns {@code docx}, {@code html} or {@code text}. A file that cannot be read is {@code text}:
   * the text importer then reports why.
   */
  static String detect(Path file) {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(4096);
    } catch (IOException | SecurityException e) {
      return "text";
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return "docx";
    }
    // ASCII-compatible charsets and UTF-8 (with or without BOM) start markup with '<'.
    String start = new String(head, StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "").stripLeading()
        .toLowerCase(Locale.ROOT);
    for (String s : HTML_STARTS) {
      if (start.startsWith(s)) {
        return "html";
      }
    }
    return "text";
  }
}
