package org.iepletters.calendar;

import java.util.Arrays;
import java.util.Optional;

/**
 * The deadlines of a case, in the order a letter or the plan lists them, each with its rule and authority.
 *
 * <p>Two of them are not periods set by law: {@link #DEMAND_RESPONSE_DUE} and {@link #WRITTEN_NOTICE_RESPONSE_DUE}
 * are dates the parent asks for. Their authority is empty and {@link #isLegalPeriod()} is false.
 */
public enum DeadlineKind {
  /** Access to the student record: ten calendar days, or the day before an earlier Team meeting. */
  RECORDS_ACCESS_DUE("recordsAccessDue", "ten calendar days after the request", "603 CMR 23.07(2)"),
  /** The answer the parent asks for in a demand: five business days. */
  DEMAND_RESPONSE_DUE("demandResponseDue",
      "five business days after the demand, a date the parent asks for, not a period set by law", ""),
  /** The written decision on a PRS complaint: sixty calendar days after filing. */
  PRS_DECISION_DUE("prsDecisionDue", "sixty calendar days after the complaint is filed", "34 CFR 300.152(a)"),
  /** The oldest date a PRS complaint can reach back to: one year before filing. */
  PRS_EARLIEST_VIOLATION("prsEarliestViolation",
      "one year before the complaint is filed; violations before it are left out", "34 CFR 300.153(c)"),
  /** The last filing date on which a PRS complaint reaches every shortfall: one year after the first one. */
  PRS_FULL_COVERAGE_BY("prsFullCoverageBy",
      "one year after the end of the first period with a shortfall: the last filing date on which a complaint "
          + "still reaches every shortfall", "34 CFR 300.153(c)"),
  /** The district's forwarding of a rejection to the BSEA: five calendar days. */
  BSEA_FORWARDING_DUE("bseaForwardingDue", "five calendar days after the rejection", "603 CMR 28.08(3)(b)"),
  /** The parent's response to a proposed IEP: thirty calendar days after receiving it. */
  PROPOSED_IEP_RESPONSE_DUE("proposedIepResponseDue",
      "thirty calendar days after the proposed IEP was received", "603 CMR 28.05(7)(a)"),
  /** The answer the parent asks for in a written-notice request: five business days. */
  WRITTEN_NOTICE_RESPONSE_DUE("writtenNoticeResponseDue",
      "five business days after the request, a date the parent asks for, not a period set by law", ""),
  /** The district's answer to an IEE request: five school days, to pay for it or ask for a hearing. */
  IEE_RESPONSE_DUE("ieeResponseDue",
      "five school days after the request: the district agrees to pay for the independent evaluation or asks the "
          + "BSEA for a hearing", "603 CMR 28.04(5)(d); 34 CFR 300.502(b)(2)"),
  /** The last day to request a due process hearing: two years after the first shortfall. */
  DUE_PROCESS_LIMIT("dueProcessLimit", "two years after the first shortfall in the service logs",
      "34 CFR 300.511(e)");

  private final String key;
  private final String rule;
  private final String authority;

  DeadlineKind(String key, String rule, String authority) {
    this.key = key;
    this.rule = rule;
    this.authority = authority;
  }

  /** {@return the name used in JSON and templates, such as {@code recordsAccessDue}} */
  public String key() {
    return key;
  }

  /** {@return the usual rule in plain English, such as "ten calendar days after the request"} */
  public String rule() {
    return rule;
  }

  /**
   * {@return the regulation or statute, such as "603 CMR 23.07(2); 34 CFR 300.613(a)"; empty for a parent's request}
   */
  public String authority() {
    return authority;
  }

  /** {@return whether the law sets the period; false for the dates the parent asks for} */
  public boolean isLegalPeriod() {
    return !authority.isEmpty();
  }

  /**
   * The kind with the given key.
   *
   * @param key a key such as {@code dueProcessLimit}
   * @return the kind, or empty when none has that key
   */
  public static Optional<DeadlineKind> fromKey(String key) {
    return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
  }
}
