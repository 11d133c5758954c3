package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.iepletters.ledger.ServiceLedger;
import org.iepletters.model.Case;
import org.iepletters.model.Grid;
import org.iepletters.model.LogStatus;
import org.iepletters.model.Period;
import org.iepletters.model.ServiceLine;
import org.iepletters.model.ServiceLogEntry;
import org.junit.jupiter.api.Test;

/**
 * A demand with 8,000 owed lines renders whole: every line's owed minutes in the sentence and in the table.
 * How its time grows with the number of lines is measured in {@code HostileScaleBenchmark}, never here.
 */
class LongLetterTest {
  private static final LocalDate START = LocalDate.of(2026, 9, 1);
  private static final LocalDate END = LocalDate.of(2027, 6, 15);
  private static final LocalDate LETTER_DATE = LocalDate.of(2026, 11, 13);

  static Case caseWithOwedLines(int count) {
    List<ServiceLine> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      lines.add(new ServiceLine("s" + i, "Service " + i, Grid.C, "Provider " + i, 1 + i % 3, 30, Period.WEEK,
          null, null, null));
    }
    // one cancelled session a line, and logs that cover the letter date: each line's shortfall is one the logs show
    List<ServiceLogEntry> logs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      logs.add(new ServiceLogEntry("s" + i, LocalDate.of(2026, 9, 2), 0, LogStatus.CANCELLED, null));
    }
    Case c = SyntheticCases.caseOf(SyntheticCases.YEAR_2026, START, END, lines, logs);
    return new Case(c.student(), c.guardian(), c.district(), c.iep(), c.proposedIep(), c.serviceLogs(),
        c.nextTeamMeeting(), c.correspondence(), c.refusedRequests(), c.concerns(), LETTER_DATE, null);
  }

  @Test
  void aDemandWithEightThousandOwedLinesNamesEveryLineAndItsMinutes() {
    Case c = caseWithOwedLines(8_000);
    ServiceLedger ledger = ServiceLedger.of(c, LETTER_DATE);

    Letter letter = IepLetters.defaults().render(LetterKind.DEMAND, c, LETTER_DATE);

    String text = letter.text();
    for (int i : new int[] {0, 1, 2, 3_999, 7_998, 7_999}) {
      long owed = ledger.line("s" + i).orElseThrow().owedMinutes();
      assertThat(owed).isPositive();
      assertThat(text).contains(String.format(Locale.US, "%,d minutes of Service %d", owed, i));
    }
    assertThat(DocxContent.paragraphs(letter.docx())).anySatisfy(p -> assertThat(p).contains("Service 7999"));
  }
}
