package org.iepletters.plan;

/** Where a case stands; a case can be in several at once, listed in this order. */
public enum Situation {
  /** The ledger, with the default proration and the evidence rule, shows minutes owed on the accepted IEP. */
  NON_IMPLEMENTATION,
  /** The proposed IEP cuts a service: removes it, reduces it, or turns direct service into consultation. */
  PROPOSED_REDUCTION,
  /** The proposed IEP cuts nothing, but the parent rejects something in it: a changed line or another portion. */
  PROPOSED_CHANGE,
  /** The district refused a request of the parent that is not an independent educational evaluation. */
  REFUSED_REQUEST,
  /** The district refused an independent educational evaluation at public expense. */
  REFUSED_IEE
}
