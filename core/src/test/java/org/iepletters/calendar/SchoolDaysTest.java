package org.iepletters.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import org.iepletters.model.Closure;
import org.iepletters.model.SchoolCalendar;
import org.junit.jupiter.api.Test;

class SchoolDaysTest {
  // Arrays.asList: the model copies lists with contains(null), which an immutable List.of rejects.
  private static final SchoolCalendar YEAR_2027 = new SchoolCalendar(
      LocalDate.of(2027, 9, 1), LocalDate.of(2028, 6, 15),
      Arrays.asList(new Closure(LocalDate.of(2027, 11, 24), LocalDate.of(2027, 11, 26), "Thanksgiving recess"),
          new Closure(LocalDate.of(2028, 3, 10), null, "Professional day")));

  @Test
  void federalOnlyObservancesDoNotCloseSchool() {
    SchoolDays days = SchoolDays.of(YEAR_2027, YEAR_2027.firstDay(), YEAR_2027.lastDay());
    // Fri 2027-12-24 (federal Christmas) and Fri 2027-12-31 (federal New Year 2028): no closure in this calendar.
    assertThat(days.isSchoolDay(LocalDate.of(2027, 12, 24))).isTrue();
    assertThat(days.isSchoolDay(LocalDate.of(2027, 12, 31))).isTrue();
  }

  @Test
  void holidaysClosuresWeekendsAndDaysOutsideTheYearAreNotSchoolDays() {
    SchoolDays days = SchoolDays.of(YEAR_2027, YEAR_2027.firstDay(), YEAR_2027.lastDay());
    assertThat(days.isSchoolDay(LocalDate.of(2027, 9, 6))).as("Labor Day").isFalse();
    assertThat(days.isSchoolDay(LocalDate.of(2027, 11, 25))).as("closure").isFalse();
    assertThat(days.isSchoolDay(LocalDate.of(2028, 3, 10))).as("one-day closure").isFalse();
    assertThat(days.isSchoolDay(LocalDate.of(2027, 9, 4))).as("Saturday").isFalse();
    assertThat(days.isSchoolDay(LocalDate.of(2027, 8, 31))).as("before the first day").isFalse();
    assertThat(days.isSchoolDay(LocalDate.of(2028, 6, 16))).as("after the last day").isFalse();
    assertThat(days.isSchoolDay(LocalDate.of(2027, 9, 1))).as("first day").isTrue();
  }

