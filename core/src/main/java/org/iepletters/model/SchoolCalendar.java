package org.iepletters.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.iepletters.validation.OrderedSchoolYear;

/**
 * The district's school-year calendar.
 *
 * @param firstDay first day of school
 * @param lastDay last day of school
 * @param closures days without school beyond weekends and legal holidays
 */
@OrderedSchoolYear
public record SchoolCalendar(
    @NotNull(message = "is required") LocalDate firstDay,
    @NotNull(message = "is required") LocalDate lastDay,
    List<@NotNull(message = "is required") @Valid Closure> closures) {

  /**
   * Copies the list once; a missing list is empty.
   *
   * @param firstDay first day of school
   * @param lastDay last day of school
   * @param closures days without school beyond weekends and legal holidays
   */
  public SchoolCalendar {
    closures = Lists.copy(closures);
  }
}
