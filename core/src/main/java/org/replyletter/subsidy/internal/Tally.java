package org.replyletter.subsidy.internal;

import java.util.ArrayList;
import java.util.List;
import org.replyletter.subsidy.ShortageCategory;

/**
 * What checking one request finds besides its explanation: the failed reason codes, the warnings,
 * and the shortage class the amount is computed with. One per decision; not thread-safe.
 */
public final class Tally {
  /** The failed reason codes, in order. */
  public final List<String> reasons = new ArrayList<>(4);
  /** The warning codes, in order. */
  public final List<String> warnings = new ArrayList<>(2);
  /** The shortage class the amount is computed with. */
  public ShortageCategory shortage = ShortageCategory.NONE;

  /** Records a failed reason. */
  public void fail(SubsidyCode code) {
    reasons.add(code.code());
  }

  /** Records a warning. */
  public void warn(SubsidyCode code) {
    warnings.add(code.code());
  }
}
