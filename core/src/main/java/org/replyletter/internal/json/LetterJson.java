package org.replyletter.internal.json;

import java.util.List;
import org.replyletter.ReplyLetter;
import org.replyletter.validation.Finding;
import tools.jackson.databind.JsonNode;

/**
 * Reads and writes the letter's JSON document: the root object with {@code schemaVersion} and the
 * members of {@link LetterCodecs#LETTER}. Parses once into a tree and binds the tree, so that callers
 * needing the tree too (schema validation) get it without a second parse. Thread-safe.
 */
public final class LetterJson {
  /** The schema version written. */
  public static final String SCHEMA_VERSION = LetterCodecs.SCHEMA_VERSION;
  /** Unsupported schema version. */
  public static final String UNSUPPORTED_VERSION = "RL-JSON-008";

  private final JsonSupport support;

  /** A reader and writer on the given Jackson set-up. */
  public LetterJson(JsonSupport support) {
    this.support = support;
  }

  /** The Jackson set-up. */
  public JsonSupport support() {
    return support;
  }

  /** The outcome of a read: the tree if the bytes parsed, the letter if it bound, and the located problems. */
  public static final class Result {
    private final JsonNode tree;
    private final ReplyLetter letter;
    private final List<Finding> findings;

    Result(JsonNode tree, ReplyLetter letter, List<Finding> findings) {
      this.tree = tree;
      this.letter = letter;
      this.findings = findings;
    }

    /** The parsed tree, or null if the bytes are not JSON. */
    public JsonNode tree() {
      return tree;
    }

    /** The letter, or null if there were problems. */
    public ReplyLetter letter() {
      return letter;
    }

    /** The problems, located; empty when the letter was read. */
    public List<Finding> findings() {
      return findings;
    }
  }

  /** Parses and binds; never throws for bad input. */
  public Result read(byte[] json) {
    JsonSupport.Parsed parsed = support.parse(json);
    if (parsed.tree() == null) {
      return new Result(null, null, List.of(parsed.failure()));
    }
    return bind(parsed.tree(), json);
  }

  /** Binds an already parsed tree; {@code json} is the source, used only to locate problems. */
  public Result bind(JsonNode tree, byte[] json) {
    ReadContext ctx = new ReadContext();
    ReplyLetter letter = null;
    if (!tree.isObject()) {
      Codecs.wrongType(tree, ctx, "object");
    } else {
      checkVersion(tree.get("schemaVersion"), ctx);
      letter = LetterCodecs.LETTER.read(tree, ctx);
    }
    if (ctx.problemCount() == 0) {
      return new Result(tree, letter, List.of());
    }
    return new Result(tree, null, List.copyOf(support.locate(json, ctx.problems())));
  }

  private static void checkVersion(JsonNode version, ReadContext ctx) {
    if (version == null) {
      ctx.problemAt("/schemaVersion", ObjectCodec.MISSING_FIELD, ObjectCodec.MISSING_FIELD, "schemaVersion");
      return;
    }
    ctx.push("schemaVersion");
    if (!version.isString()) {
      Codecs.wrongType(version, ctx, "string");
    } else if (!isSupported(version.stringValue())) {
      ctx.problem(UNSUPPORTED_VERSION, UNSUPPORTED_VERSION, version.stringValue(), "1.x");
    }
    ctx.pop();
  }

  /** True for {@code 1} and {@code 1.<minor>}: minor versions only add optional members. */
  static boolean isSupported(String v) {
    return v.equals("1") || v.matches("1\\.[0-9]{1,4}");
  }

  /** Writes the document. */
  public byte[] write(ReplyLetter letter) {
    return support.write(
        g -> {
          g.writeStartObject();
          g.writeName("schemaVersion");
          g.writeString(SCHEMA_VERSION);
          LetterCodecs.LETTER.writeMembers(letter, g);
          g.writeEndObject();
        });
  }
}
