package org.iepletters.letters;

import java.time.LocalDate;
import org.iepletters.calendar.Deadline;
import org.iepletters.ledger.ServiceLedger;
import org.iepletters.model.Case;

/**
 * What the demand states: the accepted IEP, the services whose logs show owed minutes (with Exhibit A), the lines
 * the district gave no logs for, and the answer the parent asks for.
 *
 * @param iepAcceptedOn the date the IEP was accepted, written out
 * @param iepStart the first day of the IEP, written out
 * @param iepEnd the last day of the IEP, written out
 * @param owed the owed minutes, the span they cover and the lines without logs
 * @param demandResponseDue the answer the parent asks for, five business days after the letter, with its weekday
 */
public record DemandFacts(
    String iepAcceptedOn,
    String iepStart,
    String iepEnd,
    OwedServices owed,
    String demandResponseDue)
    implements LetterFacts {

  /**
   * The facts of a demand sent on a date.
   *
   * @param c a valid case
   * @param letterDate the date the demand is sent
   * @param ledger the case's ledger as of the letter date
   * @return the facts
   */
  static DemandFacts of(Case c, LocalDate letterDate, ServiceLedger ledger) {
    return new DemandFacts(
        Wording.date(c.iep().acceptedOn()),
        Wording.date(c.iep().start()),
        Wording.date(c.iep().end()),
        OwedServices.of(c, ledger, letterDate, null),
        Wording.dateWithWeekday(Deadline.demandResponseDue(letterDate).date()));
  }
}
