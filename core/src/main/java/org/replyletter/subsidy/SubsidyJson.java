package org.replyletter.subsidy;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.replyletter.json.JsonInputException;
import org.replyletter.json.JsonOutputException;
import org.replyletter.json.ReadLimits;
import org.replyletter.json.internal.JsonSupport;
import org.replyletter.subsidy.internal.DecisionJson;
import org.replyletter.subsidy.internal.RequestJson;
import org.replyletter.subsidy.internal.ScheduleJson;

/**
 * Reads and writes the JSON forms of training subsidies: the one entry point for requests, schedules
 * and decisions, as {@link org.replyletter.json.ReplyLetterJson} is for letters. The forms are
 * documented in {@code core/SUBSIDY.md} and published as JSON schemas; each form has its own
 * {@code schemaVersion} ({@link #REQUEST_SCHEMA_VERSION}, {@link #SCHEDULE_SCHEMA_VERSION},
 * {@link #DECISION_SCHEMA_VERSION}), written first and read as {@code 1} or {@code 1.<minor>}.
 *
 * <h2>Reading</h2>
 *
 * Reading is strict: an unknown or duplicate member, a wrong type, a {@code null}, a missing required
 * member, a value that cannot be read, trailing content or an unsupported {@code schemaVersion} makes
 * the input unreadable, and {@link JsonInputException} reports <em>all</em> such problems at once,
 * each with JSON Pointer, line and column. Every limit of this instance's {@link ReadLimits} applies
 * (size, nesting, string, number and array length: {@code RL-JSON-009}); input that is not UTF-8 is
 * {@code RL-JSON-001}; a file or stream that cannot be read is {@code RL-JSON-010}.
 *
 * <p>A schedule whose JSON is readable but whose definition is wrong (a parameter citing an
 * undeclared source, a duplicate source or version id, overlapping versions) is a
 * {@link ScheduleDefinitionException} instead, with every definition error, located.
 *
 * <h2>Writing</h2>
 *
 * Writing is deterministic: UTF-8, members in a fixed order, Chinese not escaped, two-space indent,
 * {@code \n} line ends, a final newline. A request or schedule written reads back equal; one whose
 * JSON would be over this instance's document-size limit is not written ({@link JsonOutputException}).
 * Decisions are written with each explanation step's message in one language; they are a report, not
 * read back (the messages are rendered, their keys and arguments are not written), so no size limit
 * applies to them.
 *
 * <p>Instances are immutable and thread-safe; share one.
 *
 * @since 0.1.0
 */
public final class SubsidyJson {
  /** The {@code schemaVersion} of the request form written; {@code 1} and {@code 1.x} are read. */
  public static final String REQUEST_SCHEMA_VERSION = RequestJson.SCHEMA_VERSION;
  /** The {@code schemaVersion} of the schedule form written; {@code 1} and {@code 1.x} are read. */
  public static final String SCHEDULE_SCHEMA_VERSION = ScheduleJson.SCHEMA_VERSION;
  /** The {@code schemaVersion} of the decision form written. */
  public static final String DECISION_SCHEMA_VERSION = DecisionJson.SCHEMA_VERSION;

  private static final SubsidyJson DEFAULT = new SubsidyJson(ReadLimits.defaults());

  private final JsonSupport support;

  private SubsidyJson(ReadLimits limits) {
    this.support = new JsonSupport(limits);
  }

  /**
   * Returns the shared instance with the {@linkplain ReadLimits#defaults() default limits}.
   *
   * @return the shared instance
   */
  public static SubsidyJson defaults() {
    return DEFAULT;
  }

