package org.replyletter.subsidy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.replyletter.internal.ValueStyle;
import org.replyletter.json.JsonInputException;
import org.replyletter.subsidy.internal.RequestJson;

/**
 * One claim to decide: who claims, what, their history of subsidies received, and the date of the
 * decision (which chooses the schedule version and ends the claim window).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class SubsidyRequest implements WithSubsidyRequest {
  SubsidyRequest() {}

  /**
   * Returns the caller's identifier of the request, echoed in the decision.
   *
   * @return the identifier, or empty
   */
  public abstract Optional<String> id();

  /**
   * Returns the jurisdiction whose rules apply, e.g. {@code 晋江市}; needed only when the schedule has
   * versions of several jurisdictions in force on the decision date.
   *
   * @return the jurisdiction, or empty
   */
  public abstract Optional<String> jurisdiction();

  /**
   * Returns the date of the decision.
   *
   * @return the date, never null
   */
  public abstract LocalDate decisionDate();

  /**
   * Returns the applicant.
   *
   * @return the applicant, never null
   */
  public abstract Applicant applicant();

  /**
   * Returns the claim.
   *
   * @return the claim, never null
   */
  public abstract Claim claim();

  /**
   * Returns the subsidies the applicant has already received.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<PriorSubsidy> history();

  /**
   * Reads a request from UTF-8 JSON (the format of {@code core/SUBSIDY.md}).
   *
   * @param json the bytes; not null
   * @param sourceName a name for messages, such as a file name; null if none
   * @return the request
   * @throws JsonInputException with every problem, located, if the input is not a request; input
   *     over a limit of {@link org.replyletter.json.ReadLimits#defaults()} (size, nesting, string,
   *     number or array length) is {@code RL-JSON-009}, input that is not UTF-8 {@code RL-JSON-001}
   */
  public static SubsidyRequest read(byte[] json, String sourceName) {
    return RequestJson.read(Objects.requireNonNull(json, "json"), sourceName);
  }

  /**
   * Reads a request from a UTF-8 JSON file.
   *
   * @param file the file; not null
   * @return the request
   * @throws JsonInputException if the file cannot be read (code {@code RL-JSON-010}) or is not a
   *     request
   */
  public static SubsidyRequest read(Path file) {
    Objects.requireNonNull(file, "file");
    return RequestJson.read(RequestJson.readFile(file), file.toString());
  }

  /**
   * Writes the request as JSON that {@link #read(byte[], String)} reads back equal.
   *
   * @return UTF-8 bytes, ending with a newline
   */
  public byte[] toJson() {
    return RequestJson.write(this);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SubsidyRequest}; not thread-safe. */
  public static final class Builder extends ImmutableSubsidyRequest.Builder {
    Builder() {}
  }
}
