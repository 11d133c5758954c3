package org.iepletters.letters;

import java.time.LocalDate;
import java.util.List;
import org.iepletters.calendar.SchoolDays;
import org.iepletters.model.Case;
import org.iepletters.model.SchoolCalendar;
import org.iepletters.plan.CaseFigures;

/**
 * What a Team meeting request states: the purposes of the meeting that apply, and when the parent asks for it.
 *
 * <p>The purposes: a written compensatory services plan for the minutes owed on the accepted IEP; the rejected
 * portions of a proposed IEP (603 CMR 28.05(7)(a)); the annual review of an IEP whose last day has passed.
 *
 * @param asOf the last date the figures count, the letter date, written out
 * @param dispute the minutes owed and the rejected portions of a proposed IEP
 * @param annualReviewOverdue whether the accepted IEP's last day is before the letter date
 * @param meetingBy the date by which the parent asks for the meeting, with its weekday: the last school day within two
 *     weeks after the letter (the last weekday that is not a holiday, when the district's calendar has no school day
 *     then)
 * @param scheduledMeeting the Team meeting already scheduled on or before {@code meetingBy} and after the letter
 *     date, with its weekday, or {@code null} when none is
 */
public record TeamMeetingRequestFacts(
    String asOf,
    Dispute dispute,
    boolean annualReviewOverdue,
    String meetingBy,
    String scheduledMeeting) implements LetterFacts {

  /** Days after the letter date within which the parent asks for the meeting: the parent's request. */
  static final int MEETING_WITHIN_DAYS = 14;

  /** {@return whether the meeting is to agree a compensatory services plan: minutes are owed} */
  public boolean compensatory() {
    return dispute.hasOwed();
  }

  /** {@return whether the meeting is to discuss the rejected portions of a proposed IEP} */
  public boolean rejectedPortions() {
    return dispute.hasRejected();
  }

  /** {@return how many purposes the meeting has: 1 to 3} */
  public int purposeCount() {
    return (compensatory() ? 1 : 0) + (rejectedPortions() ? 1 : 0) + (annualReviewOverdue ? 1 : 0);
  }

  /**
   * The facts of a Team meeting request sent on the figures' date.
   *
   * @param figures a valid case's figures as of the letter date
   * @return the facts
   */
  static TeamMeetingRequestFacts of(CaseFigures figures) {
    Case c = figures.aCase();
    LocalDate letterDate = figures.date();
    LocalDate meetingBy = meetingBy(c, letterDate);
    LocalDate next = c.nextTeamMeeting();
    boolean scheduledSoon = next != null && next.isAfter(letterDate) && !next.isAfter(meetingBy);
    return new TeamMeetingRequestFacts(
        Wording.date(letterDate),
        Dispute.of(figures),
        c.iep().end().isBefore(letterDate),
        Wording.dateWithWeekday(meetingBy),
        scheduledSoon ? Wording.dateWithWeekday(next) : null);
  }

  /** The last school day within two weeks after the letter date, so that the date asked for is a school day. */
  static LocalDate meetingBy(Case c, LocalDate letterDate) {
    LocalDate last = letterDate.plusDays(MEETING_WITHIN_DAYS);
    List<SchoolCalendar> years = c.district().schoolYears();
    for (LocalDate d = last; d.isAfter(letterDate); d = d.minusDays(1)) {
      LocalDate day = d;
      boolean school = years.isEmpty()
          ? SchoolDays.isSchoolDay(null, day)
          : years.stream().anyMatch(y -> SchoolDays.isSchoolDay(y, day));
      if (school) {
        return day;
      }
    }
    // between two school years: the last weekday that is not a holiday
    for (LocalDate d = last; d.isAfter(letterDate); d = d.minusDays(1)) {
      if (SchoolDays.isSchoolDay(null, d)) {
        return d;
      }
    }
    return last;
  }
}
