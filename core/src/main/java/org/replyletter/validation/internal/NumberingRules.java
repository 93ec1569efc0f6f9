package org.replyletter.validation.internal;

import org.replyletter.internal.ChineseNumerals;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.replyletter.ReplyLetter;
import org.replyletter.Section;
import org.replyletter.Suggestion;
import org.replyletter.diagnostics.Finding;
import org.replyletter.validation.RuleContext;

/**
 * Numbering of body sections (一、二、三…) and checklist suggestions (建议一、建议二…): Chinese
 * numerals 一 to 九十九, present, contiguous and in order. Three concerns, three rules per list:
 *
 * <ul>
 *   <li>missing: an item without numeral (the seed letter's fourth section), where the list is
 *       numbered at all: a letter whose body has no numbered section has no numeral missing;
 *   <li>invalid: a numeral that is not 一 … 九十九 (e.g. {@code 1}, {@code 一、});
 *   <li>sequence: a numeral that does not follow the previous numbered item, counting the unnumbered
 *       items between them; the first numbered item counts from 一. Comparing with the previous
 *       numeral, not with the position alone, reports a duplicated or skipped numeral once, not once
 *       for every later item.
 * </ul>
 *
 * A body section with neither numeral nor heading is prose (an introduction before 一、, a closing
 * paragraph after the last numbered section, or the whole body of a letter without numbered
 * sections): it is not a numbered item, so it neither misses a numeral nor counts in the sequence.
 * A blank numeral is Bean Validation's business.
 */
final class NumberingRules {
  private NumberingRules() {}

  static final int MAX = 99;

  /** One numbered list of the letter. */
  static final class Numbered {
    final String basePath;
    final Function<ReplyLetter, List<Optional<String>>> ordinals;
    final Function<ReplyLetter, List<String>> labels;
    /** Which items are numbered items (the others are prose, see the class comment). */
    final Function<ReplyLetter, List<Boolean>> items;
    final Code missing;
    final Code invalid;
    final Code sequence;

    Numbered(
        String basePath,
        Function<ReplyLetter, List<Optional<String>>> ordinals,
        Function<ReplyLetter, List<String>> labels,
        Function<ReplyLetter, List<Boolean>> items,
        Code missing,
        Code invalid,
        Code sequence) {
      this.basePath = basePath;
      this.ordinals = ordinals;
      this.labels = labels;
      this.items = items;
      this.missing = missing;
      this.invalid = invalid;
      this.sequence = sequence;
    }

    String path(int i) {
      return basePath + "/" + i + "/ordinal";
    }
  }

  static final Numbered SECTIONS =
      new Numbered(
          "/sections",
          l -> map(l.sections(), Section::ordinal),
          l -> map(l.sections(), s -> s.heading().or(() -> s.paragraphs().stream().findFirst()).map(Text::excerpt).orElse("")),
          l -> map(l.sections(), s -> s.ordinal().isPresent() || s.heading().isPresent()),
          Code.SEC_ORDINAL_MISSING,
          Code.SEC_ORDINAL_INVALID,
          Code.SEC_ORDINAL_SEQUENCE);

  static final Numbered SUGGESTIONS =
      new Numbered(
          "/checklist/suggestions",
          l -> map(l.checklist().map(c -> c.suggestions()).orElse(List.of()), Suggestion::ordinal),
          l -> map(l.checklist().map(c -> c.suggestions()).orElse(List.of()), s -> Text.excerpt(s.title())),
          l -> map(l.checklist().map(c -> c.suggestions()).orElse(List.of()), s -> true),
          Code.SUG_ORDINAL_MISSING,
          Code.SUG_ORDINAL_INVALID,
          Code.SUG_ORDINAL_SEQUENCE);

  private static <T, R> List<R> map(List<T> list, Function<T, R> f) {
    List<R> out = new ArrayList<>(list.size());
    for (T t : list) {
      out.add(f.apply(t));
    }
    return out;
  }

  /** The value of a well-formed numeral 一 … 九十九, or -1. */
  static int value(String ordinal) {
    int v = ChineseNumerals.parseOrdinal(ordinal);
    return v >= 1 && v <= MAX ? v : -1;
  }

  /** The numeral expected at {@code index}, for messages; Arabic beyond 九十九. */
  static String expected(int n) {
    return n <= MAX ? ChineseNumerals.format(n) : Integer.toString(n);
  }

  static BuiltInRule missing(Numbered list) {
    return new BuiltInRule(list.missing) {
      @Override
      void check(ReplyLetter letter, RuleContext context, List<Finding> out) {
        List<Optional<String>> ords = list.ordinals.apply(letter);
        if (ords.stream().allMatch(Optional::isEmpty)) {
          return; // not a numbered list: nothing is missing
        }
        List<Boolean> items = list.items.apply(letter);
        List<String> labels = null;
        int previous = 0;
        int since = 0; // numbered items since the previous numeral
        for (int i = 0; i < ords.size(); i++) {
          if (!items.get(i)) {
            continue;
          }
          since++;
          int v = ords.get(i).map(NumberingRules::value).orElse(-1);
          if (v > 0) {
            previous = v;
            since = 0;
          } else if (ords.get(i).isEmpty()) {
            if (labels == null) {
              labels = list.labels.apply(letter);
            }
            out.add(list.missing.at(list.path(i), expected(previous + since), labels.get(i)));
          }
        }
      }
    };
  }

  static BuiltInRule invalid(Numbered list) {
    return new BuiltInRule(list.invalid) {
      @Override
      void check(ReplyLetter letter, RuleContext context, List<Finding> out) {
        List<Optional<String>> ords = list.ordinals.apply(letter);
        for (int i = 0; i < ords.size(); i++) {
          Optional<String> o = ords.get(i);
          if (o.isPresent() && !o.get().isBlank() && value(o.get()) < 0) {
            out.add(list.invalid.at(list.path(i), o.get()));
          }
        }
      }
    };
  }

  static BuiltInRule sequence(Numbered list) {
    return new BuiltInRule(list.sequence) {
      @Override
      void check(ReplyLetter letter, RuleContext context, List<Finding> out) {
        List<Optional<String>> ords = list.ordinals.apply(letter);
        List<Boolean> items = list.items.apply(letter);
        int previous = 0;
        int since = 0; // numbered items since the previous numeral
        for (int i = 0; i < ords.size(); i++) {
          if (!items.get(i)) {
            continue;
          }
          since++;
          int v = ords.get(i).map(NumberingRules::value).orElse(-1);
          if (v < 0) {
            continue; // missing or invalid: another rule's finding
          }
          int want = previous + since;
          if (v != want) {
            out.add(list.sequence.at(list.path(i), ords.get(i).get(), expected(want)));
          }
          previous = v;
          since = 0;
        }
      }
    };
  }

  static List<BuiltInRule> all() {
    return List.of(
        missing(SECTIONS), invalid(SECTIONS), sequence(SECTIONS),
        missing(SUGGESTIONS), invalid(SUGGESTIONS), sequence(SUGGESTIONS));
  }
}
