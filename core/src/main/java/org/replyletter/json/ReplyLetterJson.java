package org.replyletter.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.replyletter.ReplyLetter;
import org.replyletter.json.internal.JsonSupport;
import org.replyletter.json.internal.LetterJson;

/**
 * Reads and writes {@link ReplyLetter}s as JSON: the one entry point for the JSON form.
 *
 * <h2>Reading</h2>
 *
 * Reading is strict by default ({@link #lenient()} keeps unknown members and reads full-width digits
 * where a number belongs, with a warning): an unknown member, a duplicate key, a wrong type, a {@code null}, a missing
 * required member, an invalid value (a document number, date or enum value that cannot be read),
 * trailing content or an unsupported {@code schemaVersion} makes the input unreadable, and
 * {@link JsonInputException} reports <em>all</em> such problems at once, each with JSON Pointer,
 * line and column. Document numbers in a wrong but readable form (e.g. {@code [2024]}) are read and
 * normalised; validation warns about them.
 *
 * <h2>Writing</h2>
 *
 * Writing is deterministic: UTF-8, members in a fixed order, Chinese not escaped, absent optional
 * members omitted, lists always written (an empty one as {@code []}; {@code additionalProposals},
 * added in 1.1, only when not empty), two-space indent and {@code \n} line ends. The same letter
 * always gives the same bytes, and reading what was written gives an equal letter.
 *
 * <h2>Versions</h2>
 *
 * A letter is written with the oldest {@code schemaVersion} whose schema accepts it: {@code 1.0}
 * unless it uses something added in 1.1 (a proposal reference without channel, body or number,
 * {@code additionalProposals}, {@code handlingRole}), then {@code 1.1}. A letter that fits 1.0 is
 * thus written byte for byte as before, and readers of 1.0 keep reading it. Reading accepts
 * {@code 1} and any {@code 1.<minor>} and applies the newest form, which accepts every 1.0 document.
 *
 * <p>Instances are immutable and thread-safe; share one.
 *
 * @since 0.1.0
 */
public final class ReplyLetterJson {
  /**
   * The newest {@code schemaVersion} this library writes ({@code 1.1}); a letter that uses nothing
   * added in 1.1 is written as {@code 1.0}. It reads any {@code 1.x}.
   */
  public static final String SCHEMA_VERSION = LetterJson.SCHEMA_VERSION;

  private static final ReplyLetterJson DEFAULT = new ReplyLetterJson(ReadLimits.defaults(), false);
  private static final ReplyLetterJson LENIENT = new ReplyLetterJson(ReadLimits.defaults(), true);

  private final LetterJson json;
  private final boolean lenient;

  private ReplyLetterJson(ReadLimits limits, boolean lenient) {
    this.json = new LetterJson(new JsonSupport(limits), lenient);
    this.lenient = lenient;
  }

  /**
   * Returns the shared strict instance with the {@linkplain ReadLimits#defaults() default limits}.
   *
   * @return the shared instance
   */
  public static ReplyLetterJson defaults() {
    return DEFAULT;
  }

  /**
   * Returns the shared lenient instance: like {@link #defaults()}, except that members this version
   * does not know are kept in the values' {@code unknownMembers()} instead of being errors, and
   * written back unchanged after the known members; and a string of full-width digits where a number
   * belongs is read as the number, with a warning (see {@link #readWithWarnings}). A letter from a newer schema version (same
   * major version) thus survives a round trip through this version. Everything else stays strict.
   *
   * @return the shared lenient instance
   */
  public static ReplyLetterJson lenient() {
    return LENIENT;
  }

  /**
   * Returns a copy of this reader and writer with other limits.
   *
   * @param limits the limits; not null
   * @return a new instance, strict or lenient as this one
   */
  public ReplyLetterJson withLimits(ReadLimits limits) {
    return new ReplyLetterJson(Objects.requireNonNull(limits, "limits"), lenient);
  }

  /**
   * Returns the limits in force.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return json.support().limits();
  }

  /**
   * Reads a letter from UTF-8 JSON bytes.
   *
   * @param json the bytes; not null
   * @param sourceName a name for messages, such as a file name; null if none
   * @return the letter
   * @throws JsonInputException if the input cannot be read into a letter
   */
  public ReplyLetter read(byte[] json, String sourceName) {
    return readWithWarnings(json, sourceName).letter();
  }

  /**
   * Reads a letter from UTF-8 JSON bytes, with the warnings of the read. Only {@linkplain #lenient()
   * lenient} reading warns: it reads a string of full-width digits where a number belongs
   * ({@code "term": "１４"}, typed with a Chinese input method) as that number, with the warning
   * {@code RL-JSON-011} at its JSON Pointer. Strict reading refuses it ({@code RL-JSON-004}).
   *
   * @param json the bytes; not null
   * @param sourceName a name for messages, such as a file name; null if none
   * @return the letter and the warnings
   * @throws JsonInputException if the input cannot be read into a letter
   * @since 0.1.0
   */
  public ReadResult readWithWarnings(byte[] json, String sourceName) {
    Objects.requireNonNull(json, "json");
    LetterJson.Result r = this.json.readLetter(json);
    if (r.letter() == null) {
      throw new JsonInputException(sourceName, r.findings(), null);
    }
    return new ReadResult(r.letter(), r.findings());
  }

  /**
   * Reads a letter from a JSON string.
   *
   * @param json the JSON text; not null
   * @return the letter
   * @throws JsonInputException if the input cannot be read into a letter
   */
  public ReplyLetter read(String json) {
    return read(Objects.requireNonNull(json, "json").getBytes(StandardCharsets.UTF_8), null);
  }

  /**
   * Reads a letter from a UTF-8 JSON file.
   *
   * @param file the file; not null
   * @return the letter
   * @throws JsonInputException if the file cannot be read, or not into a letter (an I/O failure has
   *     code {@code RL-JSON-010})
   */
  public ReplyLetter read(Path file) {
    Objects.requireNonNull(file, "file");
    return read(json.support().readFile(file), file.toString());
  }

  /**
   * Reads a letter from a stream of UTF-8 JSON, which this method does not close.
   *
   * @param in the stream; not null
   * @param sourceName a name for messages; null if none
   * @return the letter
   * @throws JsonInputException if the stream cannot be read, or not into a letter
   */
  public ReplyLetter read(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    return read(json.support().readStream(in, sourceName), sourceName);
  }

  /**
   * Writes a letter as UTF-8 JSON.
   *
   * @param letter the letter; not null
   * @return the bytes, ending with a newline
   * @throws JsonOutputException if the JSON would be over this instance's
   *     {@linkplain ReadLimits#maxDocumentBytes() document-size limit}, which reading it back would
   *     refuse
   */
  public byte[] write(ReplyLetter letter) {
    return json.support().requireReadable(json.write(Objects.requireNonNull(letter, "letter")));
  }

  /**
   * Writes a letter as a JSON string.
   *
   * @param letter the letter; not null
   * @return the JSON text, ending with a newline
   * @throws JsonOutputException if the JSON would be over the document-size limit
   */
  public String writeString(ReplyLetter letter) {
    return new String(write(letter), StandardCharsets.UTF_8);
  }

  /**
   * Writes a letter as UTF-8 JSON to a stream, which this method does not close.
   *
   * @param letter the letter; not null
   * @param out the stream; not null
   * @throws UncheckedIOException if writing fails
   * @throws JsonOutputException if the JSON would be over the document-size limit; nothing is written
   */
  public void write(ReplyLetter letter, OutputStream out) {
    try {
      out.write(write(letter));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
