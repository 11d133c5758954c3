package org.iepletters.letters;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.iepletters.ledger.LineLedger;
import org.iepletters.ledger.PeriodFigures;
import org.iepletters.model.Period;
import org.iepletters.model.ServiceLine;

/**
 * A service line whose logs show owed minutes, written out for a letter: one row of the body's shortfall table and
 * its part of Exhibit A. Every figure is the sum of the periods listed, so that the row reads off the exhibit and
 * {@code shortfall − make-up credited = owed} reads off the row.
 *
 * @param service what the service is, as the IEP names it
 * @param provider who provides it
 * @param sessions sessions per period
 * @param minutes minutes per session
 * @param period the period's constant name: {@code WEEK}, {@code CYCLE} or {@code MONTH}
 * @param cycleDays school days per cycle, or {@code null}
 * @param spanFrom the first school day counted, written out
 * @param spanThrough the last school day counted, written out: no figure of the line is after it
 * @param schoolDays the school days counted, with thousands separators
 * @param requiredMinutes minutes the IEP required over the span, with thousands separators
 * @param deliveredMinutes minutes delivered in the periods counted, with thousands separators
 * @param excusedMinutes minutes excused by the student's absences, with thousands separators
 * @param shortfallMinutes the periods' shortfalls added up, before make-up, with thousands separators
 * @param makeupMinutes make-up minutes credited against those shortfalls, with thousands separators
 * @param owedMinutes shortfall less make-up credited, with thousands separators
 * @param periods the periods counted, oldest first
 * @param cancelled the sessions the district's logs record as cancelled in those periods, oldest first
 */
public record ShortfallLine(
    String service,
    String provider,
    Integer sessions,
    Integer minutes,
    String period,
    Integer cycleDays,
    String spanFrom,
    String spanThrough,
    String schoolDays,
    String requiredMinutes,
    String deliveredMinutes,
    String excusedMinutes,
    String shortfallMinutes,
    String makeupMinutes,
    String owedMinutes,
    List<PeriodRow> periods,
    List<CancelledSession> cancelled) {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

  /**
   * Copies the lists once.
   *
   * @param service what the service is, as the IEP names it
   * @param provider who provides it
   * @param sessions sessions per period
   * @param minutes minutes per session
   * @param period the period's constant name: {@code WEEK}, {@code CYCLE} or {@code MONTH}
   * @param cycleDays school days per cycle, or {@code null}
   * @param spanFrom the first school day counted, written out
   * @param spanThrough the last school day counted, written out: no figure of the line is after it
   * @param schoolDays the school days counted, with thousands separators
   * @param requiredMinutes minutes the IEP required over the span, with thousands separators
   * @param deliveredMinutes minutes delivered in the periods counted, with thousands separators
   * @param excusedMinutes minutes excused by the student's absences, with thousands separators
   * @param shortfallMinutes the periods' shortfalls added up, before make-up, with thousands separators
   * @param makeupMinutes make-up minutes credited against those shortfalls, with thousands separators
   * @param owedMinutes shortfall less make-up credited, with thousands separators
   * @param periods the periods counted, oldest first
   * @param cancelled the sessions the district's logs record as cancelled in those periods, oldest first
   */
  public ShortfallLine {
    periods = List.copyOf(periods);
    cancelled = List.copyOf(cancelled);
  }

  /**
   * One counted period of a line, a row of Exhibit A.
   *
   * @param period the period named: {@code Week of October 19, 2026}, {@code October 2026} or
   *     {@code Cycle from October 5, 2026}
   * @param schoolDays the period's school days counted
   * @param requiredMinutes minutes required, with thousands separators
   * @param deliveredMinutes minutes delivered, with thousands separators
   * @param excusedMinutes minutes excused by absences, with thousands separators
   * @param shortfallMinutes required less delivered less excused, never below zero, with thousands separators
   */
  public record PeriodRow(
      String period, String schoolDays, String requiredMinutes, String deliveredMinutes, String excusedMinutes,
      String shortfallMinutes) {}

  /**
   * A session the district's log records as cancelled.
   *
   * @param date the session's date, written out
   * @param note the log's note as written, or {@code null} when the log has none
   */
  public record CancelledSession(String date, String note) {}

  /**
   * The line's figures over some of its counted periods, such as all of them, or those a complaint may still reach.
   *
   * @param ledger the line's ledger
   * @param periods the periods, oldest first, taken from the ledger's counted periods; not empty
   */
  static ShortfallLine of(LineLedger ledger, List<PeriodFigures> periods) {
    ServiceLine line = ledger.line();
    List<CancelledSession> cancelled = periods.stream()
        .flatMap(p -> p.cancelled().stream())
        .map(e -> new CancelledSession(Wording.date(e.date()), e.note()))
        .toList();
    return new ShortfallLine(line.service(), line.provider(), line.sessions(), line.minutes(), line.per().name(),
        line.cycleDays(),
        Wording.date(periods.get(0).firstSchoolDay()),
        Wording.date(periods.get(periods.size() - 1).lastSchoolDay()),
        Wording.number(periods.stream().mapToLong(PeriodFigures::schoolDays).sum()),
        Wording.number(periods.stream().mapToLong(PeriodFigures::requiredMinutes).sum()),
        Wording.number(periods.stream().mapToLong(PeriodFigures::deliveredMinutes).sum()),
        Wording.number(periods.stream().mapToLong(PeriodFigures::excusedMinutes).sum()),
        Wording.number(periods.stream().mapToLong(PeriodFigures::shortfallMinutes).sum()),
        Wording.number(periods.stream().mapToLong(PeriodFigures::makeupMinutes).sum()),
        Wording.number(periods.stream().mapToLong(PeriodFigures::owedMinutes).sum()),
        periods.stream().map(p -> row(line.per(), p)).toList(),
        cancelled);
  }

  private static PeriodRow row(Period per, PeriodFigures p) {
    return new PeriodRow(periodName(per, p.start()), Wording.number(p.schoolDays()),
        Wording.number(p.requiredMinutes()), Wording.number(p.deliveredMinutes()),
        Wording.number(p.excusedMinutes()), Wording.number(p.shortfallMinutes()));
  }

  private static String periodName(Period per, LocalDate start) {
    return switch (per) {
      case WEEK -> "Week of " + Wording.date(start);
      case MONTH -> MONTH.format(start);
      case CYCLE -> "Cycle from " + Wording.date(start);
    };
  }
}
