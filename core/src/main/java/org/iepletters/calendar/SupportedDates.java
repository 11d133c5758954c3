package org.iepletters.calendar;

import java.time.LocalDate;

/**
 * The dates the library computes with: from {@value #FIRST_TEXT} to {@value #LAST_TEXT}. Wider than any case
 * (a child's birth, an IEP, a deadline two years after a shortfall), narrow enough that every deadline and
 * every period a computation adds to a date stays a date. A case file's dates are validated against it, and
 * every public method taking a date refuses one outside it with an {@link IllegalArgumentException}.
 */
public final class SupportedDates {
  /** The first supported date, as text. */
  public static final String FIRST_TEXT = "1900-01-01";
  /** The last supported date, as text. */
  public static final String LAST_TEXT = "2199-12-31";
  /** The first supported date. */
  public static final LocalDate FIRST = LocalDate.parse(FIRST_TEXT);
  /** The last supported date. */
  public static final LocalDate LAST = LocalDate.parse(LAST_TEXT);
  /** The rule, as a violation or an exception states it. */
  public static final String RULE = "must be from " + FIRST_TEXT + " to " + LAST_TEXT;

  private SupportedDates() {}

  /**
   * Whether a date is supported.
   *
   * @param date the date; not {@code null}
   * @return true from {@link #FIRST} to {@link #LAST}, both included
   */
  public static boolean contains(LocalDate date) {
    return !date.isBefore(FIRST) && !date.isAfter(LAST);
  }

  /**
   * The date, when it is supported; {@code null} passes, for the caller's own null check.
   *
   * @param date the date, or {@code null}
   * @param name what the date is, as the caller's parameter is named
   * @return the same date
   * @throws IllegalArgumentException when the date is outside the supported range; the message names the
   *     parameter and the range, not the date
   */
  public static LocalDate require(LocalDate date, String name) {
    if (date != null && !contains(date)) {
      throw new IllegalArgumentException(name + " " + RULE);
    }
    return date;
  }
}
