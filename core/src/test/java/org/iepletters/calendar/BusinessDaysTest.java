package org.iepletters.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BusinessDaysTest {

  @Test
  void skipsTheFederalFridayOfASaturdayJuly4() {
    // From Wed 2026-07-01: Thu 2 (1), Fri 3 federal observance, Mon 6 (2), Tue 7 (3), Wed 8 (4), Thu 9 (5).
    assertThat(BusinessDays.after(LocalDate.of(2026, 7, 1), 5)).isEqualTo(LocalDate.of(2026, 7, 9));
  }

  @Test
  void skipsThanksgivingButNotTheFridayAfter() {
    // From Mon 2026-11-23: Tue 24 (1), Wed 25 (2), Thu 26 Thanksgiving, Fri 27 (3), Mon 30 (4), Tue Dec 1 (5).
    assertThat(BusinessDays.after(LocalDate.of(2026, 11, 23), 5)).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(BusinessDays.isBusinessDay(LocalDate.of(2026, 11, 27))).isTrue();
  }

  @Test
  void crossesTheYearEndOf2027WhereNewYearIsObservedOnFridayDecember31() {
    // From Tue 2027-12-28: Wed 29 (1), Thu 30 (2), Fri 31 federal observance, Sat, Sun, Mon 2028-01-03 (3).
    assertThat(BusinessDays.after(LocalDate.of(2027, 12, 28), 3)).isEqualTo(LocalDate.of(2028, 1, 3));
    // From Wed 2027-12-22: Thu 23 (1), Fri 24 federal Christmas, Mon 27 (2), 28 (3), 29 (4), Thu 30 (5).
    assertThat(BusinessDays.after(LocalDate.of(2027, 12, 22), 5)).isEqualTo(LocalDate.of(2027, 12, 30));
  }

  @Test
  void crossesTheYearEndOf2022WithBothHolidaysMovedToMonday() {
    // From Fri 2022-12-23: Mon 26 Christmas observed, 27 (1), 28 (2), 29 (3), 30 (4), Mon 2023-01-02 New Year
    // observed, Tue 2023-01-03 (5).
    assertThat(BusinessDays.after(LocalDate.of(2022, 12, 23), 5)).isEqualTo(LocalDate.of(2023, 1, 3));
  }

  @Test
  void skipsPatriotsDayBecauseItIsAStateHoliday() {
    // Fri 2026-04-17, then Mon 20 Patriots' Day, so the first business day is Tue 21.
    assertThat(BusinessDays.after(LocalDate.of(2026, 4, 17), 1)).isEqualTo(LocalDate.of(2026, 4, 21));
  }

  @Test
  void neverCountsTheTriggerItself() {
    // Mon 2026-11-16 is a business day; one business day after it is Tue 17.
    assertThat(BusinessDays.after(LocalDate.of(2026, 11, 16), 1)).isEqualTo(LocalDate.of(2026, 11, 17));
  }

  @Test
  void weekendsAreNeverBusinessDays() {
    assertThat(BusinessDays.isBusinessDay(LocalDate.of(2026, 11, 14))).isFalse();
    assertThat(BusinessDays.isBusinessDay(LocalDate.of(2026, 11, 15))).isFalse();
  }

  @Test
  void rejectsACountBelowOne() {
    assertThatThrownBy(() -> BusinessDays.after(LocalDate.of(2026, 1, 5), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
