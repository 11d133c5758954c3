package org.iepletters.samples.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.iepletters.calendar.SupportedDates;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Dates on the command line: ISO in, today in Massachusetts by default. */
final class Dates {
  /** Massachusetts' time zone: "today" is the date there. */
  static final ZoneId MASSACHUSETTS = ZoneId.of("America/New_York");

  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

  private Dates() {}

  /** The given date, or today in Massachusetts when none was given. */
  static LocalDate orToday(LocalDate date) {
    return date != null ? date : LocalDate.now(MASSACHUSETTS);
  }

  /** A date as people write it in a letter: {@code November 13, 2026}. */
  static String longForm(LocalDate date) {
    return LONG.format(date);
  }

  /**
   * Reads {@code YYYY-MM-DD} from 1900-01-01 to 2199-12-31, the dates the library computes with; anything
   * else is a bad option value.
   */
  static final class Converter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      LocalDate date;
      try {
        date = LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a date in the form YYYY-MM-DD");
      }
      if (!SupportedDates.contains(date)) {
        throw new TypeConversionException("'" + value + "' is not a date from " + SupportedDates.FIRST_TEXT
            + " to " + SupportedDates.LAST_TEXT);
      }
      return date;
    }
  }
}
