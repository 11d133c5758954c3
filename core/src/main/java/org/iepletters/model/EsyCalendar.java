package org.iepletters.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.iepletters.validation.OrderedSchoolYear;

/**
 * An extended-school-year (ESY) programme calendar: the summer days on which {@code esy} service lines are
 * delivered.
 *
 * @param firstDay first day of the programme
 * @param lastDay last day of the programme
 * @param closures days the programme does not run beyond legal holidays
 * @param weekdays the days of the week it runs; {@code null} for Monday to Friday
 */
@OrderedSchoolYear
public record EsyCalendar(
    @NotNull(message = "is required") LocalDate firstDay,
    @NotNull(message = "is required") LocalDate lastDay,
    List<@NotNull(message = "is required") @Valid Closure> closures,
    List<@NotNull(message = "is required") DayOfWeek> weekdays) {

  private static final List<DayOfWeek> MONDAY_TO_FRIDAY = List.of(
      DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

  /**
   * Copies the lists once; missing closures are none, and missing weekdays stay {@code null} (Monday to Friday).
   *
   * @param firstDay first day of the programme
   * @param lastDay last day of the programme
   * @param closures days the programme does not run beyond legal holidays
   * @param weekdays the days of the week it runs; {@code null} for Monday to Friday
   */
  public EsyCalendar {
    closures = Lists.copy(closures);
    weekdays = weekdays == null ? null : Lists.copy(weekdays);
  }

  /** {@return the days of the week the programme runs: the given ones, or Monday to Friday when none were given} */
  public Set<DayOfWeek> runsOn() {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek d : weekdays == null ? MONDAY_TO_FRIDAY : weekdays) {
      if (d != null) {
        days.add(d);
      }
    }
    return days;
  }

  /**
   * Whether a date lies between the first and last day, both included; closures and weekdays do not matter here.
   *
   * @param date the date; not {@code null}
   * @return true when the date is in range; false when the first or last day is missing
   */
  public boolean contains(LocalDate date) {
    return firstDay != null && lastDay != null && !date.isBefore(firstDay) && !date.isAfter(lastDay);
  }
}
