package org.replyletter.json.internal;

import java.util.List;
import org.replyletter.ReplyLetter;
import org.replyletter.diagnostics.Finding;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.databind.JsonNode;

/**
 * Reads and writes the letter's JSON document: the root object with {@code schemaVersion} and the
 * members of {@link LetterCodecs#LETTER}. One codec, always driven by the bytes:
 * {@link #readLetter(byte[])} binds the letter (with locations for free); {@link #read(byte[])} also
 * builds the tree in the same pass, for callers that need it (schema validation); {@link #bind}
 * binds a tree parsed elsewhere. Thread-safe.
 */
public final class LetterJson {
  /** The newest schema version written ({@link LetterCodecs#versionFor}: the oldest that accepts the letter). */
  public static final String SCHEMA_VERSION = LetterCodecs.SCHEMA_VERSION;

  private final JsonSupport support;
  private final boolean lenient;

  /** A reader and writer on the given Jackson set-up, lenient (unknown members kept, full-width digits read) or strict. */
  public LetterJson(JsonSupport support, boolean lenient) {
    this.support = support;
    this.lenient = lenient;
  }

  /** A strict reader and writer on the given Jackson set-up. */
  public LetterJson(JsonSupport support) {
    this(support, false);
  }

  private ReadContext newContext() {
    return new ReadContext(lenient, support.limits());
  }

  /** The Jackson set-up. */
  public JsonSupport support() {
    return support;
  }

  /** The outcome of a read: the tree if one was built, the letter if it bound, and the located problems. */
  public static final class Result {
    private final JsonNode tree;
    private final ReplyLetter letter;
    private final List<Finding> findings;
    private Positions positions;
    private boolean mayHoldInvisible = true;
    private List<String> blankTexts;

    Result(JsonNode tree, ReplyLetter letter, List<Finding> findings) {
      this.tree = tree;
      this.letter = letter;
      this.findings = findings;
    }

    /**
     * False only when the letter was read and no string of it holds a character rule RL-TXT-001
     * reports, so that the rule would find nothing; true when that is not known.
     */
    public boolean mayHoldInvisible() {
      return mayHoldInvisible;
    }

    /**
     * The JSON Pointers of the letter's blank texts ({@link String#isBlank()}), in document order,
     * when the read noted them (reads for validation); null when that is not known. Each is a place
     * where a {@code @NotBlank} constraint of the model fails.
     */
    public List<String> blankTexts() {
      return blankTexts;
    }

    /** Where each value starts, when the read recorded it; else null. */
    public Positions positions() {
      return positions;
    }

    /** The parsed tree, or null if the bytes are not JSON or no tree was built. */
    public JsonNode tree() {
      return tree;
    }

    /** The letter, or null if there were problems. */
    public ReplyLetter letter() {
      return letter;
    }

    /**
     * The problems, then the warnings (lenient reading's corrections), located, in the order found;
     * only warnings, if any, when the letter was read.
     */
    public List<Finding> findings() {
      return findings;
    }
  }

  /**
   * Initialises the codecs of the model, a few hundred classes and lambdas in a fresh JVM; for
   * {@code LetterValidator.prepare()}.
   */
  public static void prepare() {
    java.util.Objects.requireNonNull(LetterCodecs.LETTER); // reading the field initialises the class
  }

  /** Binds straight from the bytes, without a tree; never throws for bad input. */
  public Result readLetter(byte[] json) {
    return readLetter(json, false);
  }

  /**
   * Binds straight from the bytes; with {@code positions} (for validation), also records where each
   * value starts, so that findings about the letter can be located without a second parse, and notes
   * whether any string holds a character rule RL-TXT-001 reports ({@link Result#mayHoldInvisible()})
   * and where a text is blank ({@link Result#blankTexts()}).
   */
  public Result readLetter(byte[] json, boolean positions) {
    return readLetter(json, positions, false);
  }

