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
    // PRS decision + 60 = 2027-02-09; look-back 2025-12-11; the first shortfall week ends Fri 2026-10-23, + 1 year
    // = 2027-10-23 (full coverage); first shortfall 2026-10-19 + 2 years = 2028-10-19.
    Map<String, LocalDate> m = CaseDeadlines.of(CaseFixtures.read("ot-vacancy"), LocalDate.of(2026, 12, 11)).asMap();
    assertThat(m).containsExactly(
        Map.entry("recordsAccessDue", LocalDate.of(2026, 12, 21)),
        Map.entry("demandResponseDue", LocalDate.of(2026, 12, 18)),
        Map.entry("prsDecisionDue", LocalDate.of(2027, 2, 9)),
        Map.entry("prsEarliestViolation", LocalDate.of(2025, 12, 11)),
        Map.entry("prsFullCoverageBy", LocalDate.of(2027, 10, 23)),
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

  @Test
  void fullCoverageFromAFebruary29IsFebruary28AndAFullyMadeUpLineStillCounts() {
    // 1 x 30 a month from Tue 2028-02-01, no calendar, no log: February 2028 ends Tue 2/29, its last school day;
    // + 1 year = 2029-02-28. As of Fri 3/31 March is complete too.
    Case c = caseOf(null, LocalDate.of(2028, 2, 1), LocalDate.of(2029, 1, 31),
        list(line("speech", 1, 30, Period.MONTH)), list());
    assertThat(CaseDeadlines.of(c, LocalDate.of(2028, 3, 31)).asMap())
        .containsEntry("prsFullCoverageBy", LocalDate.of(2029, 2, 28));
    // speech fell short in the week of 9/14 (last school day Fri 9/18) and was made up in full; ot fell short in
    // the week of 9/21: full coverage runs from speech's, 9/18 + 1 year = 2027-09-18.
    Iep iep = new Iep(LocalDate.of(2026, 9, 14), LocalDate.of(2027, 9, 13), LocalDate.of(2026, 9, 1),
        list(line("speech", 1, 60, Period.WEEK), line("ot", 1, 30, Period.WEEK)));
    Case made = org.iepletters.SyntheticCases.logsThrough(caseOf(YEAR_2026, iep, null, list(
        entry("speech", LocalDate.of(2026, 9, 22), 60, LogStatus.MAKEUP),
        delivered("speech", LocalDate.of(2026, 9, 23), 60),
        delivered("ot", LocalDate.of(2026, 9, 15), 30)), null, list(), list()), LocalDate.of(2026, 9, 25));
    assertThat(CaseDeadlines.of(made, LocalDate.of(2026, 9, 25)).asMap())
        .containsEntry("prsFullCoverageBy", LocalDate.of(2027, 9, 18));
  }

  @Test
  void theRecordsDueDateCitesThePartThatSetsIt() {
    // Ten days: 603 CMR 23.07(2). Moved to the eve of a meeting sooner: 34 CFR 300.613(a).
    assertThat(org.iepletters.calendar.Deadline.recordsAccessDue(LocalDate.of(2026, 11, 2), null).authority())
        .isEqualTo("603 CMR 23.07(2)");
    assertThat(org.iepletters.calendar.Deadline.recordsAccessDue(LocalDate.of(2026, 11, 2),
        LocalDate.of(2026, 11, 6))).satisfies(d -> {
          assertThat(d.date()).isEqualTo(LocalDate.of(2026, 11, 5));
          assertThat(d.authority()).isEqualTo("34 CFR 300.613(a)");
        });
  }

  @Test
  void theProposedIepResponseNeverSaysWhatSilenceMeans() {
    for (org.iepletters.calendar.Deadline d : java.util.List.of(
        org.iepletters.calendar.Deadline.proposedIepResponseDue(LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 2)),
        org.iepletters.calendar.Deadline.proposedIepResponseDue(null, LocalDate.of(2026, 11, 2)))) {
      assertThat(d.rule()).doesNotContain("rejection").doesNotContain("acceptance").doesNotContain("counts as");
      assertThat(d.authority()).isEqualTo("603 CMR 28.05(7)(a)");
    }
  }

  @Test
  void aRefusedIeeAloneCallsForTheIeeAnswerNotTheWrittenNoticeResponse() {
    // Refused IEE, as of Fri 2026-11-20: 5 school days are Nov 23, 24, 30, Dec 1, 2 (Nov 25-27 closed).
    Iep iep = new Iep(LocalDate.of(2026, 9, 14), LocalDate.of(2027, 9, 13), LocalDate.of(2026, 9, 1),
        list(line("speech", 1, 30, Period.WEEK)));
    Case iee = caseOf(YEAR_2026, iep, null, list(), null, list(), list(new org.iepletters.model.RefusedRequest(
        LocalDate.of(2026, 11, 2), "An IEE", org.iepletters.model.RequestKind.IEE, null)));
    Map<String, LocalDate> m = CaseDeadlines.of(iee, LocalDate.of(2026, 11, 20)).asMap();
    assertThat(m).containsEntry("ieeResponseDue", LocalDate.of(2026, 12, 2)).doesNotContainKey("writtenNoticeResponseDue");
    // any other refused request brings the written-notice response (5 business days: Nov 23, 24, 25, 27, 30,
    // Thanksgiving Thu 11/26 being a holiday)
    Case other = caseOf(YEAR_2026, iep, null, list(), null, list(), list(new org.iepletters.model.RefusedRequest(
        LocalDate.of(2026, 11, 2), "A reading evaluation", org.iepletters.model.RequestKind.EVALUATION, null)));
    assertThat(CaseDeadlines.of(other, LocalDate.of(2026, 11, 20)).asMap())
        .containsEntry("writtenNoticeResponseDue", LocalDate.of(2026, 11, 30)).doesNotContainKey("ieeResponseDue");
  }
}
