package org.replyletter.validation.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.replyletter.DocumentNumber;
import org.replyletter.DocumentNumber.Normalisation;
import org.replyletter.ReplyLetter;
import org.replyletter.diagnostics.Finding;
import org.replyletter.validation.RuleContext;

/** Rules on the document number's form (GB/T 9704-2012 §7.2.5). */
final class DocumentNumberRules {
  private DocumentNumberRules() {}

  static final String PATH = "/documentNumber";

  /** The first year a number of the People's Republic can carry. */
  static final int FIRST_YEAR = 1949;

  /** Which code reports each correction the parser made. */
  static final Map<Normalisation, Code> CODES = new EnumMap<>(Normalisation.class);

  static {
    CODES.put(Normalisation.BRACKETS, Code.DOC_BRACKETS);
    CODES.put(Normalisation.ORDINAL_PREFIX, Code.DOC_ORDINAL_PREFIX);
    CODES.put(Normalisation.LEADING_ZEROS, Code.DOC_LEADING_ZEROS);
    CODES.put(Normalisation.FULL_WIDTH_DIGITS, Code.DOC_FULL_WIDTH);
    CODES.put(Normalisation.WHITESPACE, Code.DOC_WHITESPACE);
    CODES.put(Normalisation.MISSING_SUFFIX, Code.DOC_MISSING_SUFFIX);
    if (CODES.size() != Normalisation.values().length) {
      throw new ExceptionInInitializerError("a Normalisation has no finding code");
    }
  }

  /** One rule per correction: a readable number in a non-standard form, shown with its standard form. */
  static BuiltInRule standardForm(Normalisation n) {
    Code code = CODES.get(n);
    return new BuiltInRule(code) {
      @Override
      void check(ReplyLetter letter, RuleContext context, List<Finding> out) {
        letter.documentNumber()
            .filter(d -> d.normalisations().contains(n))
            .ifPresent(d -> out.add(code.at(PATH, d.original(), d.format())));
      }
    };
  }

  /** The year is not before 1949 and not after next year (by the validation clock). */
  static final class PlausibleYear extends BuiltInRule {
    PlausibleYear() {
      super(Code.DOC_YEAR);
    }

    @Override
    void check(ReplyLetter letter, RuleContext context, List<Finding> out) {
      if (letter.documentNumber().isEmpty()) {
        return;
      }
      DocumentNumber d = letter.documentNumber().get();
      int max = context.today().getYear() + 1;
      if (d.year() < FIRST_YEAR || d.year() > max) {
        out.add(
            Code.DOC_YEAR.at(
                PATH, d.original(), Integer.toString(d.year()), Integer.toString(FIRST_YEAR), Integer.toString(max)));
      }
    }
  }

  static List<BuiltInRule> all() {
    List<BuiltInRule> rules = new java.util.ArrayList<>();
    for (Normalisation n : Normalisation.values()) {
      rules.add(standardForm(n));
    }
    rules.add(new PlausibleYear());
    return rules;
  }
}
