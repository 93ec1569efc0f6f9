package org.replyletter.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Occupations are compared after normalisation: white space (ASCII, tab, no-break, ideographic)
 * anywhere in a name or code, and full-width letters and digits, never change a decision — not its
 * eligibility, amount, reasons, warnings or version — under the bundled schedules and under a
 * schedule with a complete shortage catalogue that refuses unconfirmed classes.
 */
class OccupationNormalisationTest {
  private static final List<String> OCCUPATIONS = List.of("电工", "焊工", "CAD操作员", "育婴员", "3D打印工");
  private static final List<String> CODES = List.of("6-31-01-03", "4-10-01-01");
  private static final String SPACES = " \t\u3000\u00a0";

  private static final List<SubsidyCalculator> CALCULATORS = List.of(
      SubsidyCalculator.of(SubsidySchedule.jinjiang()),
      SubsidyCalculator.of(SubsidySchedule.xiamen()),
      SubsidyCalculator.of(testSchedule("catalogue-refuse")),
      SubsidyCalculator.of(testSchedule("catalogue-no-uplift")));

  @Test
  void whiteSpaceAndWidth_neverChangeADecision() {
    qt().withExamples(400).forAll(Requests.any(), integers().all()).checkAssert((any, seed) -> {
      Random random = new Random(seed);
      SubsidyRequest plain = withOccupations(any, random);
      SubsidyRequest variant = vary(plain, random);
      for (SubsidyCalculator calc : CALCULATORS) {
        SubsidyDecision a = calc.decideWithoutExplanation(plain);
        SubsidyDecision b = calc.decideWithoutExplanation(variant);
        assertEquals(a.withRequestId(Optional.empty()), b.withRequestId(Optional.empty()),
            () -> plain + "\n" + variant);
        assertEquals(a.eligible(), calc.decide(variant).eligible());
      }
    });
  }

  @Test
  void normalisation_foldsWidthAndRemovesEveryWhiteSpace() {
    assertEquals("CAD操作员", org.replyletter.subsidy.internal.Occupations.normalise(" ＣＡＤ\u3000操作员\t\u00a0"));
    assertEquals("电工", org.replyletter.subsidy.internal.Occupations.normalise("电 工 "));
  }

  /** The request with occupations (and sometimes codes) from a small pool, so that many compare equal. */
  private static SubsidyRequest withOccupations(SubsidyRequest r, Random random) {
    Claim c = r.claim();
    if (c.occupation().isPresent()) {
      c = c.withOccupation(pick(OCCUPATIONS, random));
      if (random.nextInt(3) == 0) {
        c = c.withOccupationCode(pick(CODES, random));
      }
    }
    List<PriorSubsidy> history = new ArrayList<>();
    for (PriorSubsidy p : r.history()) {
      PriorSubsidy q = p.occupation().isPresent() ? p.withOccupation(pick(OCCUPATIONS, random)) : p;
      if (random.nextInt(3) == 0) {
        q = q.withOccupationCode(pick(CODES, random));
      }
      if (random.nextInt(4) == 0) {
        q = q.withProgramme(Programme.SKILL_UPGRADE_SUBSIDY);
      }
      history.add(q);
    }
    return r.withClaim(c).withHistory(history);
  }

  /** The same request with white space inserted and letters and digits widened in every occupation and code. */
  private static SubsidyRequest vary(SubsidyRequest r, Random random) {
    Claim c = r.claim();
    if (c.occupation().isPresent()) {
      c = c.withOccupation(vary(c.occupation().get(), random));
    }
    if (c.occupationCode().isPresent()) {
      c = c.withOccupationCode(vary(c.occupationCode().get(), random));
    }
    List<PriorSubsidy> history = new ArrayList<>();
    for (PriorSubsidy p : r.history()) {
      PriorSubsidy q = p;
      if (q.occupation().isPresent()) {
        q = q.withOccupation(vary(q.occupation().get(), random));
      }
      if (q.occupationCode().isPresent()) {
        q = q.withOccupationCode(vary(q.occupationCode().get(), random));
      }
      history.add(q);
    }
    return r.withClaim(c).withHistory(history);
  }

  private static String vary(String s, Random random) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (random.nextInt(3) == 0) {
        b.append(SPACES.charAt(random.nextInt(SPACES.length())));
      }
      char ch = s.charAt(i);
      boolean widen = ch > ' ' && ch < 0x7f && random.nextBoolean();
      b.append(widen ? (char) (ch - 0x21 + 0xFF01) : ch);
    }
    if (random.nextBoolean()) {
      b.append(SPACES.charAt(random.nextInt(SPACES.length())));
    }
    return b.toString();
  }

  private static String pick(List<String> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }

  private static SubsidySchedule testSchedule(String name) {
    try (InputStream in = OccupationNormalisationTest.class.getResourceAsStream("cases/schedules/" + name + ".json")) {
      return SubsidyJson.defaults().readSchedule(in, name + ".json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
