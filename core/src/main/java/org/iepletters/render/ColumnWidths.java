package org.iepletters.render;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Table column widths from the text of their cells, so that no word breaks inside a word: each column gets at
 * least its widest word (a column of dates, of periods named by a date, or of numbers: its widest whole cell, so
 * a date never wraps), text columns share what is left up to their longest line, and any room left is spread
 * over every column.
 *
 * <p>Text is measured with the advance widths of DejaVu Serif, the built-in reference's font (regular, and
 * bold for the header row); a character outside ASCII counts as a digit's width. When the widest words of every
 * column cannot fit between the margins at the letter's font size, the cells' margins are narrowed to 0.04
 * inch, then the table's text is made smaller, half a point at a time down to 8 points, until they do.
 */
final class ColumnWidths {

  /** DejaVu Serif advance widths of the characters U+0020 to U+007E, in 1/2048 of an em. */
  private static final short[] REGULAR = {651, 823, 942, 1716, 1303, 1946, 1823, 563, 799, 799, 1024, 1716, 651,
      692, 651, 690, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716, 1098,
      2048, 1479, 1505, 1567, 1642, 1495, 1421, 1636, 1786, 809, 821, 1530, 1360, 2097, 1792, 1679, 1378, 1679,
      1542, 1403, 1366, 1726, 1479, 2105, 1458, 1352, 1423, 799, 690, 799, 1716, 1024, 1024, 1221, 1311, 1147,
      1311, 1212, 758, 1311, 1319, 655, 635, 1241, 655, 1942, 1319, 1233, 1311, 1311, 979, 1051, 823, 1319, 1157,
      1753, 1155, 1157, 1079, 1303, 690, 1303, 1716};
  private static final short[] BOLD = {713, 899, 1067, 1716, 1425, 1946, 1849, 627, 969, 969, 1071, 1716, 713, 850,
      713, 748, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 756, 756, 1716, 1716, 1716, 1200, 2048,
      1589, 1731, 1630, 1776, 1561, 1454, 1749, 1935, 958, 969, 1780, 1440, 2267, 1872, 1784, 1540, 1784, 1702, 1479,
      1524, 1786, 1589, 2300, 1589, 1462, 1495, 969, 748, 969, 1716, 1024, 1024, 1327, 1432, 1247, 1432, 1303, 881,
      1432, 1489, 778, 741, 1419, 778, 2167, 1489, 1366, 1432, 1432, 1079, 1153, 946, 1489, 1190, 1763, 1221, 1190,
      1163, 1317, 745, 1317, 1716};
  private static final int SMALLEST_HALF_POINTS = 16;
  // a date, or a period named by its date ("Week of October 5, 2026", "Cycle from …", "October 2026"), as the
  // ledger's tables write them: such a column never wraps
  private static final Pattern DATE = Pattern.compile("(Week of |Cycle from )?"
      + "(January|February|March|April|May|June|July|August|September|October|November|December)"
      + "( [0-9]{1,2},)? [0-9]{4}");
  private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9][0-9,.]*%?");

  /**
   * The widths chosen for one table.
   *
   * @param twips each column's width, adding up to the width between the margins
   * @param halfPoints the size of the table's text
   * @param cellMargins a cell's left plus right margin, in twips
   */
  record Layout(int[] twips, int halfPoints, int cellMargins) {}

  /** A cell's left plus right margin when a table is too wide with the style's: 0.04 inch each side. */
  static final int TIGHT_MARGINS = 116;

  private ColumnWidths() {}

  /**
   * Sizes the columns of a table.
   *
   * @param rows the text of each cell, row by row, a line break as {@code \n}; the first row is the header
   * @param header whether the first row is a header row (set in bold)
   * @param columns the number of columns
   * @param textWidth the width between the margins, in twips
   * @param cellMargins a cell's left plus right margin, in twips
   * @param halfPoints the letter's font size, in half-points
   */
  static Layout of(List<List<String>> rows, boolean header, int columns, int textWidth, int cellMargins,
      int halfPoints) {
    boolean[] noWrap = new boolean[columns];
    for (int c = 0; c < columns; c++) {
      boolean any = false;
      boolean all = true;
      for (int r = header ? 1 : 0; r < rows.size(); r++) {
        String text = c < rows.get(r).size() ? rows.get(r).get(c).strip() : "";
        if (!text.isEmpty()) {
          any = true;
          // a single word (a "Total" row's label) cannot wrap anyway and leaves the column what the rest make it
          all &= DATE.matcher(text).matches() || NUMBER.matcher(text).matches() || text.indexOf(' ') < 0;
        }
      }
      noWrap[c] = any && all;
    }
    // widths in 1/2048 em: the widest unbreakable piece and the longest line of each column
    long[] least = new long[columns];
    long[] most = new long[columns];
    for (int r = 0; r < rows.size(); r++) {
      boolean bold = header && r == 0;
      List<String> row = rows.get(r);
      for (int c = 0; c < Math.min(columns, row.size()); c++) {
        for (String line : row.get(c).split("\n", -1)) {
          long lineWidth = width(line, bold);
          most[c] = Math.max(most[c], lineWidth);
          if (noWrap[c] && !bold) {
            least[c] = Math.max(least[c], lineWidth);
          } else {
            for (String word : line.split(" ")) {
              least[c] = Math.max(least[c], width(word, bold));
            }
          }
        }
      }
    }
    int size = halfPoints;
    if (total(least, size, cellMargins) > textWidth) {
      cellMargins = Math.min(cellMargins, TIGHT_MARGINS);
    }
    while (size > SMALLEST_HALF_POINTS && total(least, size, cellMargins) > textWidth) {
      size--;
    }
    int[] min = new int[columns];
    int[] max = new int[columns];
    for (int c = 0; c < columns; c++) {
      min[c] = twips(least[c], size) + cellMargins;
      max[c] = Math.max(min[c], twips(most[c], size) + cellMargins);
    }
    return new Layout(distribute(min, max, textWidth), size, cellMargins);
  }

  private static int[] distribute(int[] min, int[] max, int textWidth) {
    int columns = min.length;
    int[] widths = new int[columns];
    long sumMin = 0;
    long sumMax = 0;
    for (int c = 0; c < columns; c++) {
      sumMin += min[c];
      sumMax += max[c];
    }
    if (sumMin >= textWidth) {
      // even the widest words do not fit at the smallest size: share in proportion to them
      for (int c = 0; c < columns; c++) {
        widths[c] = (int) (textWidth * (long) min[c] / Math.max(sumMin, 1));
      }
    } else if (sumMax <= textWidth) {
      // every line fits: each column its longest line, the rest in proportion
      for (int c = 0; c < columns; c++) {
        widths[c] = max[c] + (int) ((textWidth - sumMax) * (long) max[c] / Math.max(sumMax, 1));
      }
    } else {
      // every column its widest word; the room left goes to the columns whose lines would wrap
      long room = textWidth - sumMin;
      long wanted = sumMax - sumMin;
      for (int c = 0; c < columns; c++) {
        widths[c] = min[c] + (int) (room * (max[c] - min[c]) / Math.max(wanted, 1));
      }
    }
    int sum = 0;
    int widest = 0;
    for (int c = 0; c < columns; c++) {
      sum += widths[c];
      if (widths[c] > widths[widest]) {
        widest = c;
      }
    }
    widths[widest] += textWidth - sum;
    return widths;
  }

  private static long total(long[] least, int halfPoints, int cellMargins) {
    long sum = 0;
    for (long w : least) {
      sum += twips(w, halfPoints) + cellMargins;
    }
    return sum;
  }

  /** A width in 1/2048 em as twips at a font size, rounded up, with 4% to spare for the word processor. */
  private static int twips(long em2048, int halfPoints) {
    return (int) ((em2048 * halfPoints * 10 * 104 + 2048 * 100 - 1) / (2048 * 100));
  }

  private static long width(String text, boolean bold) {
    short[] table = bold ? BOLD : REGULAR;
    long sum = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      sum += c >= 0x20 && c < 0x7f ? table[c - 0x20] : table['0' - 0x20];
    }
    return sum;
  }
}
