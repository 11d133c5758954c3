package org.iepletters.ledger;

import java.time.LocalDate;
import java.util.List;
import org.iepletters.model.ServiceLine;

/**
 * The ledger of one service line up to the as-of date.
 *
 * @param line the service line of the accepted IEP
 * @param window the dates counted; may be empty (start after end)
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
 * @param hasLogEntries whether any log entry of the line lies in the window; without one, the shortfall is
 *     presumed, not shown
 */
public record LineLedger(
    ServiceLine line,
    Window window,
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
    boolean hasLogEntries) {

  /** Copies the list once. */
  public LineLedger {
    periodFigures = List.copyOf(periodFigures);
  }

  /** The service line's id. */
  public String id() {
    return line.id();
  }

  /** Whether minutes are owed on this line. */
  public boolean hasOwedMinutes() {
    return owedMinutes > 0;
  }
}
