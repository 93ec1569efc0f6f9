package org.replyletter.validation.internal;

import java.util.ArrayList;
import java.util.List;
import org.replyletter.diagnostics.Finding;

/**
 * The model's constraint findings of a letter read from JSON, from where its reader saw blank texts
 * ({@code LetterJson.Result.blankTexts()}), while {@link BeanValidation#ONLY_BLANK_TEXT_FAILS}: then
 * Hibernate Validator would report exactly one {@code @NotBlank} violation at each, so it need
 * neither walk the letter nor start. A class apart from {@link BeanValidation}, whose loading would
 * load Hibernate's. {@code BlankHintTest} checks that the two agree.
 */
public final class BlankTexts {
  private BlankTexts() {}

  /**
   * One {@code RL-BV-001} finding at each pointer, named by its member (for an element of a list,
   * the list's), as {@link BeanValidation#validate} names it.
   */
  public static List<Finding> findings(List<String> pointers) {
    List<Finding> out = new ArrayList<>(pointers.size());
    for (String pointer : pointers) {
      out.add(Code.BV_BLANK.at(pointer, memberOf(pointer)));
    }
    return out;
  }

  /** The last segment that is not an index: the model's member names are never numbers. */
  static String memberOf(String pointer) {
    int end = pointer.length();
    while (end > 0) {
      int start = pointer.lastIndexOf('/', end - 1);
      if (!FindingOrder.isIndex(pointer, start + 1, end)) {
        return pointer.substring(start + 1, end);
      }
      end = start;
    }
    return "";
  }
}
