package org.iepletters.calendar;

import java.time.LocalDate;

/**
 * A holiday in one year: the date it falls on and the date it is observed.
 *
 * @param holiday which holiday
 * @param date the date it falls on
 * @param observed the date it is observed, moved off a weekend by the rule that applies
 */
public record ObservedHoliday(Holiday holiday, LocalDate date, LocalDate observed) {

  /** {@return whether the observed date differs from the date the holiday falls on} */
  public boolean isMoved() {
    return !date.equals(observed);
  }
}