  /**
   * Reads; unreadable input (any exception, a duplicate member included) is read again with
   * Jackson's own duplicate detection, so that the outcome is exactly Jackson's ({@link Duplicates}).
   */
  private Result readLetter(byte[] json, boolean positions, boolean jacksonDuplicates) {
    Finding refused = support.precheck(json);
    if (refused != null) {
      return new Result(null, null, List.of(refused));
    }
    ReadContext ctx = newContext();
    if (positions) {
      // For validation, which locates its findings, and can skip RL-TXT-001 when no string needs it.
      ctx.recordPositions();
      ctx.noteInvisibleCharacters();
    }
    ReplyLetter letter = null;
    // Closed after the catch, not before as try-with-resources would: an exceeded limit is located
    // from where the open parser stopped. Created inside the try: creating it detects the encoding.
    JsonParser p = null;
    try {
      p = support.createLetterParser(json, jacksonDuplicates);
      if (p.nextToken() == null) {
        ctx.add(JsonSupport.empty());
      } else {
        ctx.mark(p);
        letter = LetterCodecs.LETTER.read(p, ctx);
        trailing(p, ctx);
      }
    } catch (JacksonException e) {
      if (!jacksonDuplicates) {
        return readLetter(json, positions, true);
      }
      ctx.add(support.toFinding(e, json, p));
    } finally {
      JsonSupport.close(p);
    }
    if (ctx.problemCount() == 0) {
      Result r = new Result(null, letter, support.locatedWarnings(json, ctx));
      r.positions = ctx.positions();
      r.mayHoldInvisible = ctx.mayHoldInvisible();
      r.blankTexts = ctx.blankTexts();
      return r;
    }
    return new Result(null, null, support.located(json, ctx));
  }

  /**
   * Records trailing content after the root value: another value, or text that is no JSON token at
   * all ({@code {} xyz}, {@code {} }}), which the parser would otherwise report as malformed.
   */
  private static void trailing(JsonParser p, ReadContext ctx) {
    long offset;
    try {
      if (p.nextToken() == null) {
        return;
      }
      offset = ReadContext.offsetOf(p);
    } catch (JacksonException e) {
      offset = e.getLocation() == null ? -1 : e.getLocation().getByteOffset();
    }
    ctx.problemAt("", offset, ReadCode.TRAILING.code(), ReadCode.TRAILING.code());
  }

  /**
   * Binds from the bytes and builds the tree in the same pass, recording positions; never throws for
   * bad input. The outcome is that of {@link JsonSupport#parse} followed by {@link #bind}: bytes that
   * do not parse give only the parse failure and no tree; otherwise the tree, and the letter or the
   * reading problems, located from their byte offsets.
   */
  public Result read(byte[] json) {
    return read(json, false);
  }

  /** Reads; unreadable input is read again with Jackson's duplicate detection, as {@link #readLetter}. */
  private Result read(byte[] json, boolean jacksonDuplicates) {
    Finding refused = support.precheck(json);
    if (refused != null) {
      return new Result(null, null, List.of(refused));
    }
    ReadContext ctx = newContext();
    ctx.recordPositions();
    ctx.noteInvisibleCharacters();
    ReplyLetter letter = null;
    JsonNode tree;
    TreeRecordingParser p = null;
    try { // created and closed as in readLetter
      p = new TreeRecordingParser(support.createLetterParser(json, jacksonDuplicates));
      if (p.nextToken() == null) {
        return new Result(null, null, List.of(JsonSupport.empty()));
      }
      ctx.mark(p);
      letter = LetterCodecs.LETTER.read(p, ctx);
      // The codecs end on the root's last token, whatever they skipped; anything after it is
      // trailing content, which makes the document unparseable as a whole.
      Finding trailing = support.trailing(p, json);
      if (trailing != null) {
        return new Result(null, null, List.of(trailing));
      }
      tree = p.tree();
    } catch (JacksonException e) {
      if (!jacksonDuplicates) {
        return read(json, true);
      }
      return new Result(null, null, List.of(support.toFinding(e, json, p)));
    } finally {
      JsonSupport.close(p);
    }
    if (ctx.problemCount() == 0) {
      Result r = new Result(tree, letter, support.locatedWarnings(json, ctx));
      r.positions = ctx.positions();
      r.mayHoldInvisible = ctx.mayHoldInvisible();
      r.blankTexts = ctx.blankTexts();
      return r;
    }
    Result r = new Result(tree, null, support.located(json, ctx));
    r.positions = ctx.positions();
    return r;
  }

  /** Binds an already parsed tree; {@code json} is its source, used only to locate problems. */
  public Result bind(JsonNode tree, byte[] json) {
    ReadContext ctx = newContext();
    ReplyLetter letter;
    try (JsonParser p = tree.traverse(ObjectReadContext.empty())) {
      p.nextToken();
      letter = LetterCodecs.LETTER.read(p, ctx);
    }
    if (ctx.problemCount() == 0) {
      return new Result(tree, letter, support.locatedWarnings(json, ctx));
    }
    return new Result(tree, null, support.located(json, ctx));
  }

  /** Writes the document. */
  public byte[] write(ReplyLetter letter) {
    return support.write(
        g -> {
          g.writeStartObject();
          g.writeName("schemaVersion");
          g.writeString(LetterCodecs.versionFor(letter));
          LetterCodecs.LETTER.writeMembers(letter, g);
          g.writeEndObject();
        });
  }
}
