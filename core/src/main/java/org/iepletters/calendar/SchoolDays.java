package org.iepletters.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Optional;
import org.iepletters.model.Closure;
import org.iepletters.model.SchoolCalendar;

/**
 * The school days of one district calendar, looked up in constant time.
 *
 * <p>With a calendar, a school day is a Monday to Friday between its first and last day, not a Massachusetts
 * legal holiday as observed and not inside a closure. Federal-only observances (a Saturday holiday moved to the
 * Friday) do not close school. Without a calendar, every weekday that is not a Massachusetts legal holiday
 * counts. The days of a span are worked out once when the value is made; days outside it are worked out on
 * each call.
 */
public final class SchoolDays {
  private final SchoolCalendar calendar;
  private final LocalDate spanStart;
  private final long spanStartDay;
  private final int spanLength;
  private final BitSet days;
  /** {@code before[i]} is the number of school days in the span before day {@code i}. */
  private final int[] before;

  private SchoolDays(SchoolCalendar calendar, LocalDate spanStart, LocalDate spanEnd) {
    this.calendar = calendar;
    this.spanStart = spanStart;
    this.spanStartDay = spanStart.toEpochDay();
    this.spanLength = spanEnd.isBefore(spanStart) ? 0 : (int) ChronoUnit.DAYS.between(spanStart, spanEnd) + 1;
    this.days = new BitSet(spanLength);
    // Worked out in days from the span's start, not date by date: a date is a holiday when it is observed
    // for its own year or the year after (as Holidays.isMassachusettsHoliday has it).
    BitSet holidays = new BitSet(spanLength);
    if (spanLength > 0) {
      int lastYear = spanStart.plusDays(spanLength - 1L).getYear();
      for (int year = spanStart.getYear(); year <= lastYear + 1; year++) {
        for (LocalDate h : Holidays.massachusettsObservedDates(year)) {
          long i = h.toEpochDay() - spanStartDay;
          if ((h.getYear() == year || h.getYear() == year - 1) && i >= 0 && i < spanLength) {
            holidays.set((int) i);
          }
        }
      }
    }
    long yearFrom = Long.MIN_VALUE;
    long yearTo = Long.MAX_VALUE;
    if (calendar != null) {
      boolean known = calendar.firstDay() != null && calendar.lastDay() != null;
      yearFrom = known ? calendar.firstDay().toEpochDay() - spanStartDay : 1;
      yearTo = known ? calendar.lastDay().toEpochDay() - spanStartDay : 0;
    }
    // 1970-01-01, epoch day 0, was a Thursday
    int mondayBased = (int) Math.floorMod(spanStartDay + 3, 7L);
    for (int i = 0; i < spanLength; i++) {
      boolean weekend = (mondayBased + i) % 7 >= 5;
      if (!weekend && !holidays.get(i) && i >= yearFrom && i <= yearTo) {
        days.set(i);
      }
    }
    if (calendar != null) {
      for (Closure c : calendar.closures()) {
        if (c == null || c.from() == null) {
          continue;
        }
        long from = Math.max(0, ChronoUnit.DAYS.between(spanStart, c.from()));
        long to = Math.min(spanLength - 1L, ChronoUnit.DAYS.between(spanStart, c.lastDay()));
        if (from <= to) {
          days.clear((int) from, (int) to + 1);
        }
      }
    }
    this.before = new int[spanLength + 1];
    for (int i = 0; i < spanLength; i++) {
      before[i + 1] = before[i] + (days.get(i) ? 1 : 0);
    }
  }

  /**
   * The school days of a calendar, worked out ahead for its school year and for the days from {@code from} to
   * {@code to}.
   *
   * @param calendar the district calendar, or {@code null} when the case has none
   * @param from first day to work out ahead
   * @param to last day to work out ahead; before {@code from} for none
   * @return the school days
   * @throws IllegalArgumentException when a date is outside {@link SupportedDates}
   */
  public static SchoolDays of(SchoolCalendar calendar, LocalDate from, LocalDate to) {
    SupportedDates.require(from, "from");
    SupportedDates.require(to, "to");
    LocalDate start = from;
    LocalDate end = to;
    if (end.isBefore(start)) {
      end = start.minusDays(1);
    }
    if (calendar != null && calendar.firstDay() != null && calendar.lastDay() != null
        && !calendar.lastDay().isBefore(calendar.firstDay())) {
      if (end.isBefore(start)) {
        start = calendar.firstDay();
        end = calendar.lastDay();
      } else {
        start = min(start, calendar.firstDay());
        end = max(end, calendar.lastDay());
      }
    }
    return new SchoolDays(calendar, start, end);
  }

  /** Whether a district calendar is known; without one, vacations count as school days. */
  public boolean hasCalendar() {
    return calendar != null;
  }

  /** The district calendar, when the case has one. */
  public Optional<SchoolCalendar> calendar() {
    return Optional.ofNullable(calendar);
  }

  /**
   * Whether a date is a school day.
   *
   * @param date the date
   * @return true when students attend school that day
   */
  public boolean isSchoolDay(LocalDate date) {
    long i = date.toEpochDay() - spanStartDay;
    if (i >= 0 && i < spanLength) {
      return days.get((int) i);
    }
    return isSchoolDay(calendar, date);
  }

  /**
   * The number of school days from one date to another, both included.
   *
   * @param from first day
   * @param to last day
   * @return the count; 0 when {@code to} is before {@code from}
   */
  public int count(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return 0;
    }
    long a = from.toEpochDay() - spanStartDay;
    long b = to.toEpochDay() - spanStartDay;
    if (a >= 0 && b < spanLength) {
      return before[(int) b + 1] - before[(int) a];
    }
    int n = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (isSchoolDay(d)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether a date is a school day under a calendar, worked out on the spot.
   *
   * @param calendar the district calendar, or {@code null} when the case has none
   * @param date the date
   * @return true when students attend school that day
   * @throws IllegalArgumentException when a date is outside {@link SupportedDates}
   */
  public static boolean isSchoolDay(SchoolCalendar calendar, LocalDate date) {
    SupportedDates.require(date, "date");
    if (!isWeekdayNotHoliday(date)) {
      return false;
    }
    if (calendar == null) {
      return true;
    }
    if (!withinYear(calendar, date)) {
      return false;
    }
    for (Closure c : calendar.closures()) {
      if (c != null && c.from() != null && !date.isBefore(c.from()) && !date.isAfter(c.lastDay())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWeekdayNotHoliday(LocalDate d) {
    DayOfWeek dow = d.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !Holidays.isMassachusettsHoliday(d);
  }

  private static boolean withinYear(SchoolCalendar calendar, LocalDate d) {
    return calendar.firstDay() != null
        && calendar.lastDay() != null
        && !d.isBefore(calendar.firstDay())
        && !d.isAfter(calendar.lastDay());
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
