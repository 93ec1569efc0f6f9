package org.replyletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.replyletter.testing.LetterGenerators;

/** Property-based laws of {@link DocumentNumber} and {@link Money} parse and format. */
class ValueLawsTest {

  @Test
  void documentNumber_parseOfFormat_givesSameNumber() {
    qt().withExamples(1000)
        .forAll(LetterGenerators.documentNumbers())
        .checkAssert(
            n -> {
              DocumentNumber back = DocumentNumber.parse(n.format());
              assertEquals(n, back);
              assertEquals(n.issuerCode(), back.issuerCode());
              assertEquals(n.year(), back.year());
              assertEquals(n.serial(), back.serial());
              assertTrue(back.isStandardForm(), back.normalisations()::toString);
            });
  }

  @Test
  void documentNumber_formatOfParse_givesStandardTextBack() {
    qt().withExamples(1000)
        .forAll(LetterGenerators.standardDocumentNumbers().map(DocumentNumber::format))
        .checkAssert(
            s -> {
              DocumentNumber n = DocumentNumber.parse(s);
              assertEquals(s, n.format());
              assertEquals(s, n.original());
              assertTrue(n.isStandardForm());
            });
  }

  @Test
  void documentNumber_anyAcceptedWrongForm_formatsToStandardFormWithoutNormalisations() {
    qt().withExamples(1000)
        .forAll(LetterGenerators.writtenDocumentNumbers())
        .checkAssert(
            w -> {
              DocumentNumber n = DocumentNumber.parse(w.text());
              assertEquals(w.number(), n, w.text());
              assertEquals(w.normalisations(), n.normalisations(), w.text());
              assertEquals(w.text(), n.original());
              String standard = n.format();
              assertEquals(w.number().format(), standard);
              DocumentNumber again = DocumentNumber.parse(standard);
              assertTrue(again.normalisations().isEmpty(), standard);
              assertEquals(n, again);
              assertEquals(n.hashCode(), again.hashCode());
            });
  }

  @Test
  void documentNumber_ofWithAnyValidParts_roundTrips() {
    qt().withExamples(1000)
        .forAll(LetterGenerators.issuerCodes(), LetterGenerators.years(), LetterGenerators.serials())
        .checkAssert(
            (issuer, year, serial) -> {
              DocumentNumber n = DocumentNumber.of(issuer, year, serial);
              assertEquals(issuer + "〔" + year + "〕" + serial + "号", n.format());
              assertEquals(n, DocumentNumber.parse(n.format()));
            });
  }

