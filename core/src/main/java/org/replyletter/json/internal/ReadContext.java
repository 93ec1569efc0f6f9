package org.replyletter.json.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.replyletter.json.ReadLimits;
import org.replyletter.diagnostics.Finding;
import org.replyletter.diagnostics.Severity;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/**
 * The state of one read: where we are (a JSON Pointer kept as a stack of segments, escaped only when
 * a problem needs it) and every problem found so far, with the byte offset of its token when the
 * parser reads bytes. One instance per read; not thread-safe.
 */
public final class ReadContext {
  private final boolean lenient;
  private final int maxArrayLength;
  private final int maxFindings;
  /** Findings past {@code maxFindings}: counted, the first kept for its location, the rest dropped. */
  private int omitted;
  private Finding firstOmitted;
  private long firstOmittedOffset = -1;
  private Severity omittedSeverity;
  private String[] segments = new String[16];
  private Positions positions;
  private int depth;
  private final List<Finding> problems = new ArrayList<>();
  private final List<Finding> warnings = new ArrayList<>();
  private final List<Long> warningOffsets = new ArrayList<>();
  private long[] offsets = new long[8];
  private int problemCount;
  private boolean notesInvisible;
  private boolean mayHoldInvisible = true;
  /** The pointers of the blank texts read, when noting; else null (not known). */
  private List<String> blankTexts;

  /** A strict context with the default limits. */
  public ReadContext() {
    this(false, Integer.MAX_VALUE);
  }

  /**
   * A context for strict or {@linkplain #lenient() lenient} reading that reports arrays longer than
   * {@code maxArrayLength}.
   */
  public ReadContext(boolean lenient, int maxArrayLength) {
    this(lenient, maxArrayLength, ReadLimits.defaults().maxFindings());
  }

  /** A context for strict or lenient reading under {@code limits}. */
  public ReadContext(boolean lenient, ReadLimits limits) {
    this(lenient, limits.maxArrayLength(), limits.maxFindings());
  }

  private ReadContext(boolean lenient, int maxArrayLength, int maxFindings) {
    this.lenient = lenient;
    this.maxArrayLength = maxArrayLength;
    this.maxFindings = maxFindings;
  }

  /**
   * True, after counting it as omitted, when a finding would be one more than the
   * {@linkplain ReadLimits#maxFindings() limit}: a document with a million wrong values costs a
   * counter, not a million findings. An exceeded limit is always listed: there are few, and each
   * says why the rest of a value was not read.
   */
  private boolean full(Finding f, long offset) {
    if (problems.size() + warnings.size() < maxFindings || f.code().equals(ReadCode.LIMIT.code())) {
      return false;
    }
    if (omitted++ == 0) {
      firstOmitted = f;
      firstOmittedOffset = offset;
    }
    if (omittedSeverity == null || f.severity().compareTo(omittedSeverity) < 0) {
      omittedSeverity = f.severity();
    }
    return true;
  }

  /**
   * The finding that counts the findings past the limit ({@code RL-JSON-012}) at the first of them,
   * without line and column, and the byte offset to locate it at; null if none was omitted.
   */
  public Finding omittedFinding() {
    return omitted == 0 ? null : JsonSupport.omitted(firstOmitted, omittedSeverity, omitted, maxFindings);
  }

  /** The byte offset of the first omitted finding, or -1. */
  long omittedOffset() {
    return firstOmittedOffset;
  }

  /**
   * Asks the codecs to note, while they read, whether a string holds a character rule RL-TXT-001
   * reports ({@link #mayHoldInvisible()}) and where a text is blank ({@link #blankTexts()});
   * validation asks, plain reading does not pay for it.
   */
  public void noteInvisibleCharacters() {
    notesInvisible = true;
    mayHoldInvisible = false;
    blankTexts = new ArrayList<>();
  }

  /** Whether the codecs are to note characters RL-TXT-001 reports. */
  public boolean notesInvisible() {
    return notesInvisible;
  }

  /**
   * Notes that a string just read holds a character rule RL-TXT-001 reports, or that text was kept
   * without being scanned (an unknown member kept by lenient reading).
   */
  public void noteInvisible() {
    mayHoldInvisible = true;
  }

  /**
   * False only when {@linkplain #noteInvisibleCharacters() asked to note} and every string read so
   * far was scanned and none holds a character rule RL-TXT-001 reports: validation then need not run
   * that rule on the letter read.
   */
  public boolean mayHoldInvisible() {
    return mayHoldInvisible;
  }

  /**
   * Notes that the text just read, at the current position, is blank (empty or white space only, as
   * {@link String#isBlank()} and so Hibernate's {@code @NotBlank} see it).
   */
  public void noteBlank() {
    if (blankTexts != null) {
      blankTexts.add(pointer());
    }
  }

