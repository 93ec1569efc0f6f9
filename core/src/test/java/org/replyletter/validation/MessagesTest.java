package org.replyletter.validation;

import org.replyletter.diagnostics.Finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.replyletter.internal.Messages;

/** Every code has a message in both languages, and every message renders. */
class MessagesTest {
  @Test
  void bundles_haveTheSameKeys() {
    assertEquals(
        new TreeSet<>(Messages.bundle(Finding.ZH_CN).keySet()),
        new TreeSet<>(Messages.bundle(Locale.ENGLISH).keySet()));
  }

  @Test
  void everyCatalogueCode_hasAMessageInBothLanguages() {
    for (String code : LetterValidator.catalogue().keySet()) {
      assertTrue(Messages.bundle(Finding.ZH_CN).containsKey(code), "zh: " + code);
      assertTrue(Messages.bundle(Locale.ENGLISH).containsKey(code), "en: " + code);
    }
  }

  @Test
  void everyMessage_rendersWithoutLeftoverBracesOrLostApostrophes() {
    List<String> args = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      args.add("ARG" + i);
    }
    for (Locale locale : List.of(Finding.ZH_CN, Locale.ENGLISH)) {
      for (Map.Entry<String, String> e : Messages.bundle(locale).entrySet()) {
        String text = Messages.format(locale, e.getKey(), args);
        assertFalse(text.contains("{") || text.contains("}"), locale + " " + e.getKey() + ": " + text);
        // A single apostrophe in a pattern quotes text and vanishes; it must be written twice.
        long quotes = e.getValue().chars().filter(c -> c == '\'').count();
        long rendered = text.chars().filter(c -> c == '\'').count();
        assertEquals(quotes / 2, rendered, locale + " " + e.getKey() + ": " + e.getValue());
      }
    }
  }

  @Test
  void catalogue_codesAreWellFormedAndUnique() {
    assertEquals(LetterValidator.catalogue().size(), new TreeSet<>(LetterValidator.catalogue().keySet()).size());
    for (String code : LetterValidator.catalogue().keySet()) {
      assertTrue(code.matches("RL-[A-Z]{2,4}-[0-9]{3}"), code);
    }
  }
}
