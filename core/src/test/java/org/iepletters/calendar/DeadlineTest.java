package org.iepletters.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineTest {

  @Test
  void recordsAccessIsTenCalendarDaysNotMovedOffAWeekend() {
    // Wed 2026-11-11 + 10 = Sat 2026-11-21, left on the Saturday.
    Deadline d = Deadline.recordsAccessDue(LocalDate.of(2026, 11, 11), null);
    assertThat(d.date()).isEqualTo(LocalDate.of(2026, 11, 21));
    assertThat(d.name()).isEqualTo("recordsAccessDue");
    assertThat(d.rule()).isEqualTo("ten calendar days after the request");
    // v2: the ten days are 603 CMR 23.07(2)'s; 34 CFR 300.613(a) is cited only for the eve of a meeting
    assertThat(d.authority()).isEqualTo("603 CMR 23.07(2)");
    assertThat(d.isLegalPeriod()).isTrue();
  }

  @Test
  void recordsAccessIsTheDayBeforeATeamMeetingThatComesSooner() {
    Deadline d = Deadline.recordsAccessDue(LocalDate.of(2026, 11, 11), LocalDate.of(2026, 11, 18));
    assertThat(d.date()).isEqualTo(LocalDate.of(2026, 11, 17));
    assertThat(d.rule()).isEqualTo("the day before the Team meeting on November 18, 2026");
  }

  @Test
  void recordsAccessIgnoresAMeetingAfterTheTenDaysOrInThePast() {
    assertThat(Deadline.recordsAccessDue(LocalDate.of(2026, 11, 11), LocalDate.of(2026, 11, 22)).date())
        .isEqualTo(LocalDate.of(2026, 11, 21));
    assertThat(Deadline.recordsAccessDue(LocalDate.of(2026, 11, 11), LocalDate.of(2026, 11, 1)).date())
        .isEqualTo(LocalDate.of(2026, 11, 21));
  }

  @Test
  void demandAndWrittenNoticeResponsesAreFiveBusinessDaysAndNoLegalPeriod() {
    // From Mon 2026-11-23 across Thanksgiving: see BusinessDaysTest, Tue 2026-12-01.
    Deadline demand = Deadline.demandResponseDue(LocalDate.of(2026, 11, 23));
    Deadline notice = Deadline.writtenNoticeResponseDue(LocalDate.of(2026, 11, 23));
    assertThat(demand.date()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(notice.date()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(demand.authority()).isEmpty();
    assertThat(demand.isLegalPeriod()).isFalse();
    assertThat(demand.rule()).contains("not a period set by law");
    assertThat(notice.rule()).contains("not a period set by law");
  }

  @Test
  void prsDecisionIsSixtyCalendarDaysAfterFiling() {
    // 2026-12-11 + 60: 20 days to Dec 31, 31 in January, 9 in February = 2027-02-09.
    assertThat(Deadline.prsDecisionDue(LocalDate.of(2026, 12, 11)).date()).isEqualTo(LocalDate.of(2027, 2, 9));
  }

  @Test
  void aYearFromFebruary29IsFebruary28() {
    assertThat(Deadline.prsEarliestViolation(LocalDate.of(2028, 2, 29)).date())
        .isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(Deadline.dueProcessLimit(LocalDate.of(2028, 2, 29)).date()).isEqualTo(LocalDate.of(2030, 2, 28));
    assertThat(Deadline.dueProcessLimit(LocalDate.of(2026, 10, 19)).date()).isEqualTo(LocalDate.of(2028, 10, 19));
  }

  @Test
  void bseaForwardingIsFiveCalendarDays() {
    // Fri 2026-11-13 + 5 = Wed 2026-11-18, calendar days, not school days.
    assertThat(Deadline.bseaForwardingDue(LocalDate.of(2026, 11, 13)).date()).isEqualTo(LocalDate.of(2026, 11, 18));
  }

  @Test
  void proposedIepResponseRunsFromReceiptElseFromTheProposal() {
    assertThat(Deadline.proposedIepResponseDue(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 5)).date())
        .isEqualTo(LocalDate.of(2026, 12, 9));
    Deadline fromProposal = Deadline.proposedIepResponseDue(null, LocalDate.of(2026, 11, 5));
    assertThat(fromProposal.date()).isEqualTo(LocalDate.of(2026, 12, 5));
    assertThat(fromProposal.rule()).contains("date of the proposed IEP");
  }

  @Test
  void deadlinesKeepTheTableOrderWhateverOrderTheyAreGiven() {
    Deadlines all = Deadlines.of(List.of(
        Deadline.dueProcessLimit(LocalDate.of(2026, 10, 19)),
        Deadline.demandResponseDue(LocalDate.of(2026, 12, 11)),
        Deadline.recordsAccessDue(LocalDate.of(2026, 12, 11), null)));
    assertThat(all.asMap().keySet()).containsExactly("recordsAccessDue", "demandResponseDue", "dueProcessLimit");
    assertThat(all.get(DeadlineKind.PRS_DECISION_DUE)).isEmpty();
    assertThat(all.get(DeadlineKind.DEMAND_RESPONSE_DUE)).map(Deadline::date).contains(LocalDate.of(2026, 12, 18));
  }

  @Test
  void everyKindHasItsTableKey() {
    assertThat(DeadlineKind.values()).extracting(DeadlineKind::key).containsExactly(
        "recordsAccessDue", "demandResponseDue", "prsDecisionDue", "prsEarliestViolation", "prsFullCoverageBy",
        "bseaForwardingDue", "proposedIepResponseDue", "writtenNoticeResponseDue", "ieeResponseDue",
        "dueProcessLimit");
    assertThat(DeadlineKind.fromKey("bseaForwardingDue")).contains(DeadlineKind.BSEA_FORWARDING_DUE);
  }
}
