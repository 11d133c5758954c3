package org.iepletters.ledger;

/** How a period with fewer school days than usual is counted. */
public enum Proration {
  /** A short period requires its share: sessions × minutes × school days / nominal days, rounded half up. */
  SCHOOL_DAYS,
  /** A period with at least one school day requires every session in full. */
  NONE
}
