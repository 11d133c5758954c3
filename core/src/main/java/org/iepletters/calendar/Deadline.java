package org.iepletters.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One deadline: its kind, its date and the rule that gave the date, ready for a letter to print.
 *
 * <p>"Within N days" is the trigger plus N calendar days, never moved off a weekend or holiday; "N business days"
 * is the Nth business day after the trigger. A year added to or taken from February 29 gives February 28.
 *
 * @param kind which deadline
 * @param date the date; {@code null} only for {@link DeadlineKind#IEE_RESPONSE_DUE} when the case's school-year
 *     calendars end before it
 * @param rule the rule in plain English, such as "ten calendar days after the request"
 * @param authority the regulation or statute that sets it; empty for a date the parent asks for
 */
public record Deadline(DeadlineKind kind, LocalDate date, String rule, String authority) {
  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

  /** {@return the name used in JSON and templates, such as {@code recordsAccessDue}} */
  public String name() {
    return kind.key();
  }

  /** {@return whether the law sets the period; false for the dates the parent asks for} */
  public boolean isLegalPeriod() {
    return kind.isLegalPeriod();
  }

  /**
   * Access to the student record: ten calendar days after the request (603 CMR 23.07(2)), or the day before the
   * next Team meeting when that comes sooner (34 CFR 300.613(a): before any meeting regarding an IEP).
   *
   * @param requested the date of the request
   * @param nextTeamMeeting the next Team meeting, or {@code null}
   * @return the deadline
   * @throws IllegalArgumentException when a date is outside {@link SupportedDates}
   */
  public static Deadline recordsAccessDue(LocalDate requested, LocalDate nextTeamMeeting) {
    SupportedDates.require(requested, "requested");
    SupportedDates.require(nextTeamMeeting, "nextTeamMeeting");
    LocalDate tenDays = requested.plusDays(10);
    if (nextTeamMeeting != null && nextTeamMeeting.isAfter(requested)) {
      LocalDate dayBefore = nextTeamMeeting.minusDays(1);
      if (dayBefore.isBefore(tenDays)) {
        return new Deadline(DeadlineKind.RECORDS_ACCESS_DUE, dayBefore,
            "the day before the Team meeting on " + LONG_DATE.format(nextTeamMeeting), "34 CFR 300.613(a)");
      }
    }
    return of(DeadlineKind.RECORDS_ACCESS_DUE, tenDays);
  }

  /**
   * The answer asked for in a demand: the fifth business day after it is sent.
   *
   * @param sent the date the demand is sent
   * @return the deadline
   * @throws IllegalArgumentException when a date is outside {@link SupportedDates}
   */
  public static Deadline demandResponseDue(LocalDate sent) {
    SupportedDates.require(sent, "sent");
    return of(DeadlineKind.DEMAND_RESPONSE_DUE, BusinessDays.after(sent, 5));
  }

  /**
   * The written decision on a PRS complaint: sixty calendar days after filing.
   *
   * @param filed the filing date
   * @return the deadline
   * @throws IllegalArgumentException when a date is outside {@link SupportedDates}
   */
  public static Deadline prsDecisionDue(LocalDate filed) {
    SupportedDates.require(filed, "filed");
    return of(DeadlineKind.PRS_DECISION_DUE, filed.plusDays(60));
  }

  /**
   * The oldest date a PRS complaint reaches: one year before filing (February 29 gives February 28).
   *
   * @param filed the filing date
   * @return the deadline
   * @throws IllegalArgumentException when a date is outside {@link SupportedDates}
   */
  public static Deadline prsEarliestViolation(LocalDate filed) {
    SupportedDates.require(filed, "filed");
    return of(DeadlineKind.PRS_EARLIEST_VIOLATION, filed.minusYears(1));
  }

  /**
   * The district's forwarding of a rejection to the BSEA: five calendar days after the rejection.
   *
   * @param rejected the date of the rejection
   * @return the deadline
   * @throws IllegalArgumentException when a date is outside {@link SupportedDates}
   */
  public static Deadline bseaForwardingDue(LocalDate rejected) {
    SupportedDates.require(rejected, "rejected");
    return of(DeadlineKind.BSEA_FORWARDING_DUE, rejected.plusDays(5));
  }

  /**
   * The parent's response to a proposed IEP: thirty calendar days after it was received, else after its date.
   *
   * @param receivedOn the date the parent received it, or {@code null}
   * @param proposedOn the date of the proposal
   * @return the deadline
   * @throws IllegalArgumentException when a date is outside {@link SupportedDates}
   */
  public static Deadline proposedIepResponseDue(LocalDate receivedOn, LocalDate proposedOn) {
    // 603 CMR 28.05(7)(a) does not say what no response means: no rule here says silence is a rejection.
    SupportedDates.require(receivedOn, "receivedOn");
    SupportedDates.require(proposedOn, "proposedOn");
    if (receivedOn != null) {
      return of(DeadlineKind.PROPOSED_IEP_RESPONSE_DUE, receivedOn.plusDays(30));
    }
    return new Deadline(DeadlineKind.PROPOSED_IEP_RESPONSE_DUE, proposedOn.plusDays(30),
        "thirty calendar days after the date of the proposed IEP, the date it was received not being known",
        DeadlineKind.PROPOSED_IEP_RESPONSE_DUE.authority());
  }

  /**
   * The answer asked for in a written-notice request: the fifth business day after it is sent.
   *
   * @param sent the date the request is sent
   * @return the deadline
   * @throws IllegalArgumentException when a date is outside {@link SupportedDates}
   */
  public static Deadline writtenNoticeResponseDue(LocalDate sent) {
    SupportedDates.require(sent, "sent");
    return of(DeadlineKind.WRITTEN_NOTICE_RESPONSE_DUE, BusinessDays.after(sent, 5));
  }

  /**
   * The last day to request a due process hearing: two years after the first shortfall (February 29 gives
   * February 28).
   *
   * @param firstShortfall the first school day of the first shortfall
   * @return the deadline
   * @throws IllegalArgumentException when a date is outside {@link SupportedDates}
   */
  public static Deadline dueProcessLimit(LocalDate firstShortfall) {
    SupportedDates.require(firstShortfall, "firstShortfall");
    return of(DeadlineKind.DUE_PROCESS_LIMIT, firstShortfall.plusYears(2));
  }

  /**
   * The last filing date on which a PRS complaint still reaches every shortfall: one year after the last school
   * day of the earliest first shortfall period (February 29 gives February 28).
   *
   * @param firstShortfallPeriodEnd the earliest, over the lines with a shortfall, of the last school day in the
   *     window of the line's first shortfall period
   * @return the deadline
   */
  public static Deadline prsFullCoverageBy(LocalDate firstShortfallPeriodEnd) {
    SupportedDates.require(firstShortfallPeriodEnd, "firstShortfallPeriodEnd");
    return of(DeadlineKind.PRS_FULL_COVERAGE_BY, firstShortfallPeriodEnd.plusYears(1));
  }

  /**
   * The district's answer to an IEE request: within five school days it agrees to pay for the independent
   * evaluation or asks the BSEA for a hearing.
   *
   * @param requested the date the request is sent
   * @param schoolDays the school days of the case's school-year calendars
   * @return the deadline; its date is {@code null} when the calendars end before the fifth school day
   */
  public static Deadline ieeResponseDue(LocalDate requested, SchoolDays schoolDays) {
    SupportedDates.require(requested, "requested");
    return of(DeadlineKind.IEE_RESPONSE_DUE, schoolDays.after(requested, 5).orElse(null));
  }

  private static Deadline of(DeadlineKind kind, LocalDate date) {
    return new Deadline(kind, date, kind.rule(), kind.authority());
  }
}
