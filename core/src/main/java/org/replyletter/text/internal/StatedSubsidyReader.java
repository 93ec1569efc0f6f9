package org.replyletter.text.internal;

import java.util.ArrayList;
import java.util.List;
import org.replyletter.Money;
import org.replyletter.StatedSubsidy;
import org.replyletter.SubsidyKind;
import org.replyletter.ValueParseException;
import org.replyletter.internal.Digits;

/**
 * Recognises the training subsidies a disposition's text states, such as
 * {@code 其中就业技能培训补贴1000元/人}, {@code 对取得培训结业证书、专项能力证书的，按500元/人给予补贴},
 * {@code 根据等级按700-3000元/人给予补贴} and {@code 最高可按3900元/人给予培训补贴}.
 *
 * <p>A statement runs from the clause after the previous statement (or the sentence start) to the
 * clause with a per-person amount ({@code 元/人}); its quote is those clauses as written. An amount
 * with no recognisable kind, or one that {@link Money} cannot hold (finer than a fen, too many
 * digits), is left as text: the importer never throws. One forward scan, no regular expressions.
 */
final class StatedSubsidyReader {
  private StatedSubsidyReader() {}

  static List<StatedSubsidy> read(List<String> paragraphs) {
    List<StatedSubsidy> out = new ArrayList<>();
    for (String paragraph : paragraphs) {
      if (paragraph.contains("元/人")) {
        for (String sentence : split(paragraph, "。；;")) {
          readSentence(sentence, out);
        }
      }
    }
    return out;
  }

  private static void readSentence(String sentence, List<StatedSubsidy> out) {
    List<String> clauses = split(sentence, "，,");
    int start = 0;
    for (int i = 0; i < clauses.size(); i++) {
      String clause = clauses.get(i);
      int unit = clause.indexOf("元/人");
      if (unit < 0) {
        continue;
      }
      String quote = String.join("，", clauses.subList(start, i + 1)).strip();
      if (quote.startsWith("其中")) {
        quote = quote.substring(2);
      }
      start = i + 1;
      StatedSubsidy s = statement(quote, clause, unit);
      if (s != null) {
        out.add(s);
      }
    }
  }

  /** The statement of one quote, whose amount ends at {@code unit} in {@code clause}; null if not a subsidy rule. */
  private static StatedSubsidy statement(String quote, String clause, int unit) {
    int end = unit;
    int begin = digitsBefore(clause, end);
    if (begin == end) {
      return null;
    }
    Money amount = amount(clause, begin, end);
    if (amount == null) {
      return null;
    }
    StatedSubsidy.Builder b = StatedSubsidy.builder().quote(quote);
    int dash = begin - 1;
    if (dash > 0 && "-–—~至".indexOf(clause.charAt(dash)) >= 0 && digitsBefore(clause, dash) < dash) {
      Money low = amount(clause, digitsBefore(clause, dash), dash);
      if (low == null || !quote.contains("技能等级")) {
        return null;
      }
      return b.addKinds(SubsidyKind.SKILL_LEVEL_CERTIFICATE).amount(low).upTo(amount).build();
    }
    if (clause.contains("最高")) {
      return b.amount(amount).isCap(true).build();
    }
    List<SubsidyKind> kinds = kinds(quote);
    return kinds.isEmpty() ? null : b.amount(amount).kinds(kinds).build();
  }

  /**
   * The amount written in {@code clause[begin, end)}, or null if it is not one: the digits scanned are
   * any run a reader could type (such as {@code 1.005} or 31 digits), which {@link Money} refuses.
   */
  private static Money amount(String clause, int begin, int end) {
    try {
      return Money.parse(clause.substring(begin, end) + "元");
    } catch (ValueParseException e) {
      return null;
    }
  }

  private static List<SubsidyKind> kinds(String quote) {
    List<SubsidyKind> kinds = new ArrayList<>();
    if (quote.contains("就业技能培训")) {
      kinds.add(SubsidyKind.EMPLOYMENT_SKILLS_TRAINING);
    }
    if (quote.contains("创业培训")) {
      kinds.add(SubsidyKind.ENTREPRENEURSHIP_TRAINING);
    }
    if (quote.contains("结业证书") || quote.contains("合格证书")) {
      kinds.add(SubsidyKind.COMPLETION_CERTIFICATE);
    }
    if (quote.contains("专项能力证书") || quote.contains("专项职业能力证书")) {
      kinds.add(SubsidyKind.SPECIAL_ABILITY_CERTIFICATE);
    }
    if (quote.contains("技能等级证书")) {
      kinds.add(SubsidyKind.SKILL_LEVEL_CERTIFICATE);
    }
    return kinds;
  }

  /** The start of the run of digits (with one decimal point) that ends at {@code end}. */
  private static int digitsBefore(String s, int end) {
    int i = end;
    boolean point = false;
    while (i > 0) {
      char c = s.charAt(i - 1);
      if (Digits.value(c) >= 0) {
        i--;
      } else if ((c == '.' || c == '．') && !point && i < end && i > 1 && Digits.value(s.charAt(i - 2)) >= 0) {
        point = true;
        i--;
      } else {
        break;
      }
    }
    return i;
  }

  private static List<String> split(String s, String separators) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      if (separators.indexOf(s.charAt(i)) >= 0) {
        parts.add(s.substring(from, i));
        from = i + 1;
      }
    }
    parts.add(s.substring(from));
    return parts;
  }
}
