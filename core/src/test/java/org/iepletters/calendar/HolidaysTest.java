package org.iepletters.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidaysTest {

  // Dates checked against a printed calendar of each year (third Monday of April, fourth Thursday of
  // November, and so on), independently of this code.
  @ParameterizedTest(name = "{0}: Patriots'' Day {1}, Thanksgiving {2}, Columbus Day {3}, Memorial Day {4}")
  @CsvSource({
    "2021, 2021-04-19, 2021-11-25, 2021-10-11, 2021-05-31, 2021-01-18",
    "2022, 2022-04-18, 2022-11-24, 2022-10-10, 2022-05-30, 2022-01-17",
    "2023, 2023-04-17, 2023-11-23, 2023-10-09, 2023-05-29, 2023-01-16",
    "2024, 2024-04-15, 2024-11-28, 2024-10-14, 2024-05-27, 2024-01-15",
    "2025, 2025-04-21, 2025-11-27, 2025-10-13, 2025-05-26, 2025-01-20",
    "2026, 2026-04-20, 2026-11-26, 2026-10-12, 2026-05-25, 2026-01-19",
    "2027, 2027-04-19, 2027-11-25, 2027-10-11, 2027-05-31, 2027-01-18",
    "2028, 2028-04-17, 2028-11-23, 2028-10-09, 2028-05-29, 2028-01-17",
    "2029, 2029-04-16, 2029-11-22, 2029-10-08, 2029-05-28, 2029-01-15",
    "2030, 2030-04-15, 2030-11-28, 2030-10-14, 2030-05-27, 2030-01-21"
  })
  void placesTheMovingHolidaysOfEachYear(
      int year, LocalDate patriots, LocalDate thanksgiving, LocalDate columbus, LocalDate memorial, LocalDate mlk) {
    assertThat(Holiday.PATRIOTS_DAY.dateIn(year)).contains(patriots);
    assertThat(Holiday.THANKSGIVING_DAY.dateIn(year)).contains(thanksgiving);
    assertThat(Holiday.COLUMBUS_DAY.dateIn(year)).contains(columbus);
    assertThat(Holiday.MEMORIAL_DAY.dateIn(year)).contains(memorial);
    assertThat(Holiday.MARTIN_LUTHER_KING_DAY.dateIn(year)).contains(mlk);
    for (LocalDate d : List.of(patriots, thanksgiving, columbus, memorial, mlk)) {
      assertThat(Holidays.isMassachusettsHoliday(d)).as("%s", d).isTrue();
    }
    assertThat(Holidays.isFederalHoliday(patriots)).as("Patriots' Day is Massachusetts only").isFalse();
    assertThat(Holidays.isFederalHoliday(thanksgiving)).isTrue();
  }

  @Test
  void listsTwelveMassachusettsHolidaysAndElevenFederalOnesFrom2021() {
    for (int year = 2021; year <= 2030; year++) {
      assertThat(Holidays.massachusetts(year)).hasSize(12);
      assertThat(Holidays.federal(year)).hasSize(11)
          .noneMatch(h -> h.holiday() == Holiday.PATRIOTS_DAY);
    }
  }

  @Test
  void patriotsDay2026IsApril20() {
    assertThat(Holidays.isMassachusettsHoliday(LocalDate.of(2026, 4, 20))).isTrue();
    assertThat(BusinessDays.isBusinessDay(LocalDate.of(2026, 4, 20))).isFalse();
  }

  @Test
  void juneteenthIsNoHolidayIn2020() {
    // June 19, 2020 was a Friday.
    assertThat(Holiday.JUNETEENTH.dateIn(2020)).isEmpty();
    assertThat(Holidays.isMassachusettsHoliday(LocalDate.of(2020, 6, 19))).isFalse();
    assertThat(Holidays.isFederalHoliday(LocalDate.of(2020, 6, 19))).isFalse();
    assertThat(Holidays.massachusetts(2020)).hasSize(11);
  }

  @Test
  void juneteenth2022OnASundayIsObservedMondayJune20() {
    assertThat(Holidays.isMassachusettsHoliday(LocalDate.of(2022, 6, 19))).isFalse();
    assertThat(Holidays.isMassachusettsHoliday(LocalDate.of(2022, 6, 20))).isTrue();
    assertThat(Holidays.isFederalHoliday(LocalDate.of(2022, 6, 20))).isTrue();
  }

  @Test
  void christmas2022OnASundayIsObservedMondayDecember26() {
    assertThat(Holidays.isMassachusettsHoliday(LocalDate.of(2022, 12, 26))).isTrue();
    assertThat(Holidays.isMassachusettsHoliday(LocalDate.of(2022, 12, 25))).isFalse();
    assertThat(Holidays.massachusetts(2022))
        .filteredOn(h -> h.holiday() == Holiday.CHRISTMAS_DAY)
        .singleElement()
        .satisfies(h -> {
          assertThat(h.date()).isEqualTo(LocalDate.of(2022, 12, 25));
          assertThat(h.observed()).isEqualTo(LocalDate.of(2022, 12, 26));
          assertThat(h.isMoved()).isTrue();
        });
  }

  @Test
  void federalNewYear2028OnASaturdayIsObservedFridayDecember31Of2027() {
    assertThat(Holidays.isFederalHoliday(LocalDate.of(2027, 12, 31))).isTrue();
    assertThat(Holidays.federal(2028).get(0).observed()).isEqualTo(LocalDate.of(2027, 12, 31));
    // Massachusetts does not move a Saturday holiday.
    assertThat(Holidays.isMassachusettsHoliday(LocalDate.of(2028, 1, 1))).isTrue();
    assertThat(Holidays.isMassachusettsHoliday(LocalDate.of(2027, 12, 31))).isFalse();
    assertThat(BusinessDays.isBusinessDay(LocalDate.of(2027, 12, 31))).isFalse();
  }

  @Test
  void independenceDay2026OnASaturdayStaysForMassachusettsAndMovesToFridayFederally() {
    LocalDate saturday = LocalDate.of(2026, 7, 4);
    LocalDate friday = LocalDate.of(2026, 7, 3);
    assertThat(Holidays.isMassachusettsHoliday(saturday)).isTrue();
    assertThat(Holidays.isMassachusettsHoliday(friday)).isFalse();
    assertThat(Holidays.isFederalHoliday(friday)).isTrue();
    assertThat(Holidays.isFederalHoliday(saturday)).isFalse();
    assertThat(BusinessDays.isBusinessDay(friday)).isFalse();
  }

  @Test
  void veteransDay2029OnASundayIsObservedMonday() {
    // November 11, 2029 is a Sunday.
    assertThat(Holidays.isMassachusettsHoliday(LocalDate.of(2029, 11, 12))).isTrue();
    assertThat(Holidays.isFederalHoliday(LocalDate.of(2029, 11, 12))).isTrue();
  }

  @Test
  void fixedDateHolidaysOnWeekdaysAreNotMoved() {
    // 2025: New Year's Day Wednesday, July 4 Friday, Christmas Thursday.
    assertThat(Holidays.isMassachusettsHoliday(LocalDate.of(2025, 1, 1))).isTrue();
    assertThat(Holidays.isFederalHoliday(LocalDate.of(2025, 7, 4))).isTrue();
    assertThat(Holidays.isFederalHoliday(LocalDate.of(2025, 7, 3))).isFalse();
    assertThat(Holidays.massachusetts(2025)).noneMatch(ObservedHoliday::isMoved);
  }
}
