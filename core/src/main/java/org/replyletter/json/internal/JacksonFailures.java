package org.replyletter.json.internal;

import org.replyletter.diagnostics.Finding;
import org.replyletter.diagnostics.Severity;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Jackson's exceptions for input it cannot read, turned into the one located finding that says why,
 * in the library's codes and words: Jackson's messages name its classes and settings, and an
 * exceeded limit comes without location. Stateless.
 */
final class JacksonFailures {
  private JacksonFailures() {}

  /**
   * The finding for a Jackson exception, located in {@code json}; {@code reading} is the parser that
   * was reading, if any (Jackson throws an exceeded limit without location or parser, and the parser
   * still knows where it was).
   */
  static Finding toFinding(JacksonException e, byte[] json, JsonParser reading) {
    JsonParser parser = e.processor() instanceof JsonParser ? (JsonParser) e.processor() : reading;
    String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    // A name too long is found while reading it: the parser is still at the member before it.
    boolean inName = e instanceof StreamConstraintsException && message.startsWith("Name length");
    String pointer = "";
    if (parser != null) {
      try {
        tools.jackson.core.TokenStreamContext c = parser.streamReadContext();
        pointer = (inName && c.getParent() != null ? c.getParent() : c).pathAsPointer().toString();
      } catch (RuntimeException ignored) {
        // The parser may be closed or broken; the location still says where.
      }
    }
    Finding.Builder f = Finding.builder().severity(Severity.ERROR).path(pointer);
    if (e instanceof StreamConstraintsException) {
      limitExceeded(f, message);
    } else if (message.startsWith("Duplicate")) {
      String name = pointer.isEmpty() ? "" : unescapeLast(pointer);
      f.code(ReadCode.DUPLICATE.code()).addArguments(name);
    } else if (message.startsWith("Trailing token")) {
      f.code(ReadCode.TRAILING.code());
    } else if (e instanceof StreamReadException || e.getCause() instanceof java.io.CharConversionException) {
      // Bytes that are not text in the encoding read are malformed input, not an I/O failure.
      f.code(ReadCode.MALFORMED.code()).addArguments(firstSentence(message));
    } else {
      f.code(ReadCode.IO_FAILURE.code()).addArguments(firstSentence(message));
    }
    TokenStreamLocation loc = e.getLocation();
    long offset = loc == null ? -1 : loc.getByteOffset();
    if (offset < 0 && reading != null) {
      offset = crossedAt(reading, json, inName);
    }
    if (offset >= 0 || loc != null) {
      int[] lc = offset >= 0 ? LineColumns.lineColumn(json, offset) : null;
      if (lc != null) {
        f.line(lc[0]).column(lc[1]);
      } else if (loc.getLineNr() > 0) {
        f.line(loc.getLineNr()).column(Math.max(1, loc.getColumnNr()));
      }
    }
    return f.build();
  }

  /**
   * The byte offset where a limit was crossed, which Jackson does not say: the start of the number or
   * string that is too long, or of the array or object one level too deep; within a name that is
   * too long, where reading stopped. -1 if unknown.
   */
  private static long crossedAt(JsonParser p, byte[] json, boolean inName) {
    try {
      JsonParser source = p instanceof TreeRecordingParser ? ((TreeRecordingParser) p).delegate() : p;
      if (inName) {
        return source.currentLocation().getByteOffset();
      }
      long token = source.currentTokenLocation().getByteOffset();
      // In an object, Jackson reads a member's value with its name: the token is still the name.
      return source.currentToken() == JsonToken.PROPERTY_NAME && token >= 0 ? valueAfterName(json, token) : token;
    } catch (RuntimeException e) {
      return -1;
    }
  }

  /** The offset of the value after the member name that starts at {@code name}. */
  static long valueAfterName(byte[] json, long name) {
    int i = (int) name + 1;
    while (i < json.length && json[i] != '"') {
      i += json[i] == '\\' ? 2 : 1;
    }
    i++;
    while (i < json.length && (json[i] == ' ' || json[i] == '\t' || json[i] == '\n' || json[i] == '\r' || json[i] == ':')) {
      i++;
    }
    return Math.min(i, json.length);
  }

  /**
   * Jackson's words for an exceeded {@code StreamReadConstraints}: "Number value length (201) exceeds
   * the maximum allowed (100, from …)". The finding says it in the library's words, in both
   * languages, without naming Jackson's classes.
   */
  private static final java.util.regex.Pattern CONSTRAINT =
      java.util.regex.Pattern.compile("^(Document nesting depth|Number value length|String value length|Name length|Document length) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

  private static void limitExceeded(Finding.Builder f, String message) {
    f.code(ReadCode.LIMIT.code());
    java.util.regex.Matcher m = CONSTRAINT.matcher(message);
    if (!m.find()) {
      f.addArguments(firstSentence(message));
      return;
    }
    String variant;
    switch (m.group(1)) {
      case "Document nesting depth":
        variant = "depth";
        break;
      case "Number value length":
        variant = "number";
        break;
      case "String value length":
        variant = "string";
        break;
      case "Name length":
        variant = "name";
        break;
      default:
        variant = "size";
    }
    f.messageKey(ReadCode.LIMIT.key(variant)).addArguments(m.group(2), m.group(3));
  }

  /**
   * Jackson's embedded locations, such as " (start marker at [Source: …; line: 1, column: 35])":
   * the finding has its own line and column (Jackson's column counts bytes), and the source part
   * would quote the document.
   */
  private static final java.util.regex.Pattern JACKSON_LOCATION =
      java.util.regex.Pattern.compile(
          " ?\\((?:start marker at|for [A-Za-z]+ starting at) \\[Source: [^\\]]*\\]\\)|\\s*(?:at )?\\[Source: [^\\]]*\\]");

  private static String firstSentence(String message) {
    String s = JACKSON_LOCATION.matcher(message).replaceAll("");
    int nl = s.indexOf('\n');
    s = nl >= 0 ? s.substring(0, nl) : s;
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  private static String unescapeLast(String pointer) {
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    return last.replace("~1", "/").replace("~0", "~");
  }
}
