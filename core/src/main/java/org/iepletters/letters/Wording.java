package org.iepletters.letters;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How letters write dates, numbers and lists in US English. */
public final class Wording {
  private static final DateTimeFormatter WITH_WEEKDAY = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);
  private static final DateTimeFormatter PLAIN = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

  private Wording() {}

  /** A date with its weekday, as deadlines and the letter date are written: "Friday, December 4, 2026". */
  public static String dateWithWeekday(LocalDate date) {
    return date == null ? null : WITH_WEEKDAY.format(date);
  }

  /** A date without its weekday: "December 4, 2026". */
  public static String date(LocalDate date) {
    return date == null ? null : PLAIN.format(date);
  }

  /** A whole number with thousands separators: "16,200". */
  public static String number(long value) {
    return NumberFormat.getIntegerInstance(Locale.US).format(value);
  }

  /** Items joined in English: "A", "A and B", "A, B and C". */
  public static String join(List<String> items) {
    int n = items.size();
    if (n == 0) {
      return "";
    }
    if (n == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, n - 1)) + " and " + items.get(n - 1);
  }
}
