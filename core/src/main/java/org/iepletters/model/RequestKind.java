package org.iepletters.model;

/** What a refused request asked for. */
public enum RequestKind {
  /** An independent educational evaluation at public expense. */
  IEE,
  /** An evaluation by the district. */
  EVALUATION,
  /** A service or a change of service. */
  SERVICE,
  /** Access to or copies of records. */
  RECORDS,
  /** Anything else. */
  OTHER
}
