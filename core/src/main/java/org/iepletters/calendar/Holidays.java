package org.iepletters.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Massachusetts legal holidays and federal holidays, as observed.
 *
 * <p>Massachusetts (M.G.L. c. 4, § 7, cl. 18): a holiday on a Sunday is observed the Monday after; one on a
 * Saturday is not moved. Federal: the same holidays without Patriots' Day; a Saturday holiday is observed the
 * Friday before, which can fall in the year before, and a Sunday holiday the Monday after.
 */
public final class Holidays {
  private static final ConcurrentMap<Integer, Set<LocalDate>> MASSACHUSETTS = new ConcurrentHashMap<>();
  private static final ConcurrentMap<Integer, Set<LocalDate>> FEDERAL = new ConcurrentHashMap<>();

  private Holidays() {}

  /**
   * The Massachusetts legal holidays of a year, in calendar order, with their observed dates.
   *
   * @param year the year the holidays fall in
   * @return the holidays; Juneteenth only from 2021
   */
  public static List<ObservedHoliday> massachusetts(int year) {
    List<ObservedHoliday> list = new ArrayList<>();
    for (Holiday h : Holiday.values()) {
      h.dateIn(year).ifPresent(d -> list.add(new ObservedHoliday(h, d, massachusettsObserved(d))));
    }
    return List.copyOf(list);
  }

  /**
   * The federal holidays of a year, in calendar order, with their observed dates.
   *
   * <p>The observed New Year's Day of a year can fall on December 31 of the year before.
   *
   * @param year the year the holidays fall in
   * @return the holidays; Juneteenth only from 2021
   */
  public static List<ObservedHoliday> federal(int year) {
    List<ObservedHoliday> list = new ArrayList<>();
    for (Holiday h : Holiday.values()) {
      if (h.isFederal()) {
        h.dateIn(year).ifPresent(d -> list.add(new ObservedHoliday(h, d, federalObserved(d))));
      }
    }
    return List.copyOf(list);
  }

  /**
   * Whether a date is a Massachusetts legal holiday as observed.
   *
   * <p>A Saturday holiday counts on the Saturday; a Sunday holiday counts on the Monday after, not the Sunday.
   *
   * @param date the date
   * @return true when the date is an observed Massachusetts legal holiday
   * @throws IllegalArgumentException when a date is outside {@link SupportedDates}
   */
  public static boolean isMassachusettsHoliday(LocalDate date) {
    SupportedDates.require(date, "date");
    return observedIn(MASSACHUSETTS, date, true);
  }

  /**
   * Whether a date is a federal holiday as observed.
   *
   * @param date the date
   * @return true when the date is an observed federal holiday
   * @throws IllegalArgumentException when a date is outside {@link SupportedDates}
   */
  public static boolean isFederalHoliday(LocalDate date) {
    SupportedDates.require(date, "date");
    return observedIn(FEDERAL, date, false);
  }

  /**
   * The observed dates of the Massachusetts legal holidays of a year; a date is a holiday when it is among
   * those of its own year or of the year after.
   */
  static Set<LocalDate> massachusettsObservedDates(int year) {
    return observedDates(MASSACHUSETTS, year, true);
  }

  private static boolean observedIn(ConcurrentMap<Integer, Set<LocalDate>> cache, LocalDate date, boolean ma) {
    // Observed dates move at most two days, so they stay within the year or cross into the next one only at
    // its start; the holidays of the year after are checked for the federal New Year's Day on December 31.
    int year = date.getYear();
    return observedDates(cache, year, ma).contains(date) || observedDates(cache, year + 1, ma).contains(date);
  }

  private static Set<LocalDate> observedDates(ConcurrentMap<Integer, Set<LocalDate>> cache, int year, boolean ma) {
    return cache.computeIfAbsent(year, y -> {
      Set<LocalDate> set = new HashSet<>();
      for (ObservedHoliday h : ma ? massachusetts(y) : federal(y)) {
        set.add(h.observed());
      }
      return Set.copyOf(set);
    });
  }

  private static LocalDate massachusettsObserved(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SUNDAY ? date.plusDays(1) : date;
  }

  private static LocalDate federalObserved(LocalDate date) {
    return switch (date.getDayOfWeek()) {
      case SATURDAY -> date.minusDays(1);
      case SUNDAY -> date.plusDays(1);
      default -> date;
    };
  }
}
