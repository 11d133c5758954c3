package org.iepletters.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.iepletters.SyntheticCases;
import org.iepletters.model.Case;
import org.iepletters.model.Period;
import org.iepletters.model.ServiceLine;
import org.iepletters.model.ServiceLogEntry;
import org.iepletters.validation.CaseValidator;
import org.iepletters.validation.InvalidCaseException;
import org.iepletters.validation.Violation;
import org.junit.jupiter.api.Test;

/** Sessions and minutes past any real IEP are refused at their paths; the largest allowed give exact figures. */
class HugeNumbersTest {
  private static final LocalDate START = LocalDate.of(2026, 9, 1);
  private static final LocalDate END = LocalDate.of(2027, 6, 15);

  private static Case caseWith(int sessions, int minutes, List<ServiceLogEntry> logs) {
    return SyntheticCases.caseOf(SyntheticCases.YEAR_2026, START, END,
        List.of(SyntheticCases.line("speech", sessions, minutes, Period.WEEK)), logs);
  }

  @Test
  void refusesTheLargestIntegerAsSessionsAndMinutesAtTheirPaths() {
    Case c = caseWith(Integer.MAX_VALUE, Integer.MAX_VALUE,
        List.of(SyntheticCases.delivered("speech", START.plusDays(7), Integer.MAX_VALUE)));

    assertThat(CaseValidator.validate(c)).containsExactly(
        new Violation("iep.services[0].minutes", "must be at most 1,440 minutes (a day)"),
        new Violation("iep.services[0].sessions", "must be at most 1,000 sessions per period"),
        new Violation("serviceLogs[0].minutes", "must be at most 1,440 minutes (a day)"));
  }

  @Test
  void theLedgerRefusesSessionsPastTheBoundEvenWhenTheCaseWasNotValidated() {
    Case c = caseWith(Integer.MAX_VALUE, 30, List.of());

    assertThatThrownBy(() -> ServiceLedger.of(c, END))
        .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.violations())
            .containsExactly(new Violation("iep.services[0].sessions", "must be at most 1,000 sessions per period")));
  }

  @Test
  void theLargestAllowedLineAndEntriesGiveExactFigures() {
    List<ServiceLogEntry> logs = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      logs.add(SyntheticCases.delivered("speech", START.plusDays(14), ServiceLine.MAX_MINUTES));
    }
    // the logs cover every date to END (v2: without logsThrough only the weeks to the last entry would count)
    Case c = SyntheticCases.logsThrough(caseWith(ServiceLine.MAX_SESSIONS, ServiceLine.MAX_MINUTES, logs), END);
    assertThat(CaseValidator.validate(c)).isEmpty();

    LineLedger line = ServiceLedger.of(c, END).services().get(0);

    long perWeek = 1_000L * 1_440;
    long required = line.periodFigures().stream().mapToLong(PeriodFigures::requiredMinutes).sum();
    assertThat(line.deliveredMinutes()).isEqualTo(1_000L * 1_440);
    // every counted week requires at most the full week's minutes, and full weeks exactly that
    assertThat(line.periodFigures()).allSatisfy(p -> assertThat(p.requiredMinutes()).isBetween(0L, perWeek));
    assertThat(line.periodFigures()).anySatisfy(p -> assertThat(p.requiredMinutes()).isEqualTo(perWeek));
    assertThat(line.requiredMinutes()).isEqualTo(required);
    assertThat(line.owedMinutes()).isEqualTo(required - line.deliveredMinutes());
  }
}
