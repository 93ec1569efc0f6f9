package org.replyletter.subsidy.internal;

import org.replyletter.json.internal.Codecs;
import org.replyletter.json.internal.Codec;
import org.replyletter.json.internal.JsonSupport;
import org.replyletter.json.internal.ObjectCodec;
import org.replyletter.subsidy.Applicant;
import org.replyletter.subsidy.Claim;
import org.replyletter.subsidy.PriorSubsidy;
import org.replyletter.subsidy.Programme;
import org.replyletter.subsidy.Registration;
import org.replyletter.subsidy.ShortageCategory;
import org.replyletter.subsidy.SubsidyRequest;

/** The JSON form of a {@link SubsidyRequest}: a closed object, read strictly. Thread-safe. */
public final class RequestJson {
  private RequestJson() {}

  /** The schema version of the request form written; {@code 1} and {@code 1.x} are read. */
  public static final String SCHEMA_VERSION = "1.1";

  /** The request's {@code schemaVersion}. */
  private static final Codec<String> VERSION = Codecs.schemaVersion(SCHEMA_VERSION);

  private static final ObjectCodec<Applicant, Applicant.Builder> APPLICANT =
      ObjectCodec.of(Applicant::builder, Applicant.Builder::build)
          .list(
              "registrations",
              Codecs.enumeration(Registration.class, Registration::id),
              Applicant::registrations,
              Applicant.Builder::addAllRegistrations)
          .optional("birthDate", Codecs.DATE, Applicant::birthDate, Applicant.Builder::birthDate)
          .optionalInt("age", 0, 150, Applicant::age, Applicant.Builder::age)
          .defaulted("receivesPension", Codecs.BOOLEAN, Applicant::receivesPension, Applicant.Builder::receivesPension)
          .defaulted(
              "pastRetirementAge", Codecs.BOOLEAN, Applicant::pastRetirementAge, Applicant.Builder::pastRetirementAge)
          .defaulted("student", Codecs.BOOLEAN, Applicant::student, Applicant.Builder::student)
          .optionalInt("graduationYear", 1900, 2200, Applicant::graduationYear, Applicant.Builder::graduationYear)
          .defaulted(
              "publicSectorStaff", Codecs.BOOLEAN, Applicant::publicSectorStaff, Applicant.Builder::publicSectorStaff)
          .list("priorityGroups", Codecs.STRING, Applicant::priorityGroups, Applicant.Builder::addAllPriorityGroups)
          .build();

  private static final ObjectCodec<Claim, Claim.Builder> CLAIM =
      ObjectCodec.of(Claim::builder, (Claim.Builder b) -> checked(b::build))
          .required("kind", SubsidyCodecs.KIND, Claim::kind, Claim.Builder::kind)
          .optional("occupation", Codecs.STRING, Claim::occupation, Claim.Builder::occupation)
          .optional("occupationCode", Codecs.STRING, Claim::occupationCode, Claim.Builder::occupationCode)
          .optional("level", SubsidyCodecs.LEVEL, Claim::level, Claim.Builder::level)
          .defaulted(
              "shortageCategory",
              Codecs.enumeration(ShortageCategory.class, ShortageCategory::id),
              Claim::shortageCategory,
              Claim.Builder::shortageCategory)
          .required("issueDate", Codecs.DATE, Claim::issueDate, Claim.Builder::issueDate)
          .required("providerQualified", Codecs.BOOLEAN, Claim::providerQualified, Claim.Builder::providerQualified)
          .defaulted(
              "paidBySkillUpgradeSubsidy",
              Codecs.BOOLEAN,
              Claim::paidBySkillUpgradeSubsidy,
              Claim.Builder::paidBySkillUpgradeSubsidy)
          .build();

  private static final ObjectCodec<PriorSubsidy, PriorSubsidy.Builder> PRIOR =
      ObjectCodec.of(PriorSubsidy::builder, (PriorSubsidy.Builder b) -> checked(b::build))
          .defaulted(
              "programme",
              Codecs.enumeration(Programme.class, Programme::id),
              PriorSubsidy::programme,
              PriorSubsidy.Builder::programme)
          .required("kind", SubsidyCodecs.KIND, PriorSubsidy::kind, PriorSubsidy.Builder::kind)
          .optional("occupation", Codecs.STRING, PriorSubsidy::occupation, PriorSubsidy.Builder::occupation)
          .optional("occupationCode", Codecs.STRING, PriorSubsidy::occupationCode, PriorSubsidy.Builder::occupationCode)
          .optional("level", SubsidyCodecs.LEVEL, PriorSubsidy::level, PriorSubsidy.Builder::level)
          .required("date", Codecs.DATE, PriorSubsidy::date, PriorSubsidy.Builder::date)
          .build();

  /**
   * Builds a claim or history entry; the model's refusal of a combination of members (a level for
   * the wrong kind, a certificate without occupation) becomes a message key, so that the reader's
   * {@code RL-JSON-006} renders it in the reader's language, not in the model's English.
   */
  private static <T> T checked(java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalStateException e) {
      String m = String.valueOf(e.getMessage());
      throw new IllegalStateException(
          m.contains("level") ? "@request.levelExactlyForSkillLevel" : m.contains("occupation") ? "@request.occupationRequired" : m, e);
    }
  }

  /** A request object. */
  public static final ObjectCodec<SubsidyRequest, SubsidyRequest.Builder> REQUEST =
      ObjectCodec.of(SubsidyRequest::builder, SubsidyRequest.Builder::build)
          // Written first on every request; optional on read, as requests embedded in case files omit it.
          .reserved("schemaVersion", VERSION, false)
          .optional("id", Codecs.STRING, SubsidyRequest::id, SubsidyRequest.Builder::id)
          .optional("jurisdiction", Codecs.STRING, SubsidyRequest::jurisdiction, SubsidyRequest.Builder::jurisdiction)
          .optional("version", Codecs.STRING, SubsidyRequest::version, SubsidyRequest.Builder::version)
          .required("decisionDate", Codecs.DATE, SubsidyRequest::decisionDate, SubsidyRequest.Builder::decisionDate)
          .required("applicant", APPLICANT, SubsidyRequest::applicant, SubsidyRequest.Builder::applicant)
          .required("claim", CLAIM, SubsidyRequest::claim, SubsidyRequest.Builder::claim)
          .list("history", PRIOR, SubsidyRequest::history, SubsidyRequest.Builder::addAllHistory)
          .build();

  /** Reads a request or throws {@link org.replyletter.json.JsonInputException} with every problem. */
  public static SubsidyRequest read(JsonSupport support, byte[] json, String sourceName) {
    return SubsidyCodecs.readBytes(support, json, sourceName, REQUEST);
  }

  /** Writes a request, {@code schemaVersion} first. */
  public static byte[] write(JsonSupport support, SubsidyRequest request) {
    return support.write(
        g -> {
          g.writeStartObject();
          g.writeName("schemaVersion");
          g.writeString(SCHEMA_VERSION);
          REQUEST.writeMembers(request, g);
          g.writeEndObject();
        });
  }
}
