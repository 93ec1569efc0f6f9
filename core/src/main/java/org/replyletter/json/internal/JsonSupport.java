package org.replyletter.json.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.replyletter.json.JsonInputException;
import org.replyletter.json.ReadLimits;
import org.replyletter.diagnostics.Finding;
import org.replyletter.diagnostics.Severity;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson set up once for the library: strict parsing into a tree (duplicate keys, trailing content
 * and limits are errors), locating findings in the source bytes, and deterministic pretty writing.
 * Immutable and thread-safe.
 */
public final class JsonSupport {
  /** Malformed JSON. */
  public static final String MALFORMED = "RL-JSON-001";
  /** Duplicate key. */
  public static final String DUPLICATE = "RL-JSON-002";
  /** Trailing content. */
  public static final String TRAILING = "RL-JSON-007";
  /** A limit exceeded. */
  public static final String LIMIT = "RL-JSON-009";
  /** More findings than listed. */
  public static final String OMITTED = "RL-JSON-012";

  private final JsonFactory factory;
  private final ReadLimits limits;
  private final boolean jacksonDuplicates;
  // Built on first use: reading never needs them, and building a JsonMapper is the largest single
  // cost of Jackson's start-up, which a command line feels.
  private volatile JsonMapper mapper;
  private volatile tools.jackson.databind.ObjectWriter prettyWriter;

  /** Jackson set up with the given limits. */
  public JsonSupport(ReadLimits limits) {
    this(limits, false);
  }

