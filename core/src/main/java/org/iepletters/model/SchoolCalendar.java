package org.iepletters.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The district's school-year calendar.
 *
 * @param firstDay first day of school
 * @param lastDay last day of school
 * @param closures days without school beyond weekends and legal holidays
 */
public record SchoolCalendar(LocalDate firstDay, LocalDate lastDay, List<Closure> closures) {

  /** Copies the list once; a missing list is empty. */
  public SchoolCalendar {
    closures = Lists.copy(closures);
  }
}
