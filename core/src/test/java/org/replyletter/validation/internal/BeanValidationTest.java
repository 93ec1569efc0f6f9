package org.replyletter.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyletter.CcGroup;
import org.replyletter.HandlingChecklist;
import org.replyletter.ReplyLetter;
import org.replyletter.Section;
import org.replyletter.Suggestion;
import org.replyletter.validation.Finding;

/** The Bean Validation bridge: accessors seen, paths as JSON Pointers, empty optionals pass. */
class BeanValidationTest {
  private static List<String> found(ReplyLetter l) {
    return BeanValidation.instance().validate(l).stream().map(f -> f.code() + " " + f.path()).sorted().toList();
  }

  @Test
  void emptyLetter_hasNoViolation() {
    assertEquals(List.of(), found(ReplyLetter.builder().build()));
  }

  @Test
  void blankTitle_isSeenOnTheAccessor() {
    assertEquals(List.of("RL-BV-001 /title"), found(ReplyLetter.builder().title(" ").build()));
  }

  @Test
  void nestedListElement_becomesPointerWithIndexes() {
    Section ok = Section.builder().ordinal("一").addParagraphs("正文").build();
    Section bad = Section.builder().ordinal("二").addParagraphs("正文", "正文", "\u3000").build();
    ReplyLetter l = ReplyLetter.builder().addSections(ok, ok, ok, bad).build();
    assertEquals(List.of("RL-BV-001 /sections/3/paragraphs/2"), found(l));
  }

  @Test
  void optionalInsideList_andRequiredMember() {
    Suggestion s = Suggestion.builder().ordinal(" ").title("").build();
    ReplyLetter l =
        ReplyLetter.builder()
            .checklist(HandlingChecklist.builder().addSuggestions(s).build())
            .addCc(CcGroup.of("民政局", ""))
            .build();
    assertEquals(
        List.of(
            "RL-BV-001 /cc/0/recipients/1",
            "RL-BV-001 /checklist/suggestions/0/ordinal",
            "RL-BV-001 /checklist/suggestions/0/title"),
        found(l));
  }

  @Test
  void messages_areOurs_bilingual() {
    Finding f = BeanValidation.instance().validate(ReplyLetter.builder().title("").build()).get(0);
    assertEquals("“title”不能为空白", f.message());
    assertEquals("\"title\" must not be blank", f.message(java.util.Locale.ENGLISH));
  }

  /** RL-BV-002 and RL-BV-003: constraints the model does not use yet, mapped all the same. */
  static final class Probe {
    @jakarta.validation.constraints.NotNull
    String name() {
      return null;
    }

    @jakarta.validation.constraints.Size(min = 2)
    List<String> items() {
      return List.of("x");
    }
  }

  @Test
  void otherConstraints_haveTheirCodes() {
    List<String> got =
        BeanValidation.instance().validator().validate(new Probe()).stream()
            .map(BeanValidation::toFinding)
            .map(f -> f.code() + " " + f.path() + " " + f.arguments())
            .sorted()
            .toList();
    assertEquals(List.of("RL-BV-002 /name [name]", "RL-BV-003 /items [items, Size]"), got);
    assertTrue(Finding.of("RL-BV-003", org.replyletter.validation.Severity.ERROR, "", "items", "Size").message().contains("Size"));
  }
}
