package org.replyletter.jsonschema.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The published schemas, by name. Adding a schema is one file under {@code org/replyletter/schema/<version>/} and one entry here; the
 * API, the CLI and the tests that check every published schema pick it up.
 */
public final class SchemaCatalog {
  private SchemaCatalog() {}

  /** A published schema: its name and where its file is, relative to the class-path root. */
  public record Entry(String name, String resource) {}

  /** The name of the reply letter's schema. */
  public static final String REPLY_LETTER = "reply-letter";

  /** The name of the subsidy schedule's schema. */
  public static final String SUBSIDY_SCHEDULE = "subsidy-schedule";

  /** The name of the subsidy request's schema. */
  public static final String SUBSIDY_REQUEST = "subsidy-request";

  /** The name of the subsidy decision's schema. */
  public static final String SUBSIDY_DECISION = "subsidy-decision";

  private static final List<Entry> ENTRIES =
      List.of(
          new Entry(REPLY_LETTER, "org/replyletter/schema/1.1/reply-letter.json"),
          new Entry(SUBSIDY_SCHEDULE, "org/replyletter/schema/1.1/subsidy-schedule.json"),
          new Entry(SUBSIDY_REQUEST, "org/replyletter/schema/1.1/subsidy-request.json"),
          new Entry(SUBSIDY_DECISION, "org/replyletter/schema/1.1/subsidy-decision.json"));

  /** The names, in catalogue order. */
  public static List<String> names() {
    List<String> names = new ArrayList<>(ENTRIES.size());
    for (Entry e : ENTRIES) {
      names.add(e.name());
    }
    return List.copyOf(names);
  }

  /** The entry with the given name. */
  public static Optional<Entry> find(String name) {
    for (Entry e : ENTRIES) {
      if (e.name().equals(name)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** Reads a schema file's bytes; a missing file is a packaging bug. */
  public static byte[] read(Entry entry) {
    try (InputStream in = SchemaCatalog.class.getResourceAsStream("/" + entry.resource())) {
      if (in == null) {
        throw new IllegalStateException("schema file missing from the jar: " + entry.resource());
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