  @Test
  void countsSchoolDaysInARange() {
    SchoolDays days = SchoolDays.of(YEAR_2027, YEAR_2027.firstDay(), YEAR_2027.lastDay());
    // September 2027 from Wed 1: 1-3 (3), 7-10 (4, Mon 6 Labor Day), 13-17, 20-24, 27-30 (5+5+4) = 21.
    assertThat(days.count(LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 30))).isEqualTo(21);
    // Week of Mon 2027-11-22: Mon 22, Tue 23; Wed-Fri closed (Thu 25 Thanksgiving) = 2.
    assertThat(days.count(LocalDate.of(2027, 11, 22), LocalDate.of(2027, 11, 28))).isEqualTo(2);
    assertThat(days.count(LocalDate.of(2027, 11, 28), LocalDate.of(2027, 11, 22))).isZero();
  }

  @Test
  void answersTheSameInsideAndOutsideTheSpanWorkedOutAhead() {
    SchoolDays narrow = SchoolDays.of(null, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
    for (LocalDate d = LocalDate.of(2026, 10, 1); d.isBefore(LocalDate.of(2027, 1, 31)); d = d.plusDays(1)) {
      assertThat(narrow.isSchoolDay(d)).as("%s", d).isEqualTo(SchoolDays.isSchoolDay(null, d));
    }
    // October 2026 without a calendar: 22 weekdays, less Columbus Day (Mon 12) = 21.
    assertThat(narrow.count(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31))).isEqualTo(21);
  }

  @Test
  void withoutACalendarEveryWeekdayThatIsNoStateHolidayCounts() {
    SchoolDays days = SchoolDays.of(null, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
    assertThat(days.hasCalendar()).isFalse();
    // Fri 2026-07-03 is only a federal observance; Sat 4 is the state holiday.
    assertThat(days.isSchoolDay(LocalDate.of(2026, 7, 3))).isTrue();
    // July 2026: 23 weekdays, none a state holiday on a weekday.
    assertThat(days.count(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31))).isEqualTo(23);
  }

  @Test
  void countsNSchoolDaysAfterATriggerAcrossClosuresAndIntoTheNextSchoolYear() {
    SchoolCalendar year2026 = org.iepletters.SyntheticCases.YEAR_2026;
    SchoolCalendar year2027 = new SchoolCalendar(LocalDate.of(2027, 9, 1), LocalDate.of(2028, 6, 14), Arrays.asList());
    SchoolDays one = SchoolDays.ofYears(java.util.List.of(year2026), LocalDate.of(2026, 11, 1), LocalDate.of(2027, 6, 30));
    // After Fri 11/20/2026: Mon 23 (1), Tue 24 (2), 25-27 closed, Mon 30 (3), Tue 12/1 (4), Wed 12/2 (5).
    assertThat(one.after(LocalDate.of(2026, 11, 20), 5)).contains(LocalDate.of(2026, 12, 2));
    // After Mon 6/14/2027: 6/15 (1), 6/16 (2, the last day); the calendar ends before the 5th: no date.
    assertThat(one.after(LocalDate.of(2027, 6, 14), 5)).isEmpty();
    // With the next year's calendar: Wed 9/1 (3), Thu 9/2 (4), Fri 9/3 (5); the summer between is no school.
    SchoolDays both = SchoolDays.ofYears(java.util.List.of(year2027, year2026), LocalDate.of(2027, 6, 1),
        LocalDate.of(2027, 9, 30));
    assertThat(both.after(LocalDate.of(2027, 6, 14), 5)).contains(LocalDate.of(2027, 9, 3));
    assertThat(both.isSchoolDay(LocalDate.of(2027, 7, 14))).as("summer").isFalse();
    assertThat(both.schoolYearOf(LocalDate.of(2027, 9, 3))).contains(year2027);
  }

  @Test
  void firstAndLastSchoolDaysOfARangeAreTheSameInsideAndOutsideTheSpanWorkedOutAhead() {
    SchoolDays wide = SchoolDays.of(YEAR_2027, LocalDate.of(2027, 9, 1), LocalDate.of(2028, 6, 15));
    SchoolDays narrow = SchoolDays.of(null, LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 2));
    SchoolDays none = SchoolDays.of(null, LocalDate.of(2027, 11, 1), LocalDate.of(2027, 12, 31));
    // Week of Mon 2027-11-22: Mon 22 and Tue 23; Wed-Fri closed (Thu 25 Thanksgiving).
    assertThat(wide.first(LocalDate.of(2027, 11, 20), LocalDate.of(2027, 11, 28))).isEqualTo(LocalDate.of(2027, 11, 22));
    assertThat(wide.last(LocalDate.of(2027, 11, 20), LocalDate.of(2027, 11, 28))).isEqualTo(LocalDate.of(2027, 11, 23));
    assertThat(wide.last(LocalDate.of(2027, 11, 24), LocalDate.of(2027, 11, 28))).isNull();
    assertThat(wide.first(LocalDate.of(2027, 11, 28), LocalDate.of(2027, 11, 20))).isNull();
    // without a calendar, inside and outside the span: Thanksgiving Thu 11/25/2027 is the only weekday closed
    for (SchoolDays d : new SchoolDays[] {narrow, none}) {
      assertThat(d.last(LocalDate.of(2027, 11, 22), LocalDate.of(2027, 11, 28))).isEqualTo(LocalDate.of(2027, 11, 26));
      assertThat(d.first(LocalDate.of(2027, 11, 25), LocalDate.of(2027, 11, 28))).isEqualTo(LocalDate.of(2027, 11, 26));
    }
  }
}
