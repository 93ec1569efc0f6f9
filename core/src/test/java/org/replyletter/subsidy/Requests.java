package org.replyletter.subsidy;

import org.replyletter.SubsidyKind;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Request builders and QuickTheories generators for the subsidy tests. */
final class Requests {
  private Requests() {}

  static final LocalDate DECISION = LocalDate.of(2025, 6, 1);

  /** An applicant who passes every eligibility condition. */
  static Applicant.Builder eligibleApplicant() {
    return Applicant.builder().addRegistration(Registration.JOB_SEEKING).age(35);
  }

  /** A claim that passes every claim condition, issued a month before {@link #DECISION}. */
  static Claim.Builder claim(SubsidyKind kind, SkillLevel level) {
    Claim.Builder c = Claim.builder().kind(kind).issueDate(DECISION.minusMonths(1)).providerQualified(true);
    if (kind == SubsidyKind.SKILL_LEVEL_CERTIFICATE) {
      c.level(level);
    }
    if (kind.requiresOccupation() || kind == SubsidyKind.EMPLOYMENT_SKILLS_TRAINING) {
      c.occupation("电工");
    }
    return c;
  }

  static SubsidyRequest request(Applicant applicant, Claim claim) {
    return SubsidyRequest.builder().decisionDate(DECISION).applicant(applicant).claim(claim).build();
  }

  /** (kind, level) pairs: the four kinds without level, then the five levels low to high. */
  static final List<Object[]> SLOTS = slots();

  private static List<Object[]> slots() {
    List<Object[]> s = new ArrayList<>();
    for (SubsidyKind k : SubsidyKind.values()) {
      if (k != SubsidyKind.SKILL_LEVEL_CERTIFICATE) {
        s.add(new Object[] {k, null});
      }
    }
    for (SkillLevel l : SkillLevel.values()) {
      s.add(new Object[] {SubsidyKind.SKILL_LEVEL_CERTIFICATE, l});
    }
    return s;
  }

  /** Eligible requests of any kind, level, shortage class and priority-group membership. */
  static Gen<SubsidyRequest> eligible() {
    return eligible(0, SLOTS.size() - 1);
  }

  /** Eligible requests of the slots {@code [from, to]} of {@link #SLOTS}. */
  static Gen<SubsidyRequest> eligible(int from, int to) {
    return integers().between(from, to)
        .zip(
            Generate.enumValues(ShortageCategory.class),
            Generate.booleans(),
            (slot, shortage, priority) -> {
              Object[] kl = SLOTS.get(slot);
              Applicant.Builder a = eligibleApplicant();
              if (priority) {
                a.addPriorityGroup("就业困难人员");
              }
              return request(
                  a.build(), claim((SubsidyKind) kl[0], (SkillLevel) kl[1]).shortageCategory(shortage).build());
            });
  }

  /** A reproducible random request, eligible or not, like {@link #any()} draws. */
  static SubsidyRequest random(java.util.Random r) {
    int age = 16 + r.nextInt(60);
    Applicant.Builder a = Applicant.builder().age(age);
    if (r.nextInt(8) != 0) {
      a.addRegistration(Registration.values()[r.nextInt(4)]);
    }
    a.receivesPension(r.nextInt(6) == 0).pastRetirementAge(age >= 60).student(r.nextInt(6) == 0)
        .publicSectorStaff(r.nextInt(8) == 0);
    if (r.nextBoolean()) {
      a.graduationYear(DECISION.getYear() + r.nextInt(2));
    }
    if (r.nextInt(3) == 0) {
      a.addPriorityGroup("残疾人");
    }
    Object[] kl = SLOTS.get(r.nextInt(SLOTS.size()));
    Claim c = claim((SubsidyKind) kl[0], (SkillLevel) kl[1])
        .shortageCategory(ShortageCategory.values()[r.nextInt(3)])
        .issueDate(DECISION.minusMonths(r.nextInt(16) - 1))
        .providerQualified(r.nextInt(10) != 0)
        .paidBySkillUpgradeSubsidy(r.nextInt(10) == 0)
        .build();
    List<PriorSubsidy> h = new ArrayList<>();
    for (int i = r.nextInt(5); i > 0; i--) {
      Object[] p = SLOTS.get(r.nextInt(SLOTS.size()));
      SubsidyKind k = (SubsidyKind) p[0];
      h.add(PriorSubsidy.builder()
          .kind(k)
          .occupation(k.requiresOccupation() ? Optional.of(r.nextBoolean() ? "电工" : "焊工") : Optional.empty())
          .level(Optional.ofNullable((SkillLevel) p[1]))
          .date(DECISION.minusMonths(6 + r.nextInt(12)))
          .build());
    }
    return SubsidyRequest.builder().id("r" + r.nextInt(1_000_000)).decisionDate(DECISION).applicant(a.build())
        .claim(c).history(h).build();
  }

  /** Any request: eligible or not, with random flags, ages, dates and history. */
  static Gen<SubsidyRequest> any() {
    Gen<Applicant> applicants =
        integers().between(0, 255)
            .zip(
                integers().between(16, 75),
                (bits, age) -> {
                  Applicant.Builder a = Applicant.builder().age(age);
                  if ((bits & 1) != 0) {
                    a.addRegistration(Registration.UNEMPLOYMENT);
                  }
                  a.receivesPension((bits & 2) != 0 && (bits & 4) != 0);
                  a.pastRetirementAge(age >= 60 || (bits & 8) != 0);
                  a.student((bits & 16) != 0 && (bits & 32) != 0);
                  if ((bits & 64) != 0) {
                    a.graduationYear(DECISION.getYear());
                  }
                  a.publicSectorStaff((bits & 128) != 0 && (bits & 1) == 0);
                  if ((bits & 6) == 2) {
                    a.addPriorityGroup("残疾人");
                  }
                  return a.build();
                });
    Gen<Claim> claims =
        integers().between(0, SLOTS.size() - 1)
            .zip(
                Generate.enumValues(ShortageCategory.class),
                integers().between(-2, 16),
                integers().between(0, 7),
                (slot, shortage, monthsAgo, bits) -> {
                  Object[] kl = SLOTS.get(slot);
                  return claim((SubsidyKind) kl[0], (SkillLevel) kl[1])
                      .shortageCategory(shortage)
                      .issueDate(DECISION.minusMonths(monthsAgo))
                      .providerQualified((bits & 1) != 0 || (bits & 2) != 0)
                      .paidBySkillUpgradeSubsidy((bits & 7) == 4)
                      .build();
                });
    Gen<List<PriorSubsidy>> histories =
        Generate.intArrays(integers().between(0, 4), integers().between(0, SLOTS.size() - 1))
            .map(slots -> {
              List<PriorSubsidy> h = new ArrayList<>();
              for (int s : slots) {
                Object[] kl = SLOTS.get(s);
                SubsidyKind k = (SubsidyKind) kl[0];
                h.add(PriorSubsidy.builder()
                    .kind(k)
                    .occupation(k.requiresOccupation() ? Optional.of("电工") : Optional.empty())
                    .level(Optional.ofNullable((SkillLevel) kl[1]))
                    .date(DECISION.minusYears(1))
                    .build());
              }
              return h;
            });
    return applicants.zip(
        claims,
        histories,
        (a, c, h) -> SubsidyRequest.builder().decisionDate(DECISION).applicant(a).claim(c).history(h).build());
  }
}