  /** Random text over the characters document numbers are made of, and a few others. */
  private static Gen<String> textsOver(String alphabet, int maxLength) {
    Gen<Integer> length = Generate.range(0, maxLength);
    Gen<Integer> index = Generate.range(0, alphabet.length() - 1);
    return in -> {
      int n = length.generate(in);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        b.append(alphabet.charAt(index.generate(in)));
      }
      return b.toString();
    };
  }

  @Test
  void documentNumber_anyText_parsesToStandardFormOrFailsWithIndexInside() {
    Gen<String> texts =
        textsOver("晋残函第号〔〕[]（）()【】［］〖〗0123456789０１２３４５６７８９ \u3000\u00A0a-", 16)
            .mix(LetterGenerators.writtenDocumentNumbers().map(w -> w.text()), 30);
    qt().withExamples(2000)
        .forAll(texts)
        .checkAssert(
            s -> {
              DocumentNumber n;
              try {
                n = DocumentNumber.parse(s);
              } catch (ValueParseException e) {
                assertTrue(e.getErrorIndex() >= 0 && e.getErrorIndex() <= s.length(), () -> s + " " + e.getErrorIndex());
                assertEquals(s, e.getParsedText());
                return;
              }
              DocumentNumber again = DocumentNumber.parse(n.format());
              assertEquals(n, again, s);
              assertTrue(again.isStandardForm(), s);
              assertEquals(n.format(), again.format());
              assertEquals(n, DocumentNumber.of(n.issuerCode(), n.year(), n.serial()));
            });
  }

  @Test
  void money_anyText_parsesToCanonicalFormOrFailsWithIndexInside() {
    Gen<String> texts =
        textsOver("0123456789０１２３４５６７８９.．元万亿千-+ e", 14)
            .mix(LetterGenerators.money().map(Money::format), 30);
    qt().withExamples(2000)
        .forAll(texts)
        .checkAssert(
            s -> {
              Money m;
              try {
                m = Money.parse(s);
              } catch (ValueParseException e) {
                assertTrue(e.getErrorIndex() >= 0 && e.getErrorIndex() <= s.length(), () -> s + " " + e.getErrorIndex());
                return;
              }
              assertTrue(m.yuan().signum() >= 0 && m.yuan().scale() <= 2, s);
              assertEquals(m, Money.parse(m.format()), s);
              assertEquals(m.format(), Money.parse(m.format()).format(), s);
            });
  }

  @Test
  void money_parseOfFormat_givesEqualAmountAndUnit() {
    qt().withExamples(1000)
        .forAll(LetterGenerators.money())
        .checkAssert(
            m -> {
              Money back = Money.parse(m.format());
              assertEquals(m, back);
              assertEquals(m.unit(), back.unit());
              assertEquals(m.format(), back.format());
            });
  }

  @Test
  void money_formatOfParseOfFormat_isStable() {
    qt().withExamples(1000)
        .forAll(LetterGenerators.money())
        .checkAssert(m -> assertEquals(m.format(), Money.parse(Money.parse(m.format()).format()).format()));
  }

  @Test
  void money_equalAmountsInAnyUnit_equalWithSameHash() {
    qt().withExamples(500)
        .forAll(LetterGenerators.money(), Generate.enumValues(Money.Unit.class))
        .checkAssert(
            (m, unit) -> {
              Money other = Money.parse(m.withUnit(unit).format());
              assertEquals(m, other);
              assertEquals(m.hashCode(), other.hashCode());
              assertEquals(0, m.compareTo(other));
            });
  }

  private static final List<RoundingMode> ROUNDINGS =
      List.of(
          RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
          RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN);

  /** Factors from 0 to 10 with up to six decimals, like uplifts (1.2, 1.3) and hourly rates. */
  private static Gen<BigDecimal> factors() {
    return Generate.longRange(0, 10_000_000).zip(Generate.range(0, 6), BigDecimal::valueOf);
  }

  @Test
  void money_multipliedBy_neverNegative_exactToTheFen() {
    qt().withExamples(1000)
        .forAll(LetterGenerators.money(), factors(), LetterGenerators.oneOf(ROUNDINGS))
        .checkAssert(
            (m, factor, rounding) -> {
              Money product = m.multipliedBy(factor, rounding);
              BigDecimal exact = m.yuan().multiply(factor);
              assertTrue(product.yuan().signum() >= 0, product::toString);
              assertTrue(product.yuan().scale() <= 2, () -> "finer than a fen: " + product.yuan());
              assertEquals(0, exact.setScale(2, rounding).compareTo(product.yuan()), () -> exact + " " + rounding);
              assertTrue(exact.subtract(product.yuan()).abs().compareTo(new BigDecimal("0.01")) < 0);
              assertEquals(m.unit(), product.unit());
              assertEquals(product, Money.parse(product.format()));
            });
  }

  @Test
  void money_plus_isExactAndCommutativeInAmount() {
    qt().withExamples(1000)
        .forAll(LetterGenerators.money(), LetterGenerators.money())
        .checkAssert(
            (a, b) -> {
              Money sum = a.plus(b);
              assertEquals(0, a.yuan().add(b.yuan()).compareTo(sum.yuan()));
              assertEquals(sum, b.plus(a));
              assertEquals(a.unit(), sum.unit());
              assertTrue(sum.compareTo(a) >= 0 && sum.compareTo(b) >= 0);
            });
  }

  @Test
  void money_min_andCompareTo_agree() {
    qt().withExamples(1000)
        .forAll(LetterGenerators.money(), LetterGenerators.money())
        .checkAssert(
            (a, b) -> {
              Money min = a.min(b);
              assertTrue(min.compareTo(a) <= 0 && min.compareTo(b) <= 0);
              assertTrue(min == a || min == b);
              assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)));
              assertEquals(a.compareTo(b) == 0, a.equals(b));
            });
  }
}
