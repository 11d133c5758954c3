package org.iepletters.change;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.iepletters.model.Period;

/**
 * Minutes per school week, as an exact fraction: {@code WEEK} sessions × minutes; {@code CYCLE} sessions × minutes ×
 * 5 / N; {@code MONTH} sessions × minutes × 10 / 36 (a school year has 36 weeks in 10 months).
 *
 * <p>Compare values with {@link #compareTo}; it is exact, so 13 × 40 a month (144 4/9 a school week) is more than
 * 4 × 30 a week.
 *
 * @param numerator the numerator, in lowest terms
 * @param denominator the denominator, positive, in lowest terms
 */
public record WeeklyMinutes(BigInteger numerator, BigInteger denominator) implements Comparable<WeeklyMinutes> {

  /**
   * Reduces the fraction to lowest terms with a positive denominator.
   *
   * @param numerator the numerator, in lowest terms
   * @param denominator the denominator, positive, in lowest terms
   */
  public WeeklyMinutes {
    if (denominator.signum() == 0) {
      throw new IllegalArgumentException("denominator must not be zero");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
  }

  /**
   * The weekly equivalent of a number of sessions of some minutes each per period.
   *
   * @param sessions sessions per period
   * @param minutes minutes per session
   * @param per the period the sessions are counted in: a week, a cycle of {@code cycleDays} school days, or a month
   * @param cycleDays school days per cycle; read only for {@code CYCLE}
   * @return the exact minutes per week
   */
  public static WeeklyMinutes of(int sessions, int minutes, Period per, int cycleDays) {
    BigInteger perPeriod = BigInteger.valueOf(sessions).multiply(BigInteger.valueOf(minutes));
    return switch (per) {
      case WEEK -> new WeeklyMinutes(perPeriod, BigInteger.ONE);
      case CYCLE -> new WeeklyMinutes(perPeriod.multiply(BigInteger.valueOf(5)), BigInteger.valueOf(cycleDays));
      case MONTH -> new WeeklyMinutes(perPeriod.multiply(BigInteger.TEN), BigInteger.valueOf(36));
    };
  }

  @Override
  public int compareTo(WeeklyMinutes other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  /** {@return whether the value is a whole number of minutes} */
  public boolean isWhole() {
    return denominator.equals(BigInteger.ONE);
  }

  /**
   * The value rounded half up to some decimals, for display only; never compare rounded values.
   *
   * @param decimals decimals to keep
   * @return the rounded value
   */
  public BigDecimal rounded(int decimals) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), decimals, RoundingMode.HALF_UP);
  }

  /**
   * The value for a letter, for display only: a whole number when it is one ({@code 120}), else one decimal rounded
   * half up ({@code 8.3} for 30 minutes a month).
   *
   * @return the printable minutes per week
   */
  public String toDisplayString() {
    return isWhole() ? numerator.toString() : rounded(1).toPlainString();
  }
}
