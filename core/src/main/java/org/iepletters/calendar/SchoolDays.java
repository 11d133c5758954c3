package org.iepletters.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.iepletters.model.Closure;
import org.iepletters.model.EsyCalendar;
import org.iepletters.model.SchoolCalendar;

/**
 * The days a service is delivered on, looked up in constant time: school days of the school-year calendars, or
 * ESY days of the extended-school-year calendars.
 *
 * <p>School day: a Monday to Friday inside one of the school-year calendars (between its first and last day),
 * not a Massachusetts legal holiday as observed and not inside a closure of that calendar; a date between two
 * school years (summer) is no school day. Federal-only observances (a Saturday holiday moved to the Friday) do
 * not close school. Without a calendar, every weekday that is not a Massachusetts legal holiday counts.
 *
 * <p>ESY day: a date inside one of the ESY calendars, on one of its weekdays, not a Massachusetts legal holiday
 * (a holiday closes its own date and, when it falls on a Sunday, also the Monday after) and not inside one of
 * its closures. Without an ESY calendar, every weekday that is not a Massachusetts legal holiday counts.
 *
 * <p>The days of a span are worked out once when the value is made; days outside it are worked out on each call.
 */
public final class SchoolDays {
  /** The nominal days of a week of school. */
  public static final int WEEK_DAYS = 5;

  private final boolean esy;
  private final List<SchoolCalendar> years;
  private final List<EsyCalendar> programmes;
  private final long spanStartDay;
  private final int spanLength;
  private final BitSet days;
  /** {@code before[i]} is the number of days in the span before day {@code i}. */
  private final int[] before;

  private SchoolDays(boolean esy, List<SchoolCalendar> years, List<EsyCalendar> programmes, LocalDate spanStart,
      LocalDate spanEnd) {
    this.esy = esy;
    this.years = years;
    this.programmes = programmes;
    this.spanStartDay = spanStart.toEpochDay();
    this.spanLength = spanEnd.isBefore(spanStart) ? 0 : (int) ChronoUnit.DAYS.between(spanStart, spanEnd) + 1;
    this.days = new BitSet(spanLength);
    LocalDate d = spanStart;
    for (int i = 0; i < spanLength; i++, d = d.plusDays(1)) {
      if (compute(d)) {
        days.set(i);
      }
    }
    this.before = new int[spanLength + 1];
    for (int i = 0; i < spanLength; i++) {
      before[i + 1] = before[i] + (days.get(i) ? 1 : 0);
    }
  }

  /**
   * The school days of one calendar, worked out ahead for its school year and for the days from {@code from} to
   * {@code to}.
   *
   * @param calendar the district calendar, or {@code null} when the case has none
   * @param from first day to work out ahead
   * @param to last day to work out ahead; before {@code from} for none
   * @return the school days
   * @throws IllegalArgumentException when a date is outside {@link SupportedDates}
   */
  public static SchoolDays of(SchoolCalendar calendar, LocalDate from, LocalDate to) {
    return ofYears(calendar == null ? List.of() : List.of(calendar), from, to);
  }

  /**
   * The school days of several school-year calendars, worked out ahead for their school years and for the days
   * from {@code from} to {@code to}.
   *
   * @param calendars the school-year calendars; empty when the case has none
   * @param from first day to work out ahead
   * @param to last day to work out ahead; before {@code from} for none
   * @return the school days
   */
  public static SchoolDays ofYears(List<SchoolCalendar> calendars, LocalDate from, LocalDate to) {
    SupportedDates.require(from, "from");
    SupportedDates.require(to, "to");
    List<SchoolCalendar> known = calendars.stream()
        .filter(c -> c != null && c.firstDay() != null && c.lastDay() != null && !c.lastDay().isBefore(c.firstDay()))
        .sorted(Comparator.comparing(SchoolCalendar::firstDay))
        .toList();
    LocalDate[] span = span(from, to, known.isEmpty() ? null : known.get(0).firstDay(),
        known.isEmpty() ? null : known.get(known.size() - 1).lastDay());
    return new SchoolDays(false, known, List.of(), span[0], span[1]);
  }