  /**
   * When {@linkplain #noteInvisibleCharacters() asked to note}, the pointers of the blank texts read
   * so far ({@link Codecs#STRING}, the codec of every free-text member), in document order: the
   * places of the model's {@code @NotBlank} constraints that fail. Null when not asked (not known).
   */
  public List<String> blankTexts() {
    return blankTexts == null ? null : Collections.unmodifiableList(blankTexts);
  }

  /**
   * True for lenient reading: unknown members are kept, and readable near misses (full-width digits
   * where a number belongs) are normalised with a warning instead of refused.
   */
  public boolean lenient() {
    return lenient;
  }

  /** The most elements an array may have. */
  public int maxArrayLength() {
    return maxArrayLength;
  }

  /** Enters the member {@code name} of the current object. */
  public void push(String name) {
    if (depth == segments.length) {
      segments = Arrays.copyOf(segments, depth * 2);
    }
    segments[depth++] = name;
  }

  /** Enters element {@code index} of the current array. */
  public void push(int index) {
    push(index < INDEXES.length ? INDEXES[index] : Integer.toString(index));
  }

  /** Segments of the first array elements, made once: every element of every array is entered. */
  private static final String[] INDEXES = new String[256];

  static {
    for (int i = 0; i < INDEXES.length; i++) {
      INDEXES[i] = Integer.toString(i);
    }
  }

  /** Records where each value starts from now on (see {@link Positions}). */
  public void recordPositions() {
    positions = new Positions();
  }

  /** The positions recorded, or null if not asked for. */
  public Positions positions() {
    return positions;
  }

  /** Records the start of the value the parser is on, at the current position, when recording. */
  public void mark(JsonParser p) {
    if (positions != null) {
      positions.add(depth, depth == 0 ? "" : segments[depth - 1], offsetOf(p));
    }
  }

  /** Leaves the last member or element entered. */
  public void pop() {
    segments[--depth] = null;
  }

  /** The RFC 6901 pointer of the current position. */
  public String pointer() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      b.append('/');
      appendEscaped(b, segments[i]);
    }
    return b.toString();
  }

  /** The pointer of member {@code name} of the current position. */
  public String pointer(String name) {
    StringBuilder b = new StringBuilder(pointer()).append('/');
    appendEscaped(b, name);
    return b.toString();
  }

  static void appendEscaped(StringBuilder b, String segment) {
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '~') {
        b.append("~0");
      } else if (c == '/') {
        b.append("~1");
      } else {
        b.append(c);
      }
    }
  }

  /** The byte offset of the parser's current token, or -1 when the parser does not read bytes. */
  public static long offsetOf(JsonParser p) {
    // Past a recording parser to the one reading bytes: through one call less, the JIT can do
    // without the location object (one per value read).
    JsonParser source = p instanceof TreeRecordingParser ? ((TreeRecordingParser) p).delegate() : p;
    TokenStreamLocation loc = source.currentTokenLocation();
    return loc == null ? -1 : loc.getByteOffset();
  }

  /** Records an error at the current position, located at the parser's current token. */
  public void problem(JsonParser p, String code, String messageKey, String... arguments) {
    problemAt(pointer(), offsetOf(p), code, messageKey, arguments);
  }

  /** Records an error at {@code pointer}, located at byte {@code offset} (-1 if unknown). */
  public void problemAt(String pointer, long offset, String code, String messageKey, String... arguments) {
    addProblem(
        Finding.builder()
            .code(code)
            .messageKey(messageKey)
            .severity(Severity.ERROR)
            .path(pointer)
            .addArguments(arguments)
            .build(),
        offset);
  }

  /** Records an already built finding (a parse failure that carries its own location). */
  public void add(Finding finding) {
    addProblem(finding, -1);
  }

  private void addProblem(Finding finding, long offset) {
    problemCount++;
    if (full(finding, offset)) {
      return;
    }
    if (problems.size() == offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    offsets[problems.size()] = offset;
    problems.add(finding);
  }

  /**
   * Records a warning at the current position, located at the parser's current token: the value was
   * read, with a correction the caller should know about. Warnings never make a read fail.
   */
  public void warning(JsonParser p, String code, String messageKey, String... arguments) {
    Finding w =
        Finding.builder()
            .code(code)
            .messageKey(messageKey)
            .severity(Severity.WARNING)
            .path(pointer())
            .addArguments(arguments)
            .build();
    if (!full(w, offsetOf(p))) {
      warningOffsets.add(offsetOf(p));
      warnings.add(w);
    }
  }

  /** The warnings, in the order found, without line and column. */
  public List<Finding> warnings() {
    return warnings;
  }

  /** The byte offset of warning {@code i}, or -1. */
  long warningOffset(int i) {
    return warningOffsets.get(i);
  }

  /**
   * How many problems have been found, those past the limit included; a codec compares counts to
   * know if its part failed.
   */
  public int problemCount() {
    return problemCount;
  }

  /** The problems in the order found, at most the limit, without line and column. */
  public List<Finding> problems() {
    return problems;
  }

  /** The byte offset of problem {@code i}, or -1. */
  long offset(int i) {
    return offsets[i];
  }
}
