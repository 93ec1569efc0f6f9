package org.replyletter.internal.json;

import org.replyletter.json.ReadLimits;

/** The default read limits, for internal readers (subsidy schedules). */
public final class JsonLimits {
  /** The defaults, as {@link ReadLimits#defaults()}. */
  public static final ReadLimits DEFAULT = ReadLimits.defaults();

  private JsonLimits() {}
}