  /**
   * Returns a copy of this reader and writer with other limits.
   *
   * @param limits the limits; not null
   * @return a new instance
   */
  public SubsidyJson withLimits(ReadLimits limits) {
    return new SubsidyJson(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Returns the limits in force.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return support.limits();
  }

  /**
   * Reads a request from UTF-8 JSON bytes.
   *
   * @param json the bytes; not null
   * @param sourceName a name for messages, such as a file name; null if none
   * @return the request
   * @throws JsonInputException with every problem, located, if the input is not a request
   */
  public SubsidyRequest readRequest(byte[] json, String sourceName) {
    return RequestJson.read(support, Objects.requireNonNull(json, "json"), sourceName);
  }

  /**
   * Reads a request from a UTF-8 JSON file.
   *
   * @param file the file; not null
   * @return the request
   * @throws JsonInputException if the file cannot be read ({@code RL-JSON-010}) or is not a request
   */
  public SubsidyRequest readRequest(Path file) {
    Objects.requireNonNull(file, "file");
    return readRequest(support.readFile(file), file.toString());
  }

  /**
   * Reads a request from a stream of UTF-8 JSON, which this method does not close.
   *
   * @param in the stream; not null
   * @param sourceName a name for messages; null if none
   * @return the request
   * @throws JsonInputException if the stream cannot be read, or not into a request
   */
  public SubsidyRequest readRequest(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    return readRequest(support.readStream(in, sourceName), sourceName);
  }

  /**
   * Writes a request as JSON that {@link #readRequest(byte[], String)} reads back equal.
   *
   * @param request the request; not null
   * @return UTF-8 bytes, ending with a newline
   * @throws JsonOutputException if the JSON would be over the document-size limit
   */
  public byte[] writeRequest(SubsidyRequest request) {
    return withinLimit(RequestJson.write(support, Objects.requireNonNull(request, "request")));
  }

  /**
   * Reads a schedule from UTF-8 JSON bytes.
   *
   * @param json the bytes; not null
   * @param sourceName a name for messages, such as a file name; null if none
   * @return the schedule
   * @throws JsonInputException with every problem, located, if the input is not a schedule's JSON
   * @throws ScheduleDefinitionException with every definition error, located, if the JSON is readable
   *     but the schedule is badly defined
   */
  public SubsidySchedule readSchedule(byte[] json, String sourceName) {
    return ScheduleJson.read(support, Objects.requireNonNull(json, "json"), sourceName);
  }

  /**
   * Reads a schedule from a UTF-8 JSON file.
   *
   * @param file the file; not null
   * @return the schedule
   * @throws JsonInputException if the file cannot be read ({@code RL-JSON-010}) or is not a schedule's JSON
   * @throws ScheduleDefinitionException if the schedule is badly defined
   */
  public SubsidySchedule readSchedule(Path file) {
    Objects.requireNonNull(file, "file");
    return readSchedule(support.readFile(file), file.toString());
  }

  /**
   * Reads a schedule from a stream of UTF-8 JSON, which this method does not close.
   *
   * @param in the stream; not null
   * @param sourceName a name for messages; null if none
   * @return the schedule
   * @throws JsonInputException if the stream cannot be read, or is not a schedule's JSON
   * @throws ScheduleDefinitionException if the schedule is badly defined
   */
  public SubsidySchedule readSchedule(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    return readSchedule(support.readStream(in, sourceName), sourceName);
  }

  /**
   * Writes a schedule as JSON that {@link #readSchedule(byte[], String)} reads back equal; sources
   * are declared once each, in order of first citation.
   *
   * @param schedule the schedule; not null
   * @return UTF-8 bytes, ending with a newline
   * @throws JsonOutputException if the JSON would be over the document-size limit
   */
  public byte[] writeSchedule(SubsidySchedule schedule) {
    return withinLimit(ScheduleJson.write(support, Objects.requireNonNull(schedule, "schedule")));
  }

  /**
   * Writes a decision as JSON, with each step's message in one language.
   *
   * @param decision the decision; not null
   * @param locale the language of the messages: English for English locales, Chinese otherwise; not null
   * @return UTF-8 bytes, ending with a newline
   */
  public byte[] writeDecision(SubsidyDecision decision, Locale locale) {
    return DecisionJson.write(
        support, Objects.requireNonNull(decision, "decision"), Objects.requireNonNull(locale, "locale"));
  }

  /**
   * Writes decisions as a JSON array, in order, each as {@link #writeDecision} writes it.
   *
   * @param decisions the decisions; not null, no null element
   * @param locale the language of the messages; not null
   * @return UTF-8 bytes, ending with a newline
   */
  public byte[] writeDecisions(List<SubsidyDecision> decisions, Locale locale) {
    return DecisionJson.writeAll(
        support, List.copyOf(Objects.requireNonNull(decisions, "decisions")), Objects.requireNonNull(locale, "locale"));
  }

  /** The bundled schedule {@code name}, read once with the default limits. */
  static SubsidySchedule bundled(String name) {
    return ScheduleJson.bundled(name);
  }

  private byte[] withinLimit(byte[] bytes) {
    return support.requireReadable(bytes);
  }
}
