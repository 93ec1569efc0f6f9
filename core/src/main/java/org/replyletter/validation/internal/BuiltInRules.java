package org.replyletter.validation.internal;

import java.util.ArrayList;
import java.util.List;
import org.replyletter.validation.LetterRule;

/** Every built-in rule, in catalogue order. Immutable; the rules are stateless. */
public final class BuiltInRules {
  private static final List<LetterRule> ALL;

  static {
    List<LetterRule> all = new ArrayList<>();
    all.addAll(PresenceRules.all());
    all.addAll(DocumentNumberRules.all());
    all.addAll(ClassificationRules.all());
    all.addAll(ChecklistRules.all());
    all.addAll(StatedSubsidyRules.all());
    all.addAll(NumberingRules.all());
    all.addAll(TitleRules.all());
    all.addAll(PartyRules.all());
    all.addAll(DateRules.all());
    all.addAll(TextCharacterRules.all());
    ALL = List.copyOf(all);
  }

  private BuiltInRules() {}

  /** The rules. */
  public static List<LetterRule> all() {
    return ALL;
  }

  /**
   * True for the rule that finds only characters RL-TXT-001 reports; the reader notes those while it
   * reads ({@code LetterJson.Result#mayHoldInvisible}), so validation of JSON it read can skip it.
   */
  public static boolean findsOnlyInvisibleCharacters(LetterRule rule) {
    return rule instanceof TextCharacterRules.Invisible;
  }
}
