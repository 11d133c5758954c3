package org.iepletters.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** One block of a letter's body, in reading order. Every writer renders each kind the same way. */
public sealed interface LetterBlock {

  /** The date format letters use, as in "November 13, 2026". */
  DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

  /**
   * A heading of the given level (1 or 2), styled {@code Heading1} or {@code Heading2}.
   *
   * @param level 1 or 2
   * @param text the heading text
   */
  record Heading(int level, String text) implements LetterBlock {}

  /**
   * A body paragraph, styled {@code Normal}; a newline inside the text is a line break.
   *
   * @param text the paragraph text
   */
  record Paragraph(String text) implements LetterBlock {}

  /**
   * One item of a bulleted list, styled {@code ListBullet}.
   *
   * @param text the item text
   */
  record Bullet(String text) implements LetterBlock {}

  /**
   * The shortfall table: a header row repeated on every page, then one row per service line.
   *
   * @param rows one row per service line with a shortfall
   */
  record ShortfallTable(List<ShortfallRow> rows) implements LetterBlock {

    /** The header row. */
    public static final List<String> HEADER =
        List.of("Service", "Required minutes", "Delivered minutes", "Owed minutes",
            "First shortfall", "Last shortfall");

    /** Column widths in twentieths of a point; they add up to the 6.5 inch text width. */
    public static final List<Integer> COLUMN_WIDTHS = List.of(2080, 1300, 1300, 1300, 1690, 1690);

    /** Copies the rows. */
    public ShortfallTable {
      rows = List.copyOf(rows);
    }
  }

  /**
   * One service line's figures, as the service ledger reports them.
   *
   * @param service the service as the IEP names it
   * @param requiredMinutes minutes the IEP required in the window
   * @param deliveredMinutes minutes the logs show delivered
   * @param owedMinutes minutes owed
   * @param firstShortfallDate first school day of the first period with a shortfall
   * @param lastShortfallDate last school day of the last period with a shortfall
   */
  record ShortfallRow(
      String service,
      int requiredMinutes,
      int deliveredMinutes,
      int owedMinutes,
      LocalDate firstShortfallDate,
      LocalDate lastShortfallDate) {

    /**
     * The row's cells as the letter prints them, in the order of {@link ShortfallTable#HEADER}.
     *
     * @return six cell texts
     */
    public List<String> cells() {
      return List.of(
          service,
          Integer.toString(requiredMinutes),
          Integer.toString(deliveredMinutes),
          Integer.toString(owedMinutes),
          LETTER_DATE.format(firstShortfallDate),
          LETTER_DATE.format(lastShortfallDate));
    }

    /**
     * Whether a cell holds a number, which is right-aligned.
     *
     * @param column 0-based column index
     * @return true for the three minute columns
     */
    public static boolean isNumeric(int column) {
      return column >= 1 && column <= 3;
    }
  }
}
