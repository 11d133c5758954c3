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
    // 1 x 30 a month: 360 / 52 = 90 / 13.
    assertThat(WeeklyMinutes.of(1, 30, Period.MONTH, 0))
        .isEqualTo(new WeeklyMinutes(BigInteger.valueOf(90), BigInteger.valueOf(13)));
  }

  @Test
  void printsWholeMinutesOrOneDecimalRoundedHalfUp() {
    assertThat(WeeklyMinutes.of(3, 30, Period.WEEK, 0).toDisplayString()).isEqualTo("90");
    // 1 x 40 per 6-day cycle = 200 / 6 = 33.33.
    assertThat(WeeklyMinutes.of(1, 40, Period.CYCLE, 6).toDisplayString()).isEqualTo("33.3");
    // 1 x 3 per 4-day cycle = 15 / 4 = 3.75 -> 3.8.
    assertThat(WeeklyMinutes.of(1, 3, Period.CYCLE, 4).toDisplayString()).isEqualTo("3.8");
    assertThat(WeeklyMinutes.of(1, 30, Period.MONTH, 0).rounded(2)).isEqualTo(new BigDecimal("6.92"));
  }

  @Test
  void ordersExactly() {
    WeeklyMinutes month = WeeklyMinutes.of(13, 40, Period.MONTH, 0);
    WeeklyMinutes week = WeeklyMinutes.of(4, 30, Period.WEEK, 0);
    assertThat(month).isEqualByComparingTo(week);
    assertThat(WeeklyMinutes.of(1, 519, Period.MONTH, 0)).isLessThan(week);
  }
}
