package org.replyletter.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.replyletter.ReplyLetter;
import org.replyletter.diagnostics.Finding;
import org.replyletter.diagnostics.Severity;
import org.replyletter.json.ReplyLetterJson;

/**
 * Validation profiles: {@code ISSUED} (the default) and {@code PUBLISHED} (a portal's web edition,
 * without 版头 and 版记) report the same findings, with the severities {@code core/RULES.md} gives.
 */
class ValidationProfileTest {
  static final Path SEED = Path.of("..", "examples", "letters", "jinjiang-2024-7.json");
  static final Path RULES = Path.of("RULES.md");

  /** The seed as a portal would publish it: no document number, reply type or checklist. */
  private static ReplyLetter webEdition() throws IOException {
    ReplyLetter seed = ReplyLetterJson.defaults().read(SEED);
    return seed.withDocumentNumber(Optional.empty()).withClassification(Optional.empty()).withChecklist(Optional.empty());
  }

  private static Map<String, Severity> severities(ValidationReport r) {
    Map<String, Severity> m = new TreeMap<>();
    for (Finding f : r.findings()) {
      m.put(f.code() + " " + f.path(), f.severity());
    }
    return m;
  }

  @Test
  void issued_isTheDefault() {
    assertEquals(ValidationProfile.ISSUED, ValidationOptions.defaults().profile());
    assertEquals(LetterValidator.catalogue(), LetterValidator.catalogue(ValidationProfile.ISSUED));
  }

  @Test
  void published_reportsTheSameFindings_absentLetterheadPartsAsInfo() throws IOException {
    ReplyLetter web = webEdition();
    ValidationReport issued = LetterValidator.defaults().validate(web);
    ValidationReport published =
        LetterValidator.of(ValidationOptions.builder().profile(ValidationProfile.PUBLISHED).build()).validate(web);
    assertFalse(issued.isValid(), "an issued letter needs its document number");
    assertTrue(published.isValid(), published::toJson);
    Map<String, Severity> a = severities(issued);
    Map<String, Severity> b = severities(published);
    assertEquals(a.keySet(), b.keySet(), "the same findings under both profiles");
    Map<String, Severity> changed = new TreeMap<>();
    b.forEach((k, v) -> {
      if (v != a.get(k)) {
        changed.put(k, v);
      }
    });
    assertEquals(
        Map.of(
            "RL-CLS-001 /classification", Severity.INFO,
            "RL-CON-001 /contacts", Severity.INFO,
            "RL-DIS-001 /disclosure", Severity.INFO,
            "RL-DOC-001 /documentNumber", Severity.INFO,
            "RL-SIG-002 /signer", Severity.INFO,
            "RL-SUG-001 /checklist", Severity.INFO),
        changed);
    // What the web edition prints is still held to the same standard.
    assertEquals(Severity.WARNING, b.get("RL-DATE-001 /issueDate"));
    assertEquals(Severity.WARNING, b.get("RL-SIG-001 /issuingOrgan"));
  }

  @Test
  void overridesAndDisabledCodes_applyOnTopOfTheProfile() throws IOException {
    ValidationReport r =
        LetterValidator.of(
                ValidationOptions.builder()
                    .profile(ValidationProfile.PUBLISHED)
                    .putSeverityOverride("RL-DOC-001", Severity.WARNING)
                    .addDisabledCode("RL-CON-001")
                    .build())
            .validate(webEdition());
    Map<String, Severity> s = severities(r);
    assertEquals(Severity.WARNING, s.get("RL-DOC-001 /documentNumber"));
    assertFalse(r.has("RL-CON-001"));
    assertEquals(Severity.INFO, s.get("RL-SIG-002 /signer"));
  }

  @Test
  void profileIds_roundTrip() {
    for (ValidationProfile p : ValidationProfile.values()) {
      assertEquals(Optional.of(p), ValidationProfile.fromId(p.id()));
    }
    assertEquals(List.of("issued", "published"), List.of(ValidationProfile.ISSUED.id(), ValidationProfile.PUBLISHED.id()));
    assertEquals(Optional.empty(), ValidationProfile.fromId("web"));
    assertThrows(NullPointerException.class, () -> LetterValidator.catalogue(null));
  }

  /** core/RULES.md's validation table gives each code's severity under each profile, as the code does. */
  @Test
  void rulesCatalogue_documentsEverySeverityPerProfile() throws IOException {
    Map<String, Severity> issued = new LinkedHashMap<>();
    Map<String, Severity> published = new LinkedHashMap<>();
    boolean inValidation = false;
    for (String line : Files.readAllLines(RULES)) {
      if (line.startsWith("## ")) {
        inValidation = line.equals("## Validation");
      } else if (inValidation && line.startsWith("| RL-")) {
        String[] cells = line.split("\\|");
        issued.put(cells[1].strip(), Severity.valueOf(cells[2].strip().toUpperCase(java.util.Locale.ROOT)));
        published.put(cells[1].strip(), Severity.valueOf(cells[3].strip().toUpperCase(java.util.Locale.ROOT)));
      }
    }
    assertEquals(LetterValidator.catalogue(ValidationProfile.ISSUED), issued);
    assertEquals(LetterValidator.catalogue(ValidationProfile.PUBLISHED), published);
  }
}
