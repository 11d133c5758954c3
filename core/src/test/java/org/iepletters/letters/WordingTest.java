package org.iepletters.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WordingTest {

  @Test
  void writesDatesOutInUsEnglish() {
    assertThat(Wording.dateWithWeekday(LocalDate.of(2026, 12, 4))).isEqualTo("Friday, December 4, 2026");
    assertThat(Wording.date(LocalDate.of(2027, 1, 12))).isEqualTo("January 12, 2027");
  }

  @Test
  void writesMinutesWithThousandsSeparators() {
    assertThat(Wording.number(324)).isEqualTo("324");
    assertThat(Wording.number(16200)).isEqualTo("16,200");
    assertThat(Wording.number(1234567)).isEqualTo("1,234,567");
  }

  @Test
  void writesNumbersAsUsEnglishNumberFormatDoes() {
    NumberFormat us = NumberFormat.getIntegerInstance(Locale.US);
    for (long n : new long[] {0, 7, 999, 1000, 99999, 100000, -1, -1000, -123456, Long.MAX_VALUE, Long.MIN_VALUE}) {
      assertThat(Wording.number(n)).as("%d", n).isEqualTo(us.format(n));
    }
  }

  @Test
  void joinsListsAsASentenceWould() {
    assertThat(Wording.join(List.of())).isEmpty();
    assertThat(Wording.join(List.of("speech"))).isEqualTo("speech");
    assertThat(Wording.join(List.of("speech", "OT"))).isEqualTo("speech and OT");
    assertThat(Wording.join(List.of("speech", "OT", "ESY"))).isEqualTo("speech, OT and ESY");
  }
}
