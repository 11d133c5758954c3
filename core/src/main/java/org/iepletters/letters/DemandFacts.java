package org.iepletters.letters;

import java.time.LocalDate;
import java.util.List;
import org.iepletters.calendar.Deadline;
import org.iepletters.ledger.LineLedger;
import org.iepletters.ledger.ServiceLedger;
import org.iepletters.model.Case;

/**
 * What the demand states: the accepted IEP, the services that fell short as of the letter date, and the answer
 * the parent asks for.
 *
 * @param iepAcceptedOn the date the IEP was accepted, written out
 * @param iepStart the first day of the IEP, written out
 * @param iepEnd the last day of the IEP, written out
 * @param asOf the last date the figures count, the letter date, written out
 * @param lines the service lines with owed minutes, in the IEP's order; never empty
 * @param totalOwedMinutes the owed minutes of all lines, with thousands separators
 * @param demandResponseDue the answer the parent asks for, five business days after the letter, with its weekday
 */
public record DemandFacts(
    String iepAcceptedOn,
    String iepStart,
    String iepEnd,
    String asOf,
    List<ShortfallLine> lines,
    String totalOwedMinutes,
    String demandResponseDue)
    implements LetterFacts {

  /** Copies the list once. */
  public DemandFacts {
    lines = List.copyOf(lines);
  }

  /** The lines whose shortfall is presumed because no log entry was provided; may be empty. */
  public List<ShortfallLine> presumedLines() {
    return lines.stream().filter(ShortfallLine::presumed).toList();
  }

  /**
   * The facts of a demand sent on a date.
   *
   * @param c a valid case
   * @param letterDate the date the demand is sent
   * @param ledger the case's ledger as of the letter date
   * @return the facts
   */
  static DemandFacts of(Case c, LocalDate letterDate, ServiceLedger ledger) {
    List<ShortfallLine> lines = ledger.services().stream()
        .filter(LineLedger::hasOwedMinutes)
        .map(ShortfallLine::of)
        .toList();
    return new DemandFacts(
        Wording.date(c.iep().acceptedOn()),
        Wording.date(c.iep().start()),
        Wording.date(c.iep().end()),
        Wording.date(letterDate),
        lines,
        Wording.number(ledger.totalOwedMinutes()),
        Wording.dateWithWeekday(Deadline.demandResponseDue(letterDate).date()));
  }
}
