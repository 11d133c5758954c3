package org.iepletters.plan;

/** Where a case stands (SPEC section 7); a case can be in several at once, listed in this order. */
public enum Situation {
  /** The ledger, with the default proration, shows minutes owed on the accepted IEP. */
  NON_IMPLEMENTATION,
  /** The proposed IEP reduces or removes a service of the accepted IEP, compared in exact minutes per week. */
  PROPOSED_REDUCTION,
  /** The district refused a request of the parent. */
  REFUSED_REQUEST
}
