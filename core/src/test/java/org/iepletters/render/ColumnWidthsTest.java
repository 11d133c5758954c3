package org.iepletters.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnWidthsTest {

  private static final List<List<String>> SHORTFALL = List.of(
      List.of("Service", "Minutes owed", "Shortfall from"),
      List.of("Speech-language therapy (individual) in a small group", "324", "September 30, 2026"),
      List.of("Occupational therapy", "1,080", "October 5, 2026"));

  @Test
  void columnsFillTheTextWidthAndTheDateColumnHoldsItsLongestDateOnOneLine() {
    ColumnWidths.Layout layout = ColumnWidths.of(SHORTFALL, true, 3, 9360, 216, 22);

    assertThat(Arrays.stream(layout.twips()).sum()).isEqualTo(9360);
    assertThat(layout.halfPoints()).isEqualTo(22);
    // "September 30, 2026" in DejaVu Serif 11 pt is about 2,275 twips wide, plus the cell's margins
    assertThat(layout.twips()[2]).isGreaterThanOrEqualTo(2275 + 216);
    // the text column takes what is left: it is the widest
    assertThat(layout.twips()[0]).isGreaterThan(layout.twips()[1]).isGreaterThan(layout.twips()[2] / 2);
  }

  @Test
  void aTableTooWideForItsWordsNarrowsItsMarginsThenItsText() {
    List<String> header = List.of("Service", "Frequency on the IEP", "Minutes required", "Minutes delivered",
        "Minutes owed", "Shortfall from", "Shortfall through");
    List<String> row = List.of("Speech-language therapy (individual)", "3 sessions of 30 minutes per week", "828",
        "540", "324", "October 5, 2026", "November 13, 2026");

    ColumnWidths.Layout layout = ColumnWidths.of(List.of(header, row), true, 7, 9360, 216, 22);

    assertThat(layout.cellMargins()).isEqualTo(ColumnWidths.TIGHT_MARGINS);
    assertThat(layout.halfPoints()).isLessThan(22).isGreaterThanOrEqualTo(16);
    assertThat(Arrays.stream(layout.twips()).sum()).isEqualTo(9360);
  }

  @Test
  void aColumnOfPeriodsNamedByTheirDateNeverWraps() {
    List<List<String>> exhibit = List.of(
        List.of("Period", "School days", "Required", "Delivered", "Excused absences", "Shortfall"),
        List.of("Week of September 14, 2026", "5", "60", "60", "0", "0"),
        List.of("Week of November 30, 2026", "5", "60", "60", "0", "0"),
        List.of("Total", "10", "120", "120", "0", "0"));

    ColumnWidths.Layout layout = ColumnWidths.of(exhibit, true, 6, 9360, 216, 22);

    // "Week of September 14, 2026" in DejaVu Serif 11 pt is wider than 3,000 twips: the whole cell, not its
    // widest word ("September", about 1,300 twips), sets the column's least width
    assertThat(layout.twips()[0]).isGreaterThanOrEqualTo(3000 + 216);
    assertThat(Arrays.stream(layout.twips()).sum()).isEqualTo(9360);
  }
}
