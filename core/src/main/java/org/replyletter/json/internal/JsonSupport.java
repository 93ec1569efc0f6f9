package org.replyletter.json.internal;

import java.util.List;
import org.replyletter.diagnostics.Finding;
import org.replyletter.diagnostics.Severity;
import org.replyletter.json.JsonInputException;
import org.replyletter.json.ReadLimits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one strict JSON reader of the library, for letters, subsidy forms and the json-schema module:
 * Jackson set up once with the {@link ReadLimits} (duplicate keys, trailing content and limits are
 * errors), the encoding policy (UTF-8 only), parsing into a tree, and deterministic pretty writing.
 * Reading bounded input ({@link BoundedInput}), turning Jackson's failures into findings
 * ({@link JacksonFailures}) and locating findings ({@link FindingLocator}, {@link LineColumns}) are
 * classes of their own; this one is where callers find them. Immutable and thread-safe.
 */
public final class JsonSupport {
  private final JsonFactory factory;
  private final ReadLimits limits;
  private final BoundedInput input;
  private final FindingLocator locator;
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
    this.input = new BoundedInput(limits);
    this.locator = new FindingLocator(this);
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
   * failure {@code RL-JSON-010}, both as {@link JsonInputException} named after the file.
   */
  public byte[] readFile(java.nio.file.Path file) {
    return input.readFile(file);
  }

  /** Reads a stream, which this method does not close, up to the document-size limit. */
  public byte[] readStream(java.io.InputStream in, String sourceName) {
    return input.readStream(in, sourceName);
  }

  /**
   * The bytes of a stream up to the document-size limit, or {@link JsonInputException} with
   * {@code RL-JSON-009}; I/O failures are thrown as they are.
   */
  public byte[] readBounded(java.io.InputStream in, String sourceName) throws java.io.IOException {
    return input.readBounded(in, sourceName);
  }

  /** The finding for a document of {@code size} bytes over the size limit. */
  public Finding tooLarge(long size) {
    return input.tooLarge(size);
  }

  /** Parses UTF-8 JSON bytes into a tree. Never throws for bad input. */
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
    Finding.Builder f = Finding.builder().code(ReadCode.TRAILING.code()).severity(Severity.ERROR);
    if (loc != null && loc.getByteOffset() >= 0) {
      int[] lc = LineColumns.lineColumn(json, loc.getByteOffset());
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
          .code(ReadCode.MALFORMED.code())
          .messageKey(ReadCode.MALFORMED.key("encoding"))
          .severity(Severity.ERROR)
          .line(1)
          .column(1)
          .addArguments(encoding)
          .build();
    }
    return null;
  }

  /**
   * Returns {@code written} if the reader would accept its size; else throws
   * {@link org.replyletter.json.JsonOutputException} ({@code RL-JSON-009}): nothing is written that
   * this set-up would refuse to read back.
   */
  public byte[] requireReadable(byte[] written) {
    long max = limits.maxDocumentBytes();
    if (written.length > max) {
      throw new org.replyletter.json.JsonOutputException(
          Finding.builder()
              .code(ReadCode.LIMIT.code())
              .messageKey(ReadCode.LIMIT.key("written"))
              .severity(Severity.ERROR)
              .addArguments(Integer.toString(written.length), Long.toString(max))
              .build());
    }
    return written;
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
            .code(ReadCode.OMITTED.code())
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
        .code(ReadCode.MALFORMED.code())
        .messageKey(ReadCode.MALFORMED.key("empty"))
        .severity(Severity.ERROR)
        .line(1)
        .column(1)
        .build();
  }

  /** The problems, then the warnings of a read, located (see {@link FindingLocator}). */
  public List<Finding> located(byte[] json, ReadContext ctx) {
    return locator.located(json, ctx);
  }

  /** The warnings of a read, located, and last the finding that counts those past the limit. */
  public List<Finding> locatedWarnings(byte[] json, ReadContext ctx) {
    return locator.locatedWarnings(json, ctx);
  }

  /** Adds line and column to findings about {@code json} by their pointers, in one streaming pass. */
  public List<Finding> locate(byte[] json, List<Finding> findings) {
    return locator.locate(json, findings);
  }

  /**
   * As {@link #locate(byte[], List)}, with the findings to place at their member's name rather than
   * its value (such as a schema's "unknown member").
   */
  public List<Finding> locate(byte[] json, List<Finding> findings, java.util.function.Predicate<Finding> atName) {
    return locator.locate(json, findings, atName);
  }

  /** Converts a Jackson exception into the one finding that says why the input is unreadable. */
  public Finding toFinding(JacksonException e, byte[] json) {
    return JacksonFailures.toFinding(e, json, null);
  }

  /** As {@link #toFinding(JacksonException, byte[])}, located from the parser that was reading. */
  public Finding toFinding(JacksonException e, byte[] json, JsonParser reading) {
    return JacksonFailures.toFinding(e, json, reading);
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

  /** The library's pretty printer (a new instance of it: Jackson copies one per generator anyway). */
  public static DefaultPrettyPrinter prettyPrinter() {
    return PRETTY.createInstance();
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