  /**
   * The ESY days of the extended-school-year calendars, worked out ahead for their programmes and for the days
   * from {@code from} to {@code to}.
   *
   * @param calendars the ESY calendars; empty when the case has none
   * @param from first day to work out ahead
   * @param to last day to work out ahead; before {@code from} for none
   * @return the ESY days
   */
  public static SchoolDays esy(List<EsyCalendar> calendars, LocalDate from, LocalDate to) {
    SupportedDates.require(from, "from");
    SupportedDates.require(to, "to");
    List<EsyCalendar> known = calendars.stream()
        .filter(c -> c != null && c.firstDay() != null && c.lastDay() != null && !c.lastDay().isBefore(c.firstDay()))
        .sorted(Comparator.comparing(EsyCalendar::firstDay))
        .toList();
    LocalDate[] span = span(from, to, known.isEmpty() ? null : known.get(0).firstDay(),
        known.isEmpty() ? null : known.get(known.size() - 1).lastDay());
    return new SchoolDays(true, List.of(), known, span[0], span[1]);
  }

  private static LocalDate[] span(LocalDate from, LocalDate to, LocalDate first, LocalDate last) {
    LocalDate start = from;
    LocalDate end = to;
    if (end.isBefore(start)) {
      end = start.minusDays(1);
    }
    if (first != null) {
      if (end.isBefore(start)) {
        start = first;
        end = last;
      } else {
        start = min(start, first);
        end = max(end, last);
      }
    }
    return new LocalDate[] {start, end};
  }

  /** {@return whether these are ESY days (for {@code esy} lines) rather than school days} */
  public boolean isEsy() {
    return esy;
  }

  /** {@return whether a calendar of the day kind is known; without one, every weekday that is no holiday counts} */
  public boolean hasCalendar() {
    return esy ? !programmes.isEmpty() : !years.isEmpty();
  }

  /** {@return the first school-year calendar, when the case has one} */
  public Optional<SchoolCalendar> calendar() {
    return years.stream().findFirst();
  }

  /** {@return the school-year calendars, oldest first; empty for ESY days or without a calendar} */
  public List<SchoolCalendar> calendars() {
    return years;
  }

  /**
   * The school-year calendar a date lies in, between its first and last day.
   *
   * @param date the date
   * @return the calendar, or empty between two school years or without a calendar
   */
  public Optional<SchoolCalendar> schoolYearOf(LocalDate date) {
    return years.stream().filter(c -> within(c.firstDay(), c.lastDay(), date)).findFirst();
  }

  /**
   * The nominal days of the Monday-to-Sunday week starting on a Monday: 5 for school days; for ESY days, the
   * number of weekdays of the ESY calendar that the week's first ESY day belongs to (5 without one).
   *
   * @param monday the week's Monday
   * @return the nominal days
   */
  public int weekNominal(LocalDate monday) {
    if (!esy || programmes.isEmpty()) {
      return WEEK_DAYS;
    }
    for (LocalDate d = monday; d.isBefore(monday.plusDays(7)); d = d.plusDays(1)) {
      if (isSchoolDay(d)) {
        LocalDate day = d;
        return programmes.stream().filter(p -> p.contains(day)).findFirst()
            .map(p -> p.runsOn().size()).orElse(WEEK_DAYS);
      }
    }
    return WEEK_DAYS;
  }

  /**
   * Whether a date is a day of this kind (a school day, or an ESY day).
   *
   * @param date the date
   * @return true when the service can be delivered that day
   */
  public boolean isSchoolDay(LocalDate date) {
    long i = date.toEpochDay() - spanStartDay;
    if (i >= 0 && i < spanLength) {
      return days.get((int) i);
    }
    return compute(date);
  }

