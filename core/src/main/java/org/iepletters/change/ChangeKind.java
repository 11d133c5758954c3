package org.iepletters.change;

/**
 * How a proposed IEP changes one service line. An accepted line gets the first kind that fits, in
 * the order of the constants from {@link #REMOVED} to {@link #UNCHANGED}; a proposed line with a new id is
 * {@link #ADDED}.
 */
public enum ChangeKind {
  /** The accepted line is missing from the proposal. */
  REMOVED,
  /** The proposed line has fewer minutes per school week. */
  REDUCED,
  /** Direct service (grid B or C) turned into consultation (grid A). */
  LESS_DIRECT,
  /** The proposed line has more minutes per school week. */
  INCREASED,
  /** The same minutes per school week, but something else differs (such as shorter sessions, the provider). */
  CHANGED,
  /** Nothing differs. */
  UNCHANGED,
  /** A line the accepted IEP did not have. */
  ADDED;

  /** {@return whether the change cuts the service: a removal, a reduction, or less direct service} */
  public boolean isCut() {
    return this == REDUCED || this == REMOVED || this == LESS_DIRECT;
  }
}
