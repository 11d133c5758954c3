package org.iepletters.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.iepletters.SyntheticCases;
import org.iepletters.model.Case;
import org.iepletters.model.LogStatus;
import org.iepletters.model.Period;
import org.iepletters.model.ServiceLine;
import org.iepletters.model.ServiceLogEntry;
import org.junit.jupiter.api.Test;

/**
 * A case that breaks one cross-record rule twenty thousand times gets every violation, each at its own path.
 * How long that takes is measured in {@code HostileScaleBenchmark}, as a ratio to a valid case of the same size.
 */
class ManyViolationsTest {
  private static final int COUNT = 20_000;
  private static final LocalDate START = LocalDate.of(2026, 9, 1);
  private static final LocalDate END = LocalDate.of(2027, 6, 15);

  @Test
  void reportsEveryOneOfTwentyThousandLogEntriesNamingAMissingServiceLine() {
    List<ServiceLogEntry> logs = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      logs.add(SyntheticCases.delivered("renamed", START.plusDays(7), 30));
    }
    Case c = SyntheticCases.caseOf(SyntheticCases.YEAR_2026, START, END,
        List.of(SyntheticCases.line("speech", 2, 30, Period.WEEK)), logs);

    List<Violation> violations = CaseValidator.validate(c);

    assertThat(violations).hasSize(COUNT);
    for (int i = 0; i < COUNT; i++) {
      assertThat(violations.get(i))
          .isEqualTo(new Violation("serviceLogs[" + i + "].service", "names no service line of the IEP"));
    }
  }

  @Test
  void reportsEveryOneOfTwentyThousandRepeatedServiceLineIds() {
    List<ServiceLine> lines = new ArrayList<>();
    for (int i = 0; i <= COUNT; i++) {
      lines.add(SyntheticCases.line("speech", 2, 30, Period.WEEK));
    }
    Case c = SyntheticCases.caseOf(SyntheticCases.YEAR_2026, START, END, lines, List.of());

    List<Violation> violations = CaseValidator.validate(c);

    assertThat(violations).hasSize(COUNT);
    for (int i = 1; i <= COUNT; i++) {
      assertThat(violations.get(i - 1))
          .isEqualTo(new Violation("iep.services[" + i + "].id", "repeats the id of an earlier service line"));
    }
  }

  @Test
  void reportsEveryOneOfTwentyThousandNotesWithAVerticalTab() {
    List<ServiceLogEntry> logs = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      logs.add(new ServiceLogEntry("speech", START.plusDays(7), 30, LogStatus.DELIVERED, "line\u000Bbreak"));
    }
    Case c = SyntheticCases.caseOf(SyntheticCases.YEAR_2026, START, END,
        List.of(SyntheticCases.line("speech", 2, 30, Period.WEEK)), logs);

    List<Violation> violations = CaseValidator.validate(c);

    assertThat(violations).hasSize(COUNT).allSatisfy(v ->
        assertThat(v.message()).isEqualTo("contains a character that XML 1.0 forbids (U+000B)"));
    assertThat(violations.get(0).path()).isEqualTo("serviceLogs[0].note");
    assertThat(violations.get(COUNT - 1).path()).isEqualTo("serviceLogs[" + (COUNT - 1) + "].note");
  }
}
