package org.iepletters.ledger;

import java.time.LocalDate;

/**
 * The dates a service line is counted over, both included.
 *
 * @param start the later of the IEP start and the line's start
 * @param end the earliest of the IEP end, the line's end and the as-of date
 */
public record Window(LocalDate start, LocalDate end) {

  /** {@return whether the window holds no date: its start is after its end} */
  public boolean isEmpty() {
    return start.isAfter(end);
  }

  /**
   * Whether a date lies in the window.
   *
   * @param date the date; not {@code null}
   * @return true from the start to the end, both included
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }
}
