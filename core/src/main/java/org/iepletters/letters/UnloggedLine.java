package org.iepletters.letters;

import java.util.List;
import org.iepletters.ledger.LineLedger;
import org.iepletters.ledger.PeriodFigures;
import org.iepletters.model.ServiceLine;

/**
 * A service line with no log entry of any status in its window: the letter states what the IEP required over the
 * span, never a shortfall, because the district's logs show nothing either way.
 *
 * @param service what the service is, as the IEP names it
 * @param sessions sessions per period
 * @param minutes minutes per session
 * @param period the period's constant name: {@code WEEK}, {@code CYCLE} or {@code MONTH}
 * @param cycleDays school days per cycle, or {@code null}
 * @param spanFrom the first school day counted, written out
 * @param spanThrough the last school day counted, written out
 * @param requiredMinutes minutes the IEP required over the span, with thousands separators
 */
public record UnloggedLine(
    String service, Integer sessions, Integer minutes, String period, Integer cycleDays, String spanFrom,
    String spanThrough, String requiredMinutes) {

  /**
   * The line over some of its counted periods.
   *
   * @param ledger the line's ledger
   * @param periods the periods, oldest first, taken from the ledger's counted periods; not empty
   */
  static UnloggedLine of(LineLedger ledger, List<PeriodFigures> periods) {
    ServiceLine line = ledger.line();
    return new UnloggedLine(line.service(), line.sessions(), line.minutes(), line.per().name(), line.cycleDays(),
        Wording.date(periods.get(0).firstSchoolDay()), Wording.date(periods.get(periods.size() - 1).lastSchoolDay()),
        Wording.number(periods.stream().mapToLong(PeriodFigures::requiredMinutes).sum()));
  }
}
