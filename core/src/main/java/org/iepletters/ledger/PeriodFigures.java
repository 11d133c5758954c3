package org.iepletters.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures of one period of a service line: a week, a cycle or a month with at least one school day (or ESY
 * day, for an {@code esy} line) in the window.
 *
 * @param start the period's first date (a Monday, a cycle's first school day, or the 1st of a month)
 * @param end the period's last date
 * @param schoolDays the period's school days inside the window
 * @param nominalSchoolDays the school days of a full period: 5 for a week, N for a cycle, the month's school days
 * @param firstSchoolDay the period's first school day inside the window
 * @param lastSchoolDay the period's last school day inside the window
 * @param requiredMinutes minutes required, rounded half up once for the period
 * @param deliveredMinutes minutes of {@code DELIVERED} entries dated in the period and the window
 * @param excusedMinutes minutes excused by student absences, never more than required less delivered
 * @param shortfallMinutes required less delivered less excused, never below zero
 * @param makeupMinutes make-up minutes credited to this period, oldest period first
 * @param owedMinutes shortfall less credited make-up
 * @param absences the number of {@code STUDENT_ABSENT} entries dated in the period and the window
 * @param cancelled the {@code CANCELLED} entries dated in the period and the window, in the log's order
 */
public record PeriodFigures(
    LocalDate start,
    LocalDate end,
    int schoolDays,
    int nominalSchoolDays,
    LocalDate firstSchoolDay,
    LocalDate lastSchoolDay,
    long requiredMinutes,
    long deliveredMinutes,
    long excusedMinutes,
    long shortfallMinutes,
    long makeupMinutes,
    long owedMinutes,
    int absences,
    List<CancelledSession> cancelled) {

  /**
   * Copies the list once.
   *
   * @param start the period's first date (a Monday, a cycle's first school day, or the 1st of a month)
   * @param end the period's last date
   * @param schoolDays the period's school days inside the window
   * @param nominalSchoolDays the school days of a full period: 5 for a week, N for a cycle, the month's school days
   * @param firstSchoolDay the period's first school day inside the window
   * @param lastSchoolDay the period's last school day inside the window
   * @param requiredMinutes minutes required, rounded half up once for the period
   * @param deliveredMinutes minutes of {@code DELIVERED} entries dated in the period and the window
   * @param excusedMinutes minutes excused by student absences, never more than required less delivered
   * @param shortfallMinutes required less delivered less excused, never below zero
   * @param makeupMinutes make-up minutes credited to this period, oldest period first
   * @param owedMinutes shortfall less credited make-up
   * @param absences the number of {@code STUDENT_ABSENT} entries dated in the period and the window
   * @param cancelled the {@code CANCELLED} entries dated in the period and the window, in the log's order
   */
  public PeriodFigures {
    cancelled = List.copyOf(cancelled);
  }

  /** {@return whether the period fell short before make-up} */
  public boolean hasShortfall() {
    return shortfallMinutes > 0;
  }
}
