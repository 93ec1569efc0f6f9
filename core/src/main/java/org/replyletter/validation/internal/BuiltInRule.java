package org.replyletter.validation.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.replyletter.ReplyLetter;
import org.replyletter.diagnostics.Finding;
import org.replyletter.validation.LetterRule;
import org.replyletter.validation.RuleContext;

/**
 * Base of the built-in rules: the codes come from {@link Code}, and {@link #check(ReplyLetter,
 * RuleContext, List)} adds findings to a list. Subclasses are stateless, hence thread-safe.
 */
abstract class BuiltInRule implements LetterRule {
  private final Set<String> codes;

  BuiltInRule(Code... codes) {
    Set<String> s = new LinkedHashSet<>();
    for (Code c : codes) {
      s.add(c.code());
    }
    this.codes = Collections.unmodifiableSet(s);
  }

  @Override
  public final Set<String> codes() {
    return codes;
  }

  @Override
  public final List<Finding> check(ReplyLetter letter, RuleContext context) {
    List<Finding> out = new ArrayList<>(2);
    check(letter, context, out);
    return out;
  }

  abstract void check(ReplyLetter letter, RuleContext context, List<Finding> out);

  @Override
  public String toString() {
    return getClass().getSimpleName() + codes;
  }
}