  /**
   * With {@code jacksonDuplicates}, the letter's parsers keep Jackson's duplicate detection: the
   * reference that {@code DuplicatesTest} compares the codecs' own detection with.
   */
  JsonSupport(ReadLimits limits, boolean jacksonDuplicates) {
    this.limits = limits;
    this.jacksonDuplicates = jacksonDuplicates;
    this.factory =
        JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Never copy the document into messages: it may hold personal data (phone numbers).
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxDocumentLength(limits.maxDocumentBytes())
                    .maxNestingDepth(limits.maxNestingDepth())
                    .maxStringLength(limits.maxStringLength())
                    .maxNumberLength(limits.maxNumberLength())
                    .maxNameLength(limits.maxStringLength())
                    .build())
            .build();
  }

  /**
   * A streaming parser over the bytes with this set-up (limits, duplicate detection), straight from
   * the factory: the features and limits are the factory's, as through the mapper.
   */
  public JsonParser createParser(byte[] json) {
    return factory.createParser(ObjectReadContext.empty(), json);
  }

  /**
   * A parser for the letter's codecs: as {@link #createParser}, but without Jackson's duplicate
   * detection unless {@code jacksonDuplicates}, since the codecs find duplicate members themselves
   * ({@link Duplicates}); the letter's reader reads unreadable input again with Jackson's.
   */
  JsonParser createLetterParser(byte[] json, boolean jacksonDuplicates) {
    boolean jackson = jacksonDuplicates || this.jacksonDuplicates;
    return factory.createParser(jackson ? ObjectReadContext.empty() : OWN_DUPLICATE_CHECK, json);
  }

  private static final ObjectReadContext OWN_DUPLICATE_CHECK =
      new ObjectReadContext.Base() {
        @Override
        public int getStreamReadFeatures(int defaults) {
          return defaults & ~StreamReadFeature.STRICT_DUPLICATE_DETECTION.getMask();
        }
      };

  /** The limits in force. */
  public ReadLimits limits() {
    return limits;
  }

  /** The result of parsing: a tree, or the one finding that says why there is none. */
  public static final class Parsed {
    private final JsonNode tree;
    private final Finding failure;

    Parsed(JsonNode tree, Finding failure) {
      this.tree = tree;
      this.failure = failure;
    }

    /** The tree, or null when parsing failed. */
    public JsonNode tree() {
      return tree;
    }

    /** Why parsing failed, located; null when it succeeded. */
    public Finding failure() {
      return failure;
    }
  }

  /**
   * Reads all bytes of a file, up to the document-size limit; an excess is {@code RL-JSON-009}, a
   * failure {@code RL-JSON-010}, both as {@link JsonInputException} named after the file. The size
   * the file system reports is not trusted: {@code /dev/zero}, a pipe or a file that grows report 0
   * or less than they hold, so the file is read as a stream, never more than one byte past the limit.
   */
  public byte[] readFile(java.nio.file.Path file) {
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      return readStream(in, file.toString());
    } catch (java.io.IOException | SecurityException e) {
      throw ioFailure(file.toString(), e);
    }
  }

  /**
   * Reads a stream, which this method does not close, up to the document-size limit: it never reads
   * more than one byte past it. Failures as for {@link #readFile}.
   */
  public byte[] readStream(java.io.InputStream in, String sourceName) {
    try {
      return readBounded(in, sourceName);
    } catch (java.io.IOException e) {
      throw ioFailure(sourceName, e);
    }
  }

  /**
   * The bytes of a stream up to the document-size limit; over it, {@link JsonInputException} with
   * {@code RL-JSON-009}, having read one byte past the limit and no more. I/O failures are thrown as
   * they are, for the caller to report.
   */
  public byte[] readBounded(java.io.InputStream in, String sourceName) throws java.io.IOException {
    long max = limits.maxDocumentBytes();
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (bytes.length > max) {
      throw new JsonInputException(sourceName, List.of(tooLarge(bytes.length, true)), null);
    }
    return bytes;
  }

  private static JsonInputException ioFailure(String sourceName, Exception e) {
    String detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return new JsonInputException(
        sourceName,
        List.of(Finding.builder().code(JsonInputException.IO_ERROR).severity(Severity.ERROR).addArguments(detail).build()),
        e);
  }

  /** The finding for a document of {@code size} bytes over the size limit. */
  public Finding tooLarge(long size) {
    return tooLarge(size, false);
  }

  /**
   * The finding for a document over the size limit: of {@code size} bytes, or, when reading stopped
   * at the limit ({@code truncated}), of more than the limit, however much more the source held.
   */
  private Finding tooLarge(long size, boolean truncated) {
    return Finding.builder()
        .code(LIMIT)
        .messageKey(LIMIT + (truncated ? ".sizeRead" : ".size"))
        .severity(Severity.ERROR)
        .line(1)
        .column(1)
        .addArguments(Long.toString(size), Long.toString(limits.maxDocumentBytes()))
        .build();
  }

  /** Parses UTF-8 (or UTF-16/32, detected by Jackson) JSON bytes into a tree. Never throws for bad input. */
  public Parsed parse(byte[] json) {
    Finding refused = precheck(json);
    if (refused != null) {
      return new Parsed(null, refused);
    }
    // One value, then the end: anything after the root value is trailing content (RL-JSON-007),
    // also when it is not a valid token ("{} xyz", "{} }"), which readTree would call malformed.
    JsonMapper m = mapper();
    JsonParser p = null;
    try { // closed after the catch: an exceeded limit is located from where the open parser stopped
      p = m.createParser(json); // detects the encoding: may throw
      JsonNode tree = m.readTree(p);
      if (tree != null && !tree.isMissingNode()) {
        Finding trailing = trailing(p, json);
        if (trailing != null) {
          return new Parsed(null, trailing);
        }
      }
      if (tree == null || tree.isMissingNode()) {
        return new Parsed(null, empty());
      }
      return new Parsed(tree, null);
    } catch (JacksonException e) {
      return new Parsed(null, toFinding(e, json, p));
    } finally {
      close(p);
    }
  }

  /** The trailing-content finding if anything but whitespace follows the root value, else null. */
  public Finding trailing(JsonParser p, byte[] json) {
    TokenStreamLocation loc;
    try {
      if (p.nextToken() == null) {
        return null;
      }
      loc = p.currentTokenLocation();
    } catch (JacksonException e) {
      loc = e.getLocation();
    }
    Finding.Builder f = Finding.builder().code(TRAILING).severity(Severity.ERROR);
    if (loc != null && loc.getByteOffset() >= 0) {
      int[] lc = lineColumn(json, loc.getByteOffset());
      f.line(lc[0]).column(lc[1]);
    }
    return f.build();
  }

  /**
   * Refuses, before parsing, input over the size limit and input that is not UTF-8 (RFC 8259 §8.1:
   * JSON exchanged between systems is UTF-8; Jackson would silently read UTF-16 and UTF-32, and line
   * and column would then be wrong). A UTF-8 byte-order mark is accepted. Returns null if the input
   * may be parsed.
   */
  public Finding precheck(byte[] json) {
    if (json.length > limits.maxDocumentBytes()) {
      return tooLarge(json.length);
    }
    String encoding = nonUtf8Encoding(json);
    if (encoding != null) {
      return Finding.builder()
          .code(MALFORMED)
          .messageKey(MALFORMED + ".encoding")
          .severity(Severity.ERROR)
          .line(1)
          .column(1)
          .addArguments(encoding)
          .build();
    }
    return null;
  }

  /** Closes a parser, if there is one. */
  public static void close(JsonParser p) {
    if (p != null) {
      p.close();
    }
  }

  /**
   * The name of a UTF-16 or UTF-32 encoding recognised by its BOM or zero bytes, {@code UCS-4} for
   * two or more zero bytes among the first four in another order (which Jackson cannot read either),
   * or null.
   */
  static String nonUtf8Encoding(byte[] b) {
    int n = b.length;
    int b0 = n > 0 ? b[0] & 0xFF : -1;
    int b1 = n > 1 ? b[1] & 0xFF : -1;
    int b2 = n > 2 ? b[2] & 0xFF : -1;
    int b3 = n > 3 ? b[3] & 0xFF : -1;
    if (b0 == 0 && b1 == 0 && (b2 == 0xFE && b3 == 0xFF || b2 == 0 && b3 > 0)) {
      return "UTF-32BE";
    }
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0 || b0 > 0 && b1 == 0 && b2 == 0 && b3 == 0) {
      return "UTF-32LE";
    }
    if (b0 == 0xFE && b1 == 0xFF || b0 == 0 && b1 > 0) {
      return "UTF-16BE";
    }
    if (b0 == 0xFF && b1 == 0xFE || b0 > 0 && b1 == 0) {
      return "UTF-16LE";
    }
    if ((b0 == 0 ? 1 : 0) + (b1 == 0 ? 1 : 0) + (b2 == 0 ? 1 : 0) + (b3 == 0 ? 1 : 0) >= 2) {
      return "UCS-4";
    }
    return null;
  }

  /**
   * The finding that stands for {@code count} findings past the limit of {@code max} per document:
   * at the first of them, with the highest severity among them.
   */
  public static Finding omitted(Finding first, Severity severity, int count, int max) {
    Finding.Builder f =
        Finding.builder()
            .code(OMITTED)
            .severity(severity)
            .path(first.path())
            .addArguments(Integer.toString(count), Integer.toString(max));
    first.line().ifPresent(f::line);
    first.column().ifPresent(f::column);
    return f.build();
  }

  /** The finding for input with no JSON value at all. */
  public static Finding empty() {
    return Finding.builder()
        .code(MALFORMED)
        .messageKey(MALFORMED + ".empty")
        .severity(Severity.ERROR)
        .line(1)
        .column(1)
        .build();
  }

  /**
   * The problems of a read, with line and column: from the byte offset recorded with each problem,
   * or, for problems found in a tree (no offsets), by one scan of the source for their pointers.
   */
  public List<Finding> located(byte[] json, ReadContext ctx) {
    List<Finding> problems = ctx.problems();
    long[] offsets = new long[problems.size()];
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = ctx.offset(i);
    }
    List<Finding> all = new ArrayList<>(locateAll(json, problems, offsets));
    all.addAll(locatedWarnings(json, ctx));
    return List.copyOf(all);
  }

  /**
   * The warnings of a read, with line and column, as {@link #located} does for problems, and last the
   * finding that counts those past the limit, if any.
   */
  public List<Finding> locatedWarnings(byte[] json, ReadContext ctx) {
    List<Finding> warnings = ctx.warnings();
    Finding omitted = ctx.omittedFinding();
    if (warnings.isEmpty() && omitted == null) {
      return List.of();
    }
    List<Finding> items = new ArrayList<>(warnings);
    long[] offsets = new long[warnings.size() + (omitted == null ? 0 : 1)];
    for (int i = 0; i < warnings.size(); i++) {
      offsets[i] = ctx.warningOffset(i);
    }
    if (omitted != null) {
      items.add(omitted);
      offsets[warnings.size()] = ctx.omittedOffset();
    }
    return locateAll(json, items, offsets);
  }

  private List<Finding> locateAll(byte[] json, List<Finding> items, long[] recorded) {
    long[] offsets = new long[items.size()];
    List<Finding> unplaced = new ArrayList<>();
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = items.get(i).line().isPresent() ? -1 : recorded[i];
      if (offsets[i] < 0 && items.get(i).line().isEmpty()) {
        unplaced.add(items.get(i));
      }
    }
    int[][] lc = lineColumns(json, offsets);
    List<Finding> byTree = unplaced.isEmpty() ? List.of() : locate(json, unplaced);
    List<Finding> out = new ArrayList<>(offsets.length);
    int t = 0;
    for (int i = 0; i < offsets.length; i++) {
      Finding f = items.get(i);
      if (f.line().isPresent()) {
        out.add(f);
      } else if (offsets[i] >= 0) {
        out.add(f.at(lc[i][0], lc[i][1]));
      } else {
        out.add(byTree.get(t++));
      }
    }
    return List.copyOf(out);
  }

  /** Converts a Jackson exception into the one finding that says why the input is unreadable. */
  public Finding toFinding(JacksonException e, byte[] json) {
    return toFinding(e, json, null);
  }

  /**
   * As {@link #toFinding(JacksonException, byte[])}, with the parser that was reading: Jackson throws
   * an exceeded limit without location or parser, and the parser still knows where it was.
   */
  public Finding toFinding(JacksonException e, byte[] json, JsonParser reading) {
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
      f.code(DUPLICATE).addArguments(name);
    } else if (message.startsWith("Trailing token")) {
      f.code(TRAILING);
    } else if (e instanceof StreamReadException || e.getCause() instanceof java.io.CharConversionException) {
      // Bytes that are not text in the encoding read are malformed input, not an I/O failure.
      f.code(MALFORMED).addArguments(firstSentence(message));
    } else {
      f.code("RL-JSON-010").addArguments(firstSentence(message));
    }
    TokenStreamLocation loc = e.getLocation();
    long offset = loc == null ? -1 : loc.getByteOffset();
    if (offset < 0 && reading != null) {
      offset = crossedAt(reading, json, inName);
    }
    if (offset >= 0 || loc != null) {
      int[] lc = offset >= 0 ? lineColumn(json, offset) : null;
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
    f.code(LIMIT);
    java.util.regex.Matcher m = CONSTRAINT.matcher(message);
    if (!m.find()) {
      f.addArguments(firstSentence(message));
      return;
    }
    String key;
    switch (m.group(1)) {
      case "Document nesting depth":
        key = ".depth";
        break;
      case "Number value length":
        key = ".number";
        break;
      case "String value length":
        key = ".string";
        break;
      case "Name length":
        key = ".name";
        break;
      default:
        key = ".size";
    }
    f.messageKey(LIMIT + key).addArguments(m.group(2), m.group(3));
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

  /**
   * Adds line and column to findings read from {@code json}, by one streaming pass that stops when
   * all are found. A finding whose pointer names no token (a missing member) gets the location of
   * its nearest ancestor. Only called when there are findings, so the fast path parses once.
   */
  public List<Finding> locate(byte[] json, List<Finding> findings) {
    Set<String> wanted = new HashSet<>();
    for (Finding f : findings) {
      for (String p = f.path(); ; p = p.substring(0, p.lastIndexOf('/'))) {
        wanted.add(p);
        if (p.isEmpty()) {
          break;
        }
      }
    }
    Map<String, Long> names = new HashMap<>();
    Map<String, Long> offsets = offsets(json, wanted, names);
    long[] at = new long[findings.size()];
    for (int i = 0; i < at.length; i++) {
      Finding f = findings.get(i);
      // As when binding from bytes: an unknown member at its name, any other problem at its value,
      // a missing member at the start of its object.
      Long offset = ObjectCodec.UNKNOWN_FIELD.equals(f.code()) ? names.get(f.path()) : null;
      for (String p = f.path(); offset == null; p = p.substring(0, p.lastIndexOf('/'))) {
        offset = offsets.get(p);
        if (p.isEmpty()) {
          break;
        }
      }
      at[i] = f.line().isPresent() || offset == null ? -1 : offset;
    }
    int[][] lc = lineColumns(json, at);
    List<Finding> located = new ArrayList<>(findings.size());
    for (int i = 0; i < at.length; i++) {
      located.add(at[i] < 0 ? findings.get(i) : findings.get(i).at(lc[i][0], lc[i][1]));
    }
    return located;
  }

  /**
   * The byte offset of the value at each wanted pointer; the offsets of member names go to
   * {@code names}. {@code wanted} holds every ancestor of a wanted pointer too, so the scan descends
   * only into wanted subtrees and skips the rest without building a pointer for each token.
   */
  private Map<String, Long> offsets(byte[] json, Set<String> wanted, Map<String, Long> names) {
    Map<String, Long> found = new HashMap<>();
    try (JsonParser p = createParser(json)) {
      if (p.nextToken() != null) {
        visit(p, "", wanted, found, names);
      }
    } catch (JacksonException e) {
      // Only readable documents get here; whatever was found is good enough.
    }
    return found;
  }

  /** Records the value the parser is on at {@code pointer}, then its wanted children; ends on its last token. */
  private static void visit(
      JsonParser p, String pointer, Set<String> wanted, Map<String, Long> found, Map<String, Long> names) {
    found.putIfAbsent(pointer, p.currentTokenLocation().getByteOffset());
    if (p.currentToken() == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String child = pointer + "/" + p.currentName().replace("~", "~0").replace("/", "~1");
        boolean want = wanted.contains(child);
        if (want) {
          names.putIfAbsent(child, p.currentTokenLocation().getByteOffset());
        }
        p.nextToken();
        if (want) {
          visit(p, child, wanted, found, names);
        } else {
          p.skipChildren();
        }
      }
    } else if (p.currentToken() == JsonToken.START_ARRAY) {
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        String child = pointer + "/" + i++;
        if (wanted.contains(child)) {
          visit(p, child, wanted, found, names);
        } else {
          p.skipChildren();
        }
      }
    }
  }

  /**
   * 1-based line and column (in code points) of each byte offset into UTF-8 text, in one pass;
   * entries for negative offsets are null.
   */
  static int[][] lineColumns(byte[] utf8, long[] offsets) {
    // Sort (offset, index) pairs packed in longs: offsets are below 2^31 (arrays), and so are indexes.
    long[] order = new long[offsets.length];
    int n = 0;
    for (int i = 0; i < offsets.length; i++) {
      if (offsets[i] >= 0) {
        order[n++] = Math.min(offsets[i], Integer.MAX_VALUE) << 32 | i;
      }
    }
    java.util.Arrays.sort(order, 0, n);
    int[][] result = new int[offsets.length][];
    int line = 1;
    int lineStart = 0;
    int pos = 0; // lines are counted up to here
    int columnAt = 0; // the column is known up to here, on the line starting at lineStart
    int column = 1;
    for (int o = 0; o < n; o++) {
      int k = (int) order[o];
      int end = (int) Math.min(offsets[k], utf8.length);
      int from = pos;
      int words = (end - pos) >>> 3;
      line += countNewlines(utf8, pos, words);
      pos += words << 3;
      for (; pos < end; pos++) {
        if (utf8[pos] == '\n') {
          line++;
        }
      }
      for (int i = end - 1; i >= from; i--) {
        if (utf8[i] == '\n') {
          lineStart = i + 1;
          break;
        }
      }
      // Columns in code points: counted on from the previous offset when it is on the same line,
      // so that a one-line (minified) document is still read once, not once per finding.
      if (columnAt < lineStart) {
        columnAt = lineStart;
        column = 1;
      }
      for (; columnAt < end; columnAt++) {
        int b = utf8[columnAt] & 0xFF;
        // Count lead bytes only: one per code point. A BOM (EF BB BF) is not a column.
        if ((b & 0xC0) != 0x80 && !(columnAt == 0 && b == 0xEF)) {
          column++;
        }
      }
      result[k] = new int[] {line, column};
    }
    return result;
  }

  /**
   * How many {@code '\n'} bytes the {@code words} eight-byte words from {@code from} hold. Each word's
   * newline bytes become a 1 in their byte of an accumulator, summed without a branch: a loop the
   * compiler vectorises, faster than a bit count per word. A byte lane holds at most 255, so the
   * lanes are added up every 255 words.
   */
  static int countNewlines(byte[] utf8, int from, int words) {
    int count = 0;
    int pos = from;
    int end = from + (words << 3);
    while (pos < end) {
      int batchEnd = end - pos > (255 << 3) ? pos + (255 << 3) : end; // no int overflow near 2 GB
      long lanes = 0;
      for (; pos < batchEnd; pos += 8) {
        lanes += newlineBytes((long) LITTLE_ENDIAN_LONGS.get(utf8, pos)) >>> 7;
      }
      lanes = (lanes & 0x00FF00FF00FF00FFL) + ((lanes >>> 8) & 0x00FF00FF00FF00FFL);
      count += (int) ((lanes * 0x0001000100010001L) >>> 48);
    }
    return count;
  }

  private static final java.lang.invoke.VarHandle LITTLE_ENDIAN_LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  /**
   * The high bit of each byte of {@code word} that is {@code '\n'}, and no other bit: exact, with no
   * borrow between bytes (the classic "has zero byte" test on {@code word ^ 0x0A…}).
   */
  static long newlineBytes(long word) {
    long x = word ^ 0x0A0A0A0A0A0A0A0AL;
    long t = (x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL;
    return ~(t | x | 0x7F7F7F7F7F7F7F7FL);
  }

  /** 1-based line and column (in code points) of a byte offset into UTF-8 text. */
  public static int[] lineColumn(byte[] utf8, long byteOffset) {
    int line = 1;
    int column = 1;
    long end = Math.min(byteOffset, utf8.length);
    for (int i = 0; i < end; i++) {
      int b = utf8[i] & 0xFF;
      if (b == '\n') {
        line++;
        column = 1;
      } else if ((b & 0xC0) != 0x80) {
        // Count lead bytes only: one per code point. A BOM (EF BB BF) is not a column.
        if (!(i == 0 && b == 0xEF && utf8.length > 2 && (utf8[1] & 0xFF) == 0xBB)) {
          column++;
        }
      }
    }
    return new int[] {line, column};
  }

  /** The mapper on this set-up, built on first use; also for benchmark baselines. */
  public JsonMapper mapper() {
    JsonMapper m = mapper;
    if (m == null) {
      synchronized (this) {
        m = mapper;
        if (m == null) {
          m =
              JsonMapper.builder(factory)
                  // parse() checks what follows the root value itself: with this feature on, readTree
                  // would call "{} }" malformed (RL-JSON-001) instead of trailing content (RL-JSON-007).
                  .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                  .build();
          mapper = m;
        }
      }
    }
    return m;
  }

  /** A writer with the library's pretty printer, built on first use. */
  public tools.jackson.databind.ObjectWriter prettyWriter() {
    tools.jackson.databind.ObjectWriter w = prettyWriter;
    if (w == null) {
      // Two threads may each build one; they are equal, and either may be kept.
      w = mapper().writer().with(PRETTY);
      prettyWriter = w;
    }
    return w;
  }

  /** Writes pretty JSON, UTF-8, two-space indent, {@code \n} line ends, a final newline. */
  public byte[] write(java.util.function.Consumer<JsonGenerator> body) {
    // Through the writer's own byte path: its output buffers are pooled, which makes writing a
    // letter as cheap as Jackson writing the same tree.
    return prettyWriter().writeValueAsBytes(
        new tools.jackson.databind.JacksonSerializable.Base() {
          @Override
          public void serialize(JsonGenerator g, tools.jackson.databind.SerializationContext context) {
            body.accept(g);
            g.writeRaw('\n');
          }

          @Override
          public void serializeWithType(
              JsonGenerator g,
              tools.jackson.databind.SerializationContext context,
              tools.jackson.databind.jsontype.TypeSerializer typeSerializer) {
            serialize(g, context);
          }
        });
  }

  private static final DefaultPrettyPrinter PRETTY;

  static {
    // Same bytes as Jackson's DefaultIndenter("  ", "\n"), copied pre-encoded (EncodedIndenter).
    DefaultPrettyPrinter.Indenter indenter = new EncodedIndenter();
    DefaultPrettyPrinter pp =
        new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
    pp.indentArraysWith(indenter);
    pp.indentObjectsWith(indenter);
    PRETTY = pp;
  }
}
