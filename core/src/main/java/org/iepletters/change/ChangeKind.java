package org.iepletters.change;

/** How a proposed IEP changes one service line, judged by exact minutes per week. */
public enum ChangeKind {
  /** The proposed line has fewer minutes per week. */
  REDUCED,
  /** The accepted line is missing from the proposal. */
  REMOVED,
  /** The proposed line has more minutes per week. */
  INCREASED,
  /** The same minutes per week; grid, setting or dates may still differ. */
  UNCHANGED,
  /** A line the accepted IEP did not have. */
  ADDED;

  /** Whether the change cuts the service: a reduction or a removal. */
  public boolean isCut() {
    return this == REDUCED || this == REMOVED;
  }
}
