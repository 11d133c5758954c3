package org.iepletters.letters;

import java.time.LocalDate;
import java.util.List;
import org.iepletters.ledger.LineLedger;
import org.iepletters.ledger.PeriodFigures;
import org.iepletters.model.ServiceLine;

/**
 * One row of a letter's shortfall table: a service line with owed minutes, its figures written out.
 *
 * @param service what the service is, as the IEP names it
 * @param provider who provides it
 * @param sessions sessions per period
 * @param minutes minutes per session
 * @param period the period's constant name: {@code WEEK}, {@code CYCLE} or {@code MONTH}
 * @param cycleDays school days per cycle, or {@code null}
 * @param requiredMinutes minutes the IEP required, with thousands separators
 * @param deliveredMinutes minutes delivered, with thousands separators
 * @param owedMinutes minutes owed, with thousands separators
 * @param firstShortfall the first school day of the first period that fell short, written out
 * @param lastShortfall the last school day of the last period that fell short, written out
 * @param presumed whether the line had no log entry in its window, so that the shortfall is presumed, not shown
 * @param from the first day counted for the line, written out
 */
public record ShortfallLine(
    String service,
    String provider,
    Integer sessions,
    Integer minutes,
    String period,
    Integer cycleDays,
    String requiredMinutes,
    String deliveredMinutes,
    String owedMinutes,
    String firstShortfall,
    String lastShortfall,
    boolean presumed,
    String from) {

  /** The row of a line's whole ledger. */
  static ShortfallLine of(LineLedger ledger) {
    return of(ledger, ledger.requiredMinutes(), ledger.deliveredMinutes(), ledger.owedMinutes(),
        ledger.firstShortfallDate(), ledger.lastShortfallDate());
  }

  /**
   * The row of some of a line's periods, such as those a complaint may still reach.
   *
   * @param ledger the line's ledger
   * @param periods the periods counted, oldest first, taken from the ledger's
   */
  static ShortfallLine ofPeriods(LineLedger ledger, List<PeriodFigures> periods) {
    List<PeriodFigures> shortfalls = periods.stream().filter(PeriodFigures::hasShortfall).toList();
    return of(ledger,
        periods.stream().mapToLong(PeriodFigures::requiredMinutes).sum(),
        periods.stream().mapToLong(PeriodFigures::deliveredMinutes).sum(),
        periods.stream().mapToLong(PeriodFigures::owedMinutes).sum(),
        shortfalls.isEmpty() ? null : shortfalls.get(0).firstSchoolDay(),
        shortfalls.isEmpty() ? null : shortfalls.get(shortfalls.size() - 1).lastSchoolDay());
  }

  private static ShortfallLine of(LineLedger ledger, long required, long delivered, long owed, LocalDate first,
      LocalDate last) {
    ServiceLine line = ledger.line();
    return new ShortfallLine(line.service(), line.provider(), line.sessions(), line.minutes(), line.per().name(),
        line.cycleDays(), Wording.number(required), Wording.number(delivered), Wording.number(owed),
        Wording.date(first), Wording.date(last), !ledger.hasLogEntries(), Wording.date(ledger.window().start()));
  }
}
