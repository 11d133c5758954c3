package org.iepletters.letters;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How letters write dates, numbers and lists in US English. */
public final class Wording {
  private static final DateTimeFormatter WITH_WEEKDAY = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);
  private static final DateTimeFormatter PLAIN = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

  private static final Set<String> ENGLISH = Set.of("english", "en", "en-us", "en_us", "american english");

  private Wording() {}

  /**
   * A language as typed, or {@code null} when it is not set or is English, so that letters ask for communications
   * in it only when they must (603 CMR 28.07(8)).
   *
   * @param language the language as typed, or {@code null}
   * @return the language as typed, or {@code null}
   */
  public static String otherThanEnglish(String language) {
    if (language == null || language.isBlank()) {
      return null;
    }
    return ENGLISH.contains(language.strip().toLowerCase(Locale.ROOT)) ? null : language;
  }

  /**
   * A date with its weekday, as deadlines and the letter date are written: "Friday, December 4, 2026".
   *
   * @param date the date, or {@code null}
   * @return the date written out, or {@code null} for a {@code null} date
   */
  public static String dateWithWeekday(LocalDate date) {
    return date == null ? null : WITH_WEEKDAY.format(date);
  }

  /**
   * A date without its weekday: "December 4, 2026".
   *
   * @param date the date, or {@code null}
   * @return the date written out, or {@code null} for a {@code null} date
   */
  public static String date(LocalDate date) {
    return date == null ? null : PLAIN.format(date);
  }

  /**
   * A whole number with thousands separators: "16,200".
   *
   * @param value the number, such as a count of minutes
   * @return its digits grouped by commas, with a leading {@code -} when negative
   */
  public static String number(long value) {
    // what NumberFormat.getIntegerInstance(Locale.US) writes, without making a format on every call
    String digits = Long.toString(value);
    int sign = value < 0 ? 1 : 0;
    int length = digits.length() - sign;
    if (length <= 3) {
      return digits;
    }
    StringBuilder grouped = new StringBuilder(digits.length() + length / 3).append(digits, 0, sign);
    int first = sign + (length % 3 == 0 ? 3 : length % 3);
    grouped.append(digits, sign, first);
    for (int i = first; i < digits.length(); i += 3) {
      grouped.append(',').append(digits, i, i + 3);
    }
    return grouped.toString();
  }

  /**
   * Items joined in English: "A", "A and B", "A, B and C".
   *
   * @param items the items, in order
   * @return the items joined; empty for no item
   */
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
