package org.iepletters.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.iepletters.calendar.Deadline;
import org.iepletters.calendar.Deadlines;
import org.iepletters.calendar.SchoolDays;
import org.iepletters.change.IepChange;
import org.iepletters.ledger.LineLedger;
import org.iepletters.ledger.ServiceLedger;
import org.iepletters.model.Case;
import org.iepletters.model.SchoolCalendar;
import org.iepletters.calendar.SupportedDates;

/**
 * The deadlines that apply to a case, each computed as if the letter concerned were sent on a given date.
 *
 * <p>Records access always applies; the demand response, PRS decision, PRS look-back and full coverage, and the due
 * process limit apply when some line has owed minutes (default proration, evidence rule); BSEA forwarding and the
 * proposed IEP response apply when there is a proposed IEP; the written-notice response applies to a cut or a
 * refused request that is not an IEE; the IEE answer applies to a refused IEE.
 */
public final class CaseDeadlines {
  /** The days after the date worked out ahead for the IEE answer: five school days fit in a month. */
  private static final int IEE_LOOK_AHEAD_DAYS = 31;

  private CaseDeadlines() {}

  /** The last school day in the window of a line's first shortfall period (before make-up), or {@code null}. */
  static LocalDate firstShortfallPeriodEnd(LineLedger line) {
    return line.periodFigures().stream()
        .filter(p -> p.shortfallMinutes() > 0)
        .map(p -> p.lastSchoolDay())
        .findFirst()
        .orElse(null);
  }

  /**
   * The deadlines of a case.
   *
   * @param c a valid case
   * @param date the date the letter is sent, filed or received: the as-of date of a plan, or a letter's date
   * @return the deadlines that apply, in the table's order
   * @throws IllegalArgumentException when a date is outside {@link SupportedDates}
   */
  public static Deadlines of(Case c, LocalDate date) {
    SupportedDates.require(date, "date");
    return of(c, date, ServiceLedger.of(c, date), IepChange.of(c));
  }

  /** The deadlines, from a ledger with the default proration and the change already worked out. */
  static Deadlines of(Case c, LocalDate date, ServiceLedger ledger, IepChange change) {
    List<Deadline> list = new ArrayList<>();
    list.add(Deadline.recordsAccessDue(date, c.nextTeamMeeting()));
    if (ledger.hasOwedMinutes()) {
      list.add(Deadline.demandResponseDue(date));
      list.add(Deadline.prsDecisionDue(date));
      list.add(Deadline.prsEarliestViolation(date));
      // Before make-up: a line fully made up still had a shortfall.
      ledger.services().stream()
          .map(CaseDeadlines::firstShortfallPeriodEnd)
          .filter(Objects::nonNull)
          .min(LocalDate::compareTo)
          .ifPresent(end -> list.add(Deadline.prsFullCoverageBy(end)));
      ledger.services().stream()
          .map(LineLedger::firstShortfallDate)
          .filter(Objects::nonNull)
          .min(LocalDate::compareTo)
          .ifPresent(first -> list.add(Deadline.dueProcessLimit(first)));
    }
    if (c.proposedIep() != null) {
      list.add(Deadline.bseaForwardingDue(date));
      list.add(Deadline.proposedIepResponseDue(c.proposedIep().receivedOn(), c.proposedIep().proposedOn()));
    }
    if (change.hasCut() || c.refusedRequests().stream().anyMatch(r -> r != null && !r.isIee())) {
      list.add(Deadline.writtenNoticeResponseDue(date));
    }
    if (c.refusedRequests().stream().anyMatch(r -> r != null && r.isIee())) {
      List<SchoolCalendar> years = c.district() == null ? List.of() : c.district().schoolYears();
      list.add(Deadline.ieeResponseDue(date, SchoolDays.ofYears(years, date,
          date.isAfter(SupportedDates.LAST.minusDays(IEE_LOOK_AHEAD_DAYS)) ? SupportedDates.LAST
              : date.plusDays(IEE_LOOK_AHEAD_DAYS))));
    }
    return Deadlines.of(list);
  }
}
