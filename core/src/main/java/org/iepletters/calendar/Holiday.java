package org.iepletters.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The Massachusetts legal holidays of M.G.L. c. 4, § 7, cl. 18, and which of them are also federal holidays.
 *
 * <p>A holiday's date here is the date it falls on; the observed date is in {@link ObservedHoliday}.
 */
public enum Holiday {
  /** New Year's Day, January 1. */
  NEW_YEARS_DAY("New Year's Day", true),
  /** Martin Luther King Jr. Day, the third Monday of January. */
  MARTIN_LUTHER_KING_DAY("Martin Luther King Jr. Day", true),
  /** Washington's Birthday, the third Monday of February. */
  WASHINGTONS_BIRTHDAY("Washington's Birthday", true),
  /** Patriots' Day, the third Monday of April; Massachusetts only. */
  PATRIOTS_DAY("Patriots' Day", false),
  /** Memorial Day, the last Monday of May. */
  MEMORIAL_DAY("Memorial Day", true),
  /** Juneteenth, June 19, from 2021. */
  JUNETEENTH("Juneteenth Independence Day", true),
  /** Independence Day, July 4. */
  INDEPENDENCE_DAY("Independence Day", true),
  /** Labor Day, the first Monday of September. */
  LABOR_DAY("Labor Day", true),
  /** Columbus Day, the second Monday of October. */
  COLUMBUS_DAY("Columbus Day", true),
  /** Veterans Day, November 11. */
  VETERANS_DAY("Veterans Day", true),
  /** Thanksgiving Day, the fourth Thursday of November. */
  THANKSGIVING_DAY("Thanksgiving Day", true),
  /** Christmas Day, December 25. */
  CHRISTMAS_DAY("Christmas Day", true);

  /** The first year Juneteenth is a legal holiday. */
  static final int FIRST_JUNETEENTH = 2021;

  private final String title;
  private final boolean federal;

  Holiday(String title, boolean federal) {
    this.title = title;
    this.federal = federal;
  }

  /** {@return the holiday's name as people write it, such as {@code Patriots' Day}} */
  public String title() {
    return title;
  }

  /** {@return whether it is also a federal holiday; every one of them is a Massachusetts legal holiday} */
  public boolean isFederal() {
    return federal;
  }

  /**
   * Whether the holiday falls on a fixed date of the month, so it can land on a weekend and be moved.
   *
   * @return true for January 1, June 19, July 4, November 11 and December 25
   */
  public boolean hasFixedDate() {
    return switch (this) {
      case NEW_YEARS_DAY, JUNETEENTH, INDEPENDENCE_DAY, VETERANS_DAY, CHRISTMAS_DAY -> true;
      default -> false;
    };
  }

  /**
   * The date the holiday falls on in a year, before any move off a weekend.
   *
   * @param year the year, such as 2026
   * @return the date, or empty when the holiday did not exist that year (Juneteenth before 2021)
   */
  public Optional<LocalDate> dateIn(int year) {
    if (this == JUNETEENTH && year < FIRST_JUNETEENTH) {
      return Optional.empty();
    }
    return Optional.of(
        switch (this) {
          case NEW_YEARS_DAY -> LocalDate.of(year, Month.JANUARY, 1);
          case MARTIN_LUTHER_KING_DAY -> nthMonday(year, Month.JANUARY, 3);
          case WASHINGTONS_BIRTHDAY -> nthMonday(year, Month.FEBRUARY, 3);
          case PATRIOTS_DAY -> nthMonday(year, Month.APRIL, 3);
          case MEMORIAL_DAY -> LocalDate.of(year, Month.MAY, 1)
              .with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
          case JUNETEENTH -> LocalDate.of(year, Month.JUNE, 19);
          case INDEPENDENCE_DAY -> LocalDate.of(year, Month.JULY, 4);
          case LABOR_DAY -> nthMonday(year, Month.SEPTEMBER, 1);
          case COLUMBUS_DAY -> nthMonday(year, Month.OCTOBER, 2);
          case VETERANS_DAY -> LocalDate.of(year, Month.NOVEMBER, 11);
          case THANKSGIVING_DAY -> LocalDate.of(year, Month.NOVEMBER, 1)
              .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
          case CHRISTMAS_DAY -> LocalDate.of(year, Month.DECEMBER, 25);
        });
  }

  private static LocalDate nthMonday(int year, Month month, int n) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
  }
}
