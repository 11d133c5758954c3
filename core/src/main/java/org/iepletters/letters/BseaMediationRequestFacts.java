package org.iepletters.letters;

import java.time.LocalDate;
import org.iepletters.plan.CaseFigures;

/**
 * What a request for mediation at the Bureau of Special Education Appeals states: the dispute in a few sentences,
 * what the parent seeks, and the date by which the mediator is to schedule a session (603 CMR 28.08(4)(a)).
 *
 * @param asOf the last date the figures count, the letter date, written out
 * @param dispute the minutes owed and the rejected portions of a proposed IEP
 * @param sessionScheduledBy thirty days after the letter date, with its weekday
 */
public record BseaMediationRequestFacts(String asOf, Dispute dispute, String sessionScheduledBy)
    implements LetterFacts {

  /** Days after receipt within which the mediator schedules a session (603 CMR 28.08(4)(a)). */
  static final int SESSION_WITHIN_DAYS = 30;

  /**
   * The facts of a mediation request sent on the figures' date.
   *
   * @param figures a valid case's figures as of the letter date
   * @return the facts
   */
  static BseaMediationRequestFacts of(CaseFigures figures) {
    LocalDate letterDate = figures.date();
    return new BseaMediationRequestFacts(Wording.date(letterDate), Dispute.of(figures),
        Wording.dateWithWeekday(letterDate.plusDays(SESSION_WITHIN_DAYS)));
  }
}
