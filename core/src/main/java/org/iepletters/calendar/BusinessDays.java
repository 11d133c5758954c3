package org.iepletters.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Business days: Monday to Friday, not a Massachusetts legal holiday as observed and not a federal holiday as
 * observed (34 CFR 300.11(b) excludes both federal and state holidays).
 */
public final class BusinessDays {
  private BusinessDays() {}

  /**
   * Whether a date is a business day.
   *
   * @param date the date
   * @return true on a weekday that no Massachusetts or federal observance closes
   * @throws IllegalArgumentException when a date is outside {@link SupportedDates}
   */
  public static boolean isBusinessDay(LocalDate date) {
    SupportedDates.require(date, "date");
    DayOfWeek dow = date.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY
        && dow != DayOfWeek.SUNDAY
        && !Holidays.isMassachusettsHoliday(date)
        && !Holidays.isFederalHoliday(date);
  }

  /**
   * The nth business day after a date: "within five business days" of a letter sent on that date.
   *
   * @param trigger the date the period runs from; it is never counted itself
   * @param n how many business days, 1 or more
   * @return the nth business day after the trigger
   * @throws IllegalArgumentException when n is less than 1
   * @throws IllegalArgumentException when a date is outside {@link SupportedDates}
   */
  public static LocalDate after(LocalDate trigger, int n) {
    SupportedDates.require(trigger, "trigger");
    if (n < 1) {
      throw new IllegalArgumentException("business days must be 1 or more");
    }
    LocalDate day = trigger;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      if (isBusinessDay(day)) {
        counted++;
      }
    }
    return day;
  }
}
