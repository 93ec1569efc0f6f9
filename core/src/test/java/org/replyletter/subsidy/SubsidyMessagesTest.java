package org.replyletter.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.replyletter.internal.Messages;
import org.replyletter.subsidy.internal.SubsidyCode;

/** Every reason code and label has a Chinese and an English message, and every step renders. */
class SubsidyMessagesTest {
  private static final List<String> CONDITION_CODES = List.of(
      "SUB-ELIG-001", "SUB-ELIG-002", "SUB-ELIG-003", "SUB-ELIG-004", "SUB-ELIG-006",
      "SUB-LIM-001", "SUB-LIM-002", "SUB-LIM-003", "SUB-LIM-004", "SUB-LIM-005", "SUB-LIM-006");

  @Test
  void bundles_haveTheSameKeys() {
    Set<String> zh = new TreeSet<>(Messages.bundle(Locale.SIMPLIFIED_CHINESE).keySet());
    Set<String> en = new TreeSet<>(Messages.bundle(Locale.ENGLISH).keySet());
    assertEquals(zh, en);
  }

  @Test
  void everyReasonCode_hasPassedAndFailedMessages_inBothLanguages() {
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      var bundle = Messages.bundle(locale);
      for (String code : CONDITION_CODES) {
        assertTrue(bundle.containsKey(code + ".passed") && bundle.containsKey(code + ".failed"), code);
      }
      for (String variant : List.of("passed.notPast", "passed.inclusive", "passed.exclusive", "failed.inclusive",
          "failed.exclusive")) {
        assertTrue(bundle.containsKey("SUB-ELIG-005." + variant), variant);
      }
      for (String code : List.of("SUB-VER-001", "SUB-VER-002", "SUB-VER-003", "SUB-PAR-001", "SUB-DEC-001", "SUB-DEC-002")) {
        assertTrue(bundle.containsKey(code), code);
      }
      for (int i = 1; i <= 10; i++) {
        assertTrue(bundle.containsKey(String.format("SUB-AMT-%03d", i)), "SUB-AMT " + i);
      }
      for (ParameterKey<?> k : ParameterKey.values()) {
        assertTrue(bundle.containsKey("param." + k.id()), k.id());
      }
      for (Reliability r : Reliability.values()) {
        assertTrue(bundle.containsKey("reliability." + r.id()), r.id());
      }
    }
  }

  @Test
  void everyRegisteredCode_isUniqueAndHasItsMessages_inBothLanguages() {
    Set<String> codes = new TreeSet<>();
    for (SubsidyCode c : SubsidyCode.values()) {
      assertTrue(codes.add(c.code()), () -> c.code() + " is declared twice");
      assertTrue(c.code().matches("SUB-(VER|PAR|ELIG|LIM|OCC|AMT|DEC|DEF)-00[0-9]|SUB-AMT-010"), c::code);
      for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
        var bundle = Messages.bundle(locale);
        List<String> keys = switch (c.code().substring(4, 7)) {
          case "ELI", "LIM" -> c == SubsidyCode.AGE
              ? List.of(c.messageKey(".passed.notPast"), c.messageKey(".failed.inclusive"))
              : c == SubsidyCode.COUNTED_ENTRY
              ? List.of(c.messageKey(".counted"), c.messageKey(".skipped.window"))
              : List.of(c.messageKey(".passed"), c.messageKey(".failed"));
          case "OCC" -> List.of(c.messageKey(".passed"), c.messageKey(".failed.noCatalogue"),
              c.messageKey(".warning.notListedPartial.accept"), c.messageKey(".warning.otherClass.noUplift"));
          case "PAR" -> c == SubsidyCode.PARAMETER
              ? List.of(c.messageKey(), c.messageKey(".note"), c.messageKey(".noteZh"))
              : c == SubsidyCode.CATALOGUE
              ? List.of(c.messageKey(".none"), c.messageKey(".partial.note"), c.messageKey(".complete.noteZh"))
              : List.of(c.messageKey(".together"), c.messageKey(".separately.note"));
          default -> c == SubsidyCode.DEF_DUPLICATE_ID
              ? List.of(c.messageKey("Source"), c.messageKey("Version"))
              : List.of(c.messageKey());
        };
        for (String k : keys) {
          assertTrue(bundle.containsKey(k), () -> c + ": no message " + k + " in " + locale);
        }
      }
    }
  }

  @Test
  void everyStepOfManyDecisions_rendersCompletely_inBothLanguages() {
    Random random = new Random(5);
    Set<String> seen = new TreeSet<>();
    for (SubsidyCalculator calc :
        List.of(SubsidyCalculator.of(SubsidySchedule.jinjiang()), SubsidyCalculator.of(SubsidySchedule.xiamen()))) {
      for (int i = 0; i < 800; i++) {
        SubsidyRequest r = Requests.random(random);
        if (i % 40 == 0) {
          r = r.withDecisionDate(r.decisionDate().minusYears(3)); // no version in force
        }
        for (DecisionStep s : calc.decide(r).explanation()) {
          seen.add(s.messageKey());
          for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            String m = s.message(locale);
            assertFalse(m.startsWith("SUB-") || m.contains("@") || m.contains("{") || m.contains("param."),
                () -> s.messageKey() + " renders as " + m);
          }
        }
      }
    }
    for (String code : CONDITION_CODES) {
      assertTrue(seen.contains(code + ".failed"), "never saw " + code + " fail: the sample is too narrow");
    }
  }
}
