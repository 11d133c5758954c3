package org.iepletters.ledger;

import java.time.LocalDate;
import java.util.List;
import org.iepletters.model.ServiceLine;

/**
 * The ledger of one service line up to the as-of date.
 *
 * @param line the service line of the accepted IEP
 * @param window the dates counted; may be empty (start after end)
 * @param obligationEnd the last date the line is owed: the earlier of the IEP end and the line's end
 * @param periodFigures the figures of each counted period, oldest first
 * @param requiredMinutes the sum of the periods' rounded required minutes
 * @param deliveredMinutes all {@code DELIVERED} minutes in the window, counted period or not
 * @param excusedMinutes minutes excused by student absences
 * @param makeupMinutes {@code MAKEUP} minutes credited, never more than the total shortfall
 * @param owedMinutes the total shortfall less credited make-up
 * @param periods the number of counted periods (with a school day in the window)
 * @param shortfallPeriods the number of periods with a shortfall before make-up
 * @param sessionsDelivered the number of {@code DELIVERED} entries in the window
 * @param sessionsCancelled the number of {@code CANCELLED} entries in the window
 * @param firstShortfallDate the first school day in the window of the first shortfall period, or {@code null}
 * @param lastShortfallDate the last school day in the window of the last shortfall period, or {@code null}
 * @param ignoredEntries the number of the line's log entries outside the window
 * @param countedThrough the last school day in the window of the last counted period, or {@code null}
 * @param unlogged whether the window is not empty and holds no log entry of the line of any status: what is owed
 *     is then presumed from the IEP, not shown by the logs
 * @param makeupLoggedMinutes all {@code MAKEUP} minutes logged in the window, credited or not
 * @param uncountedPeriods the periods with a school day in the window that are not complete by the evidence date,
 *     oldest first; they require nothing
 */
public record LineLedger(
    ServiceLine line,
    Window window,
    LocalDate obligationEnd,
    List<PeriodFigures> periodFigures,
    long requiredMinutes,
    long deliveredMinutes,
    long excusedMinutes,
    long makeupMinutes,
    long owedMinutes,
    int periods,
    int shortfallPeriods,
    int sessionsDelivered,
    int sessionsCancelled,
    LocalDate firstShortfallDate,
    LocalDate lastShortfallDate,
    int ignoredEntries,
    LocalDate countedThrough,
    boolean unlogged,
    long makeupLoggedMinutes,
    List<PeriodFigures> uncountedPeriods) {

  /**
   * Copies the lists once.
   *
   * @param line the service line of the accepted IEP
   * @param window the dates counted; may be empty (start after end)
   * @param obligationEnd the last date the line is owed: the earlier of the IEP end and the line's end
   * @param periodFigures the figures of each counted period, oldest first
   * @param requiredMinutes the sum of the periods' rounded required minutes
   * @param deliveredMinutes all {@code DELIVERED} minutes in the window, counted period or not
   * @param excusedMinutes minutes excused by student absences
   * @param makeupMinutes {@code MAKEUP} minutes credited, never more than the total shortfall
   * @param owedMinutes the total shortfall less credited make-up
   * @param periods the number of counted periods (with a school day in the window)
   * @param shortfallPeriods the number of periods with a shortfall before make-up
   * @param sessionsDelivered the number of {@code DELIVERED} entries in the window
   * @param sessionsCancelled the number of {@code CANCELLED} entries in the window
   * @param firstShortfallDate the first school day in the window of the first shortfall period, or {@code null}
   * @param lastShortfallDate the last school day in the window of the last shortfall period, or {@code null}
   * @param ignoredEntries the number of the line's log entries outside the window
   * @param countedThrough the last school day in the window of the last counted period, or {@code null}
   * @param unlogged whether the window is not empty and holds no log entry of the line of any status: what is owed is
   *     then presumed from the IEP, not shown by the logs
   * @param makeupLoggedMinutes all {@code MAKEUP} minutes logged in the window, credited or not
   * @param uncountedPeriods the periods with a school day in the window that are not complete by the evidence date,
   *     oldest first; they require nothing
   */
  public LineLedger {
    periodFigures = List.copyOf(periodFigures);
    uncountedPeriods = List.copyOf(uncountedPeriods);
  }

  /**
   * Whether any log entry of the line lies in the window; without one, the shortfall is presumed, not shown.
   *
   * @return true when the line is not {@link #unlogged()} and its window is not empty
   */
  public boolean hasLogEntries() {
    return !unlogged && !window.isEmpty();
  }

  /** {@return the service line's id} */
  public String id() {
    return line.id();
  }

  /** {@return whether minutes are owed on this line} */
  public boolean hasOwedMinutes() {
    return owedMinutes > 0;
  }
}
