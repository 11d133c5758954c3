package org.iepletters.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepletters.SyntheticCases.YEAR_2026;
import static org.iepletters.SyntheticCases.caseOf;
import static org.iepletters.SyntheticCases.delivered;
import static org.iepletters.SyntheticCases.entry;
import static org.iepletters.SyntheticCases.line;
import static org.iepletters.SyntheticCases.list;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.iepletters.CaseFixtures;
import org.iepletters.calendar.Deadlines;
import org.iepletters.model.Case;
import org.iepletters.model.Iep;
import org.iepletters.model.LogStatus;
import org.iepletters.model.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseDeadlinesTest {

  @ParameterizedTest
  @ValueSource(strings = {"budget-cut", "ot-vacancy", "speech-one-of-three"})
  void reproducesTheExpectedDeadlinesOfEachSampleCase(String name) {
    Deadlines deadlines = CaseDeadlines.of(CaseFixtures.read(name), CaseFixtures.asOf(name));
    Map<String, String> actual = new LinkedHashMap<>();
    deadlines.asMap().forEach((k, v) -> actual.put(k, v.toString()));
    assertThat(CaseFixtures.tree(actual)).isEqualTo(CaseFixtures.expected(name, "deadlines"));
    // The table's order, as the expected files list them.
    assertThat(actual.keySet()).containsExactlyElementsOf(
        () -> CaseFixtures.expected(name, "deadlines").fieldNames());
  }

  @Test
  void theOtVacancyDeadlinesFollowTheTableByHand() {
    // As of Fri 2026-12-11: records + 10 = 12-21 (meeting 2027-01-12 is later); demand: Dec 14-18 = 12-18;
    // PRS decision + 60 = 2027-02-09; look-back 2025-12-11; first shortfall 2026-10-19 + 2 years = 2028-10-19.
    Map<String, LocalDate> m = CaseDeadlines.of(CaseFixtures.read("ot-vacancy"), LocalDate.of(2026, 12, 11)).asMap();
    assertThat(m).containsExactly(
        Map.entry("recordsAccessDue", LocalDate.of(2026, 12, 21)),
        Map.entry("demandResponseDue", LocalDate.of(2026, 12, 18)),
        Map.entry("prsDecisionDue", LocalDate.of(2027, 2, 9)),
        Map.entry("prsEarliestViolation", LocalDate.of(2025, 12, 11)),
        Map.entry("dueProcessLimit", LocalDate.of(2028, 10, 19)));
  }

  @Test
  void aLineFullyMadeUpStillStartsTheDueProcessClock() {
    // speech (1 x 60 a week) fell short in the week of 9/14 and was made up in full; ot (1 x 30 a week) is owed
    // from the week of 9/21. The earliest first shortfall is 9/14: limit 2028-09-14.
    Iep iep = new Iep(LocalDate.of(2026, 9, 14), LocalDate.of(2027, 9, 13), LocalDate.of(2026, 9, 1),
        list(line("speech", 1, 60, Period.WEEK), line("ot", 1, 30, Period.WEEK)));
    Case c = caseOf(YEAR_2026, iep, null, list(
        entry("speech", LocalDate.of(2026, 9, 22), 60, LogStatus.MAKEUP),
        delivered("speech", LocalDate.of(2026, 9, 23), 60),
        delivered("ot", LocalDate.of(2026, 9, 15), 30)), null, list(), list());
    // the logs cover the week of 9/21 in full
    Deadlines d = CaseDeadlines.of(org.iepletters.SyntheticCases.logsThrough(c, LocalDate.of(2026, 9, 25)),
        LocalDate.of(2026, 9, 25));
    assertThat(d.asMap()).containsEntry("dueProcessLimit", LocalDate.of(2028, 9, 14));
  }

  @Test
  void onlyRecordsAccessAppliesWhenNothingIsOwedAndNothingIsProposed() {
    Case c = caseOf(YEAR_2026, LocalDate.of(2026, 9, 14), LocalDate.of(2027, 9, 13),
        list(line("speech", 1, 30, Period.WEEK)), list(delivered("speech", LocalDate.of(2026, 9, 15), 30)));
    assertThat(CaseDeadlines.of(c, LocalDate.of(2026, 9, 18)).asMap()).containsOnlyKeys("recordsAccessDue");
  }
}
