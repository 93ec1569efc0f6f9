package org.replyletter.internal.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.replyletter.validation.Finding;
import org.replyletter.validation.Severity;

/**
 * The state of one bind of a JSON tree: where we are (a JSON Pointer kept as a stack of segments,
 * escaped only when a problem needs it) and every problem found so far. One instance per read; not
 * thread-safe.
 */
public final class ReadContext {
  private String[] segments = new String[16];
  private int depth;
  private final List<Finding> problems = new ArrayList<>();

  /** Enters the member {@code name} of the current object. */
  public void push(String name) {
    if (depth == segments.length) {
      segments = Arrays.copyOf(segments, depth * 2);
    }
    segments[depth++] = name;
  }

  /** Enters element {@code index} of the current array. */
  public void push(int index) {
    push(Integer.toString(index));
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

  private static void appendEscaped(StringBuilder b, String segment) {
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

  /** Records an error at the current position. */
  public void problem(String code, String messageKey, String... arguments) {
    problemAt(pointer(), code, messageKey, arguments);
  }

  /** Records an error at {@code pointer}. */
  public void problemAt(String pointer, String code, String messageKey, String... arguments) {
    problems.add(
        Finding.builder()
            .code(code)
            .messageKey(messageKey)
            .severity(Severity.ERROR)
            .path(pointer)
            .addArguments(arguments)
            .build());
  }

  /** How many problems have been recorded; a codec compares counts to know if its part failed. */
  public int problemCount() {
    return problems.size();
  }

  /** The problems, in the order found. */
  public List<Finding> problems() {
    return problems;
  }
}
