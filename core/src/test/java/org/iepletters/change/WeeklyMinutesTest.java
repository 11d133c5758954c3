package org.iepletters.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.iepletters.model.Period;
import org.junit.jupiter.api.Test;

class WeeklyMinutesTest {

  @Test
  void keepsTheFractionInLowestTerms() {
    // 6240 / 52 = 120 / 1.
    assertThat(new WeeklyMinutes(BigInteger.valueOf(6240), BigInteger.valueOf(52)))
        .isEqualTo(new WeeklyMinutes(BigInteger.valueOf(120), BigInteger.ONE));
    // 1 x 30 a month: 30 x 10 / 36 = 300 / 36 = 25 / 3 (v2: a month is 10/36 of a school week, not 12/52).
    assertThat(WeeklyMinutes.of(1, 30, Period.MONTH, 0))
        .isEqualTo(new WeeklyMinutes(BigInteger.valueOf(25), BigInteger.valueOf(3)));
  }

  @Test
  void printsWholeMinutesOrOneDecimalRoundedHalfUp() {
    assertThat(WeeklyMinutes.of(3, 30, Period.WEEK, 0).toDisplayString()).isEqualTo("90");
    // 1 x 40 per 6-day cycle = 200 / 6 = 33.33.
    assertThat(WeeklyMinutes.of(1, 40, Period.CYCLE, 6).toDisplayString()).isEqualTo("33.3");
    // 1 x 3 per 4-day cycle = 15 / 4 = 3.75 -> 3.8.
    assertThat(WeeklyMinutes.of(1, 3, Period.CYCLE, 4).toDisplayString()).isEqualTo("3.8");
    // 25 / 3 = 8.333...
    assertThat(WeeklyMinutes.of(1, 30, Period.MONTH, 0).rounded(2)).isEqualTo(new BigDecimal("8.33"));
  }

  @Test
  void ordersExactly() {
    // v2: 13 x 40 a month = 520 x 10 / 36 = 144 4/9 a school week, more than 4 x 30 = 120 (v1's 12/52 made them
    // equal). 1 x 432 a month = 4320 / 36 = 120 exactly; 1 x 431 a month = 119.72, less.
    WeeklyMinutes month = WeeklyMinutes.of(13, 40, Period.MONTH, 0);
    WeeklyMinutes week = WeeklyMinutes.of(4, 30, Period.WEEK, 0);
    assertThat(month).isGreaterThan(week);
    assertThat(month).isEqualTo(new WeeklyMinutes(BigInteger.valueOf(1300), BigInteger.valueOf(9)));
    assertThat(WeeklyMinutes.of(1, 432, Period.MONTH, 0)).isEqualByComparingTo(week);
    assertThat(WeeklyMinutes.of(1, 431, Period.MONTH, 0)).isLessThan(week);
  }
}