  /**
   * The number of days of this kind from one date to another, both included.
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
   * The nth day of this kind after a trigger: "within N school days".
   *
   * @param trigger the date the period runs from; it is never counted itself
   * @param n how many days, 1 or more
   * @return the nth day after the trigger, or empty when the calendars end before it
   * @throws IllegalArgumentException when n is less than 1
   */
  public Optional<LocalDate> after(LocalDate trigger, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("school days must be 1 or more");
    }
    LocalDate last = lastCalendarDay();
    LocalDate day = trigger;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      if (last != null && day.isAfter(last)) {
        return Optional.empty();
      }
      if (isSchoolDay(day)) {
        counted++;
      }
    }
    return Optional.of(day);
  }

  /**
   * The first day of this kind from one date to another.
   *
   * @param from first day
   * @param to last day
   * @return the first day, or {@code null} when there is none
   */
  public LocalDate first(LocalDate from, LocalDate to) {
    long a = from.toEpochDay() - spanStartDay;
    long b = to.toEpochDay() - spanStartDay;
    if (a >= 0 && b < spanLength) {
      int i = a > b ? -1 : days.nextSetBit((int) a);
      return i < 0 || i > b ? null : LocalDate.ofEpochDay(spanStartDay + i);
    }
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (isSchoolDay(d)) {
        return d;
      }
    }
    return null;
  }

  /**
   * The last day of this kind from one date to another.
   *
   * @param from first day
   * @param to last day
   * @return the last day, or {@code null} when there is none
   */
  public LocalDate last(LocalDate from, LocalDate to) {
    long a = from.toEpochDay() - spanStartDay;
    long b = to.toEpochDay() - spanStartDay;
    if (a >= 0 && b < spanLength) {
      int i = a > b ? -1 : days.previousSetBit((int) b);
      return i < 0 || i < a ? null : LocalDate.ofEpochDay(spanStartDay + i);
    }
    for (LocalDate d = to; !d.isBefore(from); d = d.minusDays(1)) {
      if (isSchoolDay(d)) {
        return d;
      }
    }
    return null;
  }

  private LocalDate lastCalendarDay() {
    if (esy) {
      return programmes.stream().map(EsyCalendar::lastDay).max(LocalDate::compareTo).orElse(null);
    }
    return years.stream().map(SchoolCalendar::lastDay).max(LocalDate::compareTo).orElse(null);
  }

  private boolean compute(LocalDate date) {
    if (!esy) {
      if (!isWeekdayNotHoliday(date)) {
        return false;
      }
      if (years.isEmpty()) {
        return true;
      }
      for (SchoolCalendar c : years) {
        if (within(c.firstDay(), c.lastDay(), date)) {
          return !closed(c.closures(), date);
        }
      }
      return false;
    }
    if (programmes.isEmpty()) {
      return isWeekdayNotHoliday(date) && !isSundayHolidayItself(date);
    }
    for (EsyCalendar c : programmes) {
      if (within(c.firstDay(), c.lastDay(), date)) {
        return c.runsOn().contains(date.getDayOfWeek())
            && !Holidays.isMassachusettsHoliday(date)
            && !isSundayHolidayItself(date)
            && !closed(c.closures(), date);
      }
    }
    return false;
  }

  /** A holiday falling on a Sunday closes the Sunday itself too, for a programme that runs on Sundays. */
  private static boolean isSundayHolidayItself(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SUNDAY && Holidays.isMassachusettsHoliday(date.plusDays(1))
        && Holidays.massachusetts(date.getYear()).stream().anyMatch(h -> h.date().equals(date));
  }

  private static boolean closed(List<Closure> closures, LocalDate date) {
    for (Closure c : closures) {
      if (c != null && c.from() != null && !date.isBefore(c.from()) && !date.isAfter(c.lastDay())) {
        return true;
      }
    }
    return false;
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
    return within(calendar.firstDay(), calendar.lastDay(), date) && !closed(calendar.closures(), date);
  }

  /**
   * Whether a date is a school day under several school-year calendars, worked out on the spot.
   *
   * @param calendars the school-year calendars; empty when the case has none
   * @param date the date
   * @return true when students attend school that day
   */
  public static boolean isSchoolDayOfYears(List<SchoolCalendar> calendars, LocalDate date) {
    if (calendars.isEmpty()) {
      return isSchoolDay((SchoolCalendar) null, date);
    }
    return calendars.stream().filter(Objects::nonNull).anyMatch(c -> isSchoolDay(c, date));
  }

  private static boolean isWeekdayNotHoliday(LocalDate d) {
    DayOfWeek dow = d.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !Holidays.isMassachusettsHoliday(d);
  }

  private static boolean within(LocalDate first, LocalDate last, LocalDate d) {
    return first != null && last != null && !d.isBefore(first) && !d.isAfter(last);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
