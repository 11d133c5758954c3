package org.iepletters.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepletters.SyntheticCases.YEAR_2026;
import static org.iepletters.SyntheticCases.caseOf;
import static org.iepletters.SyntheticCases.delivered;
import static org.iepletters.SyntheticCases.line;
import static org.iepletters.SyntheticCases.list;
import static org.iepletters.SyntheticCases.logsThrough;
import static org.iepletters.plan.PlanCases.withCorrespondence;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iepletters.CaseFixtures;
import org.iepletters.LetterKind;
import org.iepletters.model.Case;
import org.iepletters.model.Correspondence;
import org.iepletters.model.Direction;
import org.iepletters.model.Iep;
import org.iepletters.model.Period;
import org.iepletters.model.ProposedIep;
import org.iepletters.model.RefusedRequest;
import org.iepletters.model.RequestKind;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EscalationPlanTest {
  private static final LocalDate OT_AS_OF = LocalDate.of(2026, 12, 11);

  private static Correspondence sent(LetterKind kind, LocalDate date) {
    return new Correspondence(date, Direction.SENT, kind, "Sent by email");
  }

  private static Correspondence received(LocalDate date) {
    return new Correspondence(date, Direction.RECEIVED, null, "Reply from the district");
  }

  @ParameterizedTest
  @ValueSource(strings = {"budget-cut", "ot-vacancy", "speech-one-of-three"})
  void reproducesTheExpectedPlanOfEachSampleCase(String name) {
    EscalationPlan plan = EscalationPlan.of(CaseFixtures.read(name), CaseFixtures.asOf(name));
    List<String> expected = new ArrayList<>();
    for (JsonNode n : CaseFixtures.expected(name, "situations")) {
      expected.add(n.asText());
    }
    assertThat(plan.situations()).extracting(Situation::name).containsExactlyElementsOf(expected);
    JsonNode p = CaseFixtures.expected(name, "plan");
    assertThat(plan.asOf()).hasToString(p.get("asOf").asText());
    assertThat(plan.evidenceThrough()).hasToString(p.get("evidenceThrough").asText());
    assertThat(CaseFixtures.tree(windows(plan.steps()))).isEqualTo(p.get("steps"));
    assertThat(CaseFixtures.tree(windows(plan.options()))).isEqualTo(p.get("options"));
    Map<String, String> deadlines = new LinkedHashMap<>();
    plan.deadlines().asMap().forEach((k, v) -> deadlines.put(k, v == null ? null : v.toString()));
    assertThat(CaseFixtures.tree(deadlines)).isEqualTo(p.get("deadlines"));
  }

  private static List<Map<String, Object>> windows(List<Step> steps) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Step s : steps) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("letter", s.letter().cliName());
      m.put("from", s.from().toString());
      m.put("by", s.by() == null ? null : s.by().toString());
      list.add(m);
    }
    return list;
  }

  private static List<Tuple> letters(List<Step> steps) {
    return steps.stream().map(s -> Tuple.tuple(s.letter(), s.from(), s.by())).toList();
  }

  @Test
  void nonImplementationWithLogsGoesFromDemandToPrsComplaint() {
    // ot-vacancy as of Fri 12/11: logs exist, so no records request. Demand now; its answer within five business
    // days (Dec 14-18); the PRS complaint from 12/19, by 2027-10-23: the first shortfall week ended Fri 10/23/2026,
    // and a complaint filed by its anniversary reaches every shortfall.
    EscalationPlan plan = EscalationPlan.of(CaseFixtures.read("ot-vacancy"), OT_AS_OF);
    assertThat(letters(plan.steps())).containsExactly(
        Tuple.tuple(PlanLetter.DEMAND, OT_AS_OF, null),
        Tuple.tuple(PlanLetter.PRS_COMPLAINT, LocalDate.of(2026, 12, 19), LocalDate.of(2027, 10, 23)));
    assertThat(plan.steps().get(0).why()).contains("300 minutes owed").contains("December 11, 2026");
    assertThat(plan.steps().get(1).awaitsAnswer()).isTrue();
    assertThat(plan.stepsDueBy(OT_AS_OF)).extracting(Step::letter).containsExactly(PlanLetter.DEMAND);
    assertThat(plan.stepsDueBy(LocalDate.of(2027, 1, 4))).as("a step waiting for an answer is never written")
        .extracting(Step::letter).containsExactly(PlanLetter.DEMAND);
    // options: a Team meeting, mediation, and a hearing by the due process limit, 10/19/2026 + 2 years
    assertThat(letters(plan.options())).containsExactly(
        Tuple.tuple(PlanLetter.TEAM_MEETING_REQUEST, OT_AS_OF, null),
        Tuple.tuple(PlanLetter.BSEA_MEDIATION_REQUEST, OT_AS_OF, null),
        Tuple.tuple(PlanLetter.BSEA_HEARING_REQUEST, OT_AS_OF, LocalDate.of(2028, 10, 19)));
    assertThat(plan.notes()).containsExactly(EscalationPlan.BSEA_NOT_PRS_NOTE);
  }

  @Test
  void startsWithARecordsRequestWhenAnOwedLineHasNoLogEntry() {
    // No log at all; as of Fri 10/2/2026 (E = 10/2) the line owes minutes. Records from 10/2; access due 10/12
    // (+10 days), so the demand from 10/13; its answer within five business days (Oct 14, 15, 16, 19, 20); the
    // complaint from 10/21.
    Case c = caseOf(YEAR_2026, LocalDate.of(2026, 9, 14), LocalDate.of(2027, 9, 13),
        list(line("speech", 3, 30, Period.WEEK)), list());
    EscalationPlan plan = EscalationPlan.of(c, LocalDate.of(2026, 10, 2));
    assertThat(plan.steps()).extracting(Step::letter, Step::from).containsExactly(
        Tuple.tuple(PlanLetter.RECORDS_REQUEST, LocalDate.of(2026, 10, 2)),
        Tuple.tuple(PlanLetter.DEMAND, LocalDate.of(2026, 10, 13)),
        Tuple.tuple(PlanLetter.PRS_COMPLAINT, LocalDate.of(2026, 10, 21)));
    assertThat(plan.steps().get(0).why()).contains("'speech'").contains("presumed");
    // only the records request is written on the as-of date
    assertThat(plan.stepsDueBy(LocalDate.of(2026, 10, 2))).extracting(Step::letter)
        .containsExactly(PlanLetter.RECORDS_REQUEST);
    // The plan's deadlines are still computed as if every letter were sent on the as-of date.
    assertThat(plan.deadlines().asMap()).containsEntry("demandResponseDue", LocalDate.of(2026, 10, 9));
  }

  @Test
  void anUnansweredDemandPastItsDueDateMakesThePrsComplaintTheNextStep() {
    // Demand sent Tue 12/1; answer due Tue 12/8 (Dec 2, 3, 4, 7, 8); nothing received; as of 12/11, file now.
    Case c = withCorrespondence(CaseFixtures.read("ot-vacancy"),
        list(sent(LetterKind.DEMAND, LocalDate.of(2026, 12, 1))));
    EscalationPlan plan = EscalationPlan.of(c, OT_AS_OF);
    assertThat(plan.steps()).singleElement().satisfies(s -> {
      assertThat(s.letter()).isEqualTo(PlanLetter.PRS_COMPLAINT);
      assertThat(s.from()).isEqualTo(OT_AS_OF);
      assertThat(s.by()).isEqualTo(LocalDate.of(2027, 10, 23));
      assertThat(s.awaitsAnswer()).isFalse();
      assertThat(s.why()).contains("December 8, 2026").contains("none came");
    });
    assertThat(plan.stepsDueBy(OT_AS_OF)).extracting(Step::letter).containsExactly(PlanLetter.PRS_COMPLAINT);
  }

  @Test
  void aDemandStillWithinItsAnswerPeriodSchedulesTheComplaintForTheDayAfter() {
    // Demand sent Wed 12/9; answer due Wed 12/16 (Dec 10, 11, 14, 15, 16): complaint from 12/17.
    Case c = withCorrespondence(CaseFixtures.read("ot-vacancy"),
        list(sent(LetterKind.DEMAND, LocalDate.of(2026, 12, 9))));
    EscalationPlan plan = EscalationPlan.of(c, OT_AS_OF);
    assertThat(letters(plan.steps())).containsExactly(
        Tuple.tuple(PlanLetter.PRS_COMPLAINT, LocalDate.of(2026, 12, 17), LocalDate.of(2027, 10, 23)));
    assertThat(plan.steps().get(0).awaitsAnswer()).isTrue();
  }

  @Test
  void aReplyToTheDemandStillLeavesTheComplaintWhileMinutesAreOwed() {
    Case c = withCorrespondence(CaseFixtures.read("ot-vacancy"),
        list(sent(LetterKind.DEMAND, LocalDate.of(2026, 12, 1)), received(LocalDate.of(2026, 12, 4))));
    EscalationPlan plan = EscalationPlan.of(c, OT_AS_OF);
    assertThat(plan.steps()).singleElement().satisfies(s -> {
      assertThat(s.letter()).isEqualTo(PlanLetter.PRS_COMPLAINT);
      assertThat(s.from()).isEqualTo(OT_AS_OF);
      assertThat(s.why()).contains("replied on December 4, 2026");
    });
  }

  @Test
  void aComplaintAlreadyFiledEndsTheNonImplementationStepsAndAfterSixtyDaysTheParentWritesToPrs() {
    Case c = withCorrespondence(CaseFixtures.read("ot-vacancy"), list(
        sent(LetterKind.DEMAND, LocalDate.of(2026, 11, 20)),
        sent(LetterKind.PRS_COMPLAINT, LocalDate.of(2026, 12, 3))));
    EscalationPlan plan = EscalationPlan.of(c, OT_AS_OF);
    assertThat(plan.steps()).isEmpty();
    assertThat(plan.notes()).noneMatch(n -> n.contains("PRS office"));
    // 12/3 + 60 days = 2027-02-01; on 2/2 with no reply since the complaint, write to the PRS office
    EscalationPlan later = EscalationPlan.of(c, LocalDate.of(2027, 2, 2));
    assertThat(later.notes()).anyMatch(n -> n.contains("February 1, 2027") && n.contains("PRS office"));
    // a demand sent after the complaint brings the complaint back
    Case again = withCorrespondence(CaseFixtures.read("ot-vacancy"), list(
        sent(LetterKind.PRS_COMPLAINT, LocalDate.of(2026, 11, 20)),
        sent(LetterKind.DEMAND, LocalDate.of(2026, 12, 1))));
    assertThat(EscalationPlan.of(again, OT_AS_OF).steps()).extracting(Step::letter)
        .containsExactly(PlanLetter.PRS_COMPLAINT);
  }

  @Test
  void ignoresCorrespondenceDatedAfterTheAsOfDate() {
    Case c = withCorrespondence(CaseFixtures.read("ot-vacancy"),
        list(sent(LetterKind.DEMAND, LocalDate.of(2026, 12, 14))));
    assertThat(EscalationPlan.of(c, OT_AS_OF).steps()).extracting(Step::letter)
        .containsExactly(PlanLetter.DEMAND, PlanLetter.PRS_COMPLAINT);
  }

  @Test
  void aProposedReductionCallsForOneWrittenNoticeRequestAndAPartialRejection() {
    // budget-cut as of 11/13: a reduction and a refused request, but one written-notice request only; the partial
    // rejection from now, by the response date, 11/9 + 30 = 12/9. The cut is stated per school week: 2 x 30 a
    // week = 60 down to 1 x 30 a month = 300 / 36 = 8.3.
    EscalationPlan plan = EscalationPlan.of(CaseFixtures.read("budget-cut"), LocalDate.of(2026, 11, 13));
    assertThat(letters(plan.steps())).containsExactly(
        Tuple.tuple(PlanLetter.WRITTEN_NOTICE_REQUEST, LocalDate.of(2026, 11, 13), null),
        Tuple.tuple(PlanLetter.PARTIAL_REJECTION, LocalDate.of(2026, 11, 13), LocalDate.of(2026, 12, 9)));
    assertThat(plan.steps().get(0).why())
        .contains("'speech' from 60 to 8.3 minutes a school week").contains("'para' removed").contains("(N2)");
    assertThat(plan.hasStep(LetterKind.PRS_COMPLAINT)).isFalse();
    assertThat(plan.hasStep(LetterKind.PARTIAL_REJECTION)).isTrue();
    // no minutes owed: the hearing option has no date limiting it
    assertThat(letters(plan.options())).containsExactly(
        Tuple.tuple(PlanLetter.TEAM_MEETING_REQUEST, LocalDate.of(2026, 11, 13), null),
        Tuple.tuple(PlanLetter.BSEA_MEDIATION_REQUEST, LocalDate.of(2026, 11, 13), null),
        Tuple.tuple(PlanLetter.BSEA_HEARING_REQUEST, LocalDate.of(2026, 11, 13), null));
  }

  @Test
  void aPartialRejectionPastTheResponseDateHasNoByDateAndANoteSaysTheThirtyDaysHavePassed() {
    LocalDate late = LocalDate.of(2026, 12, 15);
    EscalationPlan plan = EscalationPlan.of(CaseFixtures.read("budget-cut"), late);
    assertThat(plan.steps()).filteredOn(s -> s.letter() == PlanLetter.PARTIAL_REJECTION)
        .singleElement().satisfies(s -> {
          assertThat(s.from()).isEqualTo(late);
          assertThat(s.by()).isNull();
        });
    assertThat(plan.notes()).anyMatch(n -> n.contains("thirty days") && n.contains("December 9, 2026"));
    assertThat(String.join(" ", plan.notes()) + plan.steps()).doesNotContain("counts as a rejection");
  }

  @Test
  void lettersAlreadySentForAProposalAreNotPlannedAgainButTheOptionsStay() {
    Case c = withCorrespondence(CaseFixtures.read("budget-cut"), list(
        sent(LetterKind.WRITTEN_NOTICE_REQUEST, LocalDate.of(2026, 11, 10)),
        sent(LetterKind.PARTIAL_REJECTION, LocalDate.of(2026, 11, 12))));
    EscalationPlan plan = EscalationPlan.of(c, LocalDate.of(2026, 11, 13));
    assertThat(plan.steps()).isEmpty();
    assertThat(plan.options()).hasSize(3);
  }

  @Test
  void aRefusedRequestAloneCallsForAWrittenNoticeRequest() {
    Iep iep = new Iep(LocalDate.of(2026, 9, 14), LocalDate.of(2027, 9, 13), LocalDate.of(2026, 9, 1),
        list(line("speech", 1, 30, Period.WEEK)));
    Case c = caseOf(YEAR_2026, iep, null,
        list(delivered("speech", LocalDate.of(2026, 9, 15), 30)), null, list(),
        list(new RefusedRequest(LocalDate.of(2026, 9, 16), "A reading evaluation")));
    EscalationPlan plan = EscalationPlan.of(c, LocalDate.of(2026, 9, 18));
    assertThat(plan.situations()).containsExactly(Situation.REFUSED_REQUEST);
    assertThat(plan.steps()).extracting(Step::letter).containsExactly(PlanLetter.WRITTEN_NOTICE_REQUEST);
    assertThat(plan.steps().get(0).why()).contains("N2");
    assertThat(plan.options()).isEmpty();
  }

  @Test
  void aRefusedIeeIsAnsweredByAnIeeRequestNeverByAWrittenNoticeRequest() {
    // As of Fri 11/20/2026: IEE answer due 5 school days later: Mon 23, Tue 24 (25-27 closed), Mon 30, Tue 12/1,
    // Wed 12/2.
    Iep iep = new Iep(LocalDate.of(2026, 11, 16), LocalDate.of(2027, 9, 13), LocalDate.of(2026, 9, 1),
        list(line("speech", 1, 30, Period.WEEK)));
    Case c = caseOf(YEAR_2026, iep, null,
        list(delivered("speech", LocalDate.of(2026, 11, 16), 30)), null, list(),
        list(new RefusedRequest(LocalDate.of(2026, 11, 2), "An independent neuropsychological evaluation",
            RequestKind.IEE, LocalDate.of(2026, 10, 15))));
    EscalationPlan plan = EscalationPlan.of(logsThrough(c, LocalDate.of(2026, 11, 20)), LocalDate.of(2026, 11, 20));
    assertThat(plan.situations()).containsExactly(Situation.REFUSED_IEE);
    assertThat(letters(plan.steps())).containsExactly(
        Tuple.tuple(PlanLetter.IEE_REQUEST, LocalDate.of(2026, 11, 20), null));
    assertThat(plan.deadlines().asMap()).containsEntry("ieeResponseDue", LocalDate.of(2026, 12, 2))
        .doesNotContainKey("writtenNoticeResponseDue");
    assertThat(plan.steps().get(0).why()).contains("may not simply refuse").contains("December 2, 2026");
  }

  @Test
  void anIeeAnswerPastTheLastCalendarHasNoDateAndTheNoteAsksForTheNextYearsCalendar() {
    // As of Mon 6/14/2027, YEAR_2026 ends Wed 6/16: two school days left, so no fifth.
    Iep iep = new Iep(LocalDate.of(2026, 9, 14), LocalDate.of(2027, 9, 13), LocalDate.of(2026, 9, 1),
        list(line("speech", 1, 30, Period.WEEK)));
    Case c = caseOf(YEAR_2026, iep, null, list(delivered("speech", LocalDate.of(2027, 6, 7), 30)), null, list(),
        list(new RefusedRequest(LocalDate.of(2027, 6, 1), "An IEE", RequestKind.IEE, null)));
    EscalationPlan plan = EscalationPlan.of(logsThrough(c, LocalDate.of(2027, 6, 11)), LocalDate.of(2027, 6, 14));
    assertThat(plan.deadlines().asMap()).containsEntry("ieeResponseDue", null);
    assertThat(plan.notes()).anyMatch(n -> n.contains("next school year's calendar"));
  }

  @Test
  void sameMinutesInShorterSessionsIsAProposedChangeThatThePartialRejectionAnswers() {
    // 3 x 30 -> 6 x 15 a week: 90 either way, no cut; the parent has not accepted it, so it is rejected.
    Iep iep = new Iep(LocalDate.of(2026, 11, 9), LocalDate.of(2027, 9, 13), LocalDate.of(2026, 9, 1),
        list(line("speech", 3, 30, Period.WEEK)));
    ProposedIep shorter = new ProposedIep(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 4),
        LocalDate.of(2026, 11, 16), LocalDate.of(2027, 11, 15), list(line("speech", 6, 15, Period.WEEK)));
    Case c = caseOf(YEAR_2026, iep, shorter, list(delivered("speech", LocalDate.of(2026, 11, 9), 90)), null,
        list(), list());
    EscalationPlan plan = EscalationPlan.of(logsThrough(c, LocalDate.of(2026, 11, 13)), LocalDate.of(2026, 11, 13));
    assertThat(plan.situations()).containsExactly(Situation.PROPOSED_CHANGE);
    // 11/4 + 30 = 12/4
    assertThat(letters(plan.steps())).containsExactly(
        Tuple.tuple(PlanLetter.PARTIAL_REJECTION, LocalDate.of(2026, 11, 13), LocalDate.of(2026, 12, 4)));
    assertThat(plan.options()).extracting(Step::letter).containsExactly(PlanLetter.TEAM_MEETING_REQUEST,
        PlanLetter.BSEA_MEDIATION_REQUEST, PlanLetter.BSEA_HEARING_REQUEST);
    assertThat(plan.deadlines().asMap()).doesNotContainKey("writtenNoticeResponseDue");
    // accepted: nothing rejected, nothing to do
    ProposedIep accepted = new ProposedIep(shorter.proposedOn(), shorter.receivedOn(), shorter.start(),
        shorter.end(), list(line("speech", 6, 15, Period.WEEK)), null, null, list("speech"));
    Case agreed = caseOf(YEAR_2026, iep, accepted, list(delivered("speech", LocalDate.of(2026, 11, 9), 90)), null,
        list(), list());
    EscalationPlan none = EscalationPlan.of(logsThrough(agreed, LocalDate.of(2026, 11, 13)),
        LocalDate.of(2026, 11, 13));
    assertThat(none.situations()).isEmpty();
    assertThat(none.steps()).isEmpty();
    assertThat(none.options()).isEmpty();
  }

  @Test
  void stepsAreOrderedByTheirFirstDateTiesInTheNumberingOfTheSpecification() {
    // Unlogged owed minutes and a proposed cut, as of Fri 10/2/2026: records (step 1), written notice (4) and
    // partial rejection (5) from 10/2, the demand from 10/13, the complaint from 10/21.
    Iep iep = new Iep(LocalDate.of(2026, 9, 14), LocalDate.of(2027, 9, 13), LocalDate.of(2026, 9, 1),
        list(line("speech", 3, 30, Period.WEEK)));
    ProposedIep cut = new ProposedIep(LocalDate.of(2026, 9, 28), null, LocalDate.of(2026, 10, 5),
        LocalDate.of(2027, 10, 4), list(line("speech", 1, 30, Period.WEEK)));
    Case c = caseOf(YEAR_2026, iep, cut, list(), null, list(), list());
    EscalationPlan plan = EscalationPlan.of(c, LocalDate.of(2026, 10, 2));
    assertThat(plan.steps()).extracting(Step::letter).containsExactly(PlanLetter.RECORDS_REQUEST,
        PlanLetter.WRITTEN_NOTICE_REQUEST, PlanLetter.PARTIAL_REJECTION, PlanLetter.DEMAND, PlanLetter.PRS_COMPLAINT);
  }

  @Test
  void anOverdueAnnualReviewOffersATeamMeetingAndSaysSo() {
    // The IEP ended 9/13/2027; as of 9/20/2027 nothing is owed (E = the last entry, 9/10/2026, before any later
    // period ends), but the annual review is overdue.
    Iep iep = new Iep(LocalDate.of(2026, 9, 14), LocalDate.of(2027, 9, 13), LocalDate.of(2026, 9, 1),
        list(line("speech", 1, 30, Period.WEEK)));
    Case c = caseOf(YEAR_2026, iep, null, list(delivered("speech", LocalDate.of(2026, 9, 18), 30)), null, list(),
        list());
    EscalationPlan plan = EscalationPlan.of(c, LocalDate.of(2027, 9, 20));
    assertThat(plan.situations()).isEmpty();
    assertThat(letters(plan.options())).containsExactly(
        Tuple.tuple(PlanLetter.TEAM_MEETING_REQUEST, LocalDate.of(2027, 9, 20), null));
    assertThat(plan.notes()).element(1).asString().contains("annual review is overdue");
  }

  @Test
  void aPrsComplaintThatCanNoLongerReachEveryShortfallHasNoByDateAndTheNoteSaysWhy() {
    // 1 x 30 a month from Tue 9/2/2025 (no calendar), delivered each month from November 2025 to September 2026,
    // none in September and October 2025; the logs cover to Fri 10/9/2026, the as-of date.
    // First shortfall period: September 2025, last school day Tue 9/30/2025: full coverage until 9/30/2026, before
    // the complaint's first date (the demand from 10/9; five business days: Oct 13 to 16 and 19, Oct 12 being
    // Columbus Day; so from 10/20): no by date. September 2025 ended before 10/9/2025 (one year back): the note.
    List<org.iepletters.model.ServiceLogEntry> logs = new ArrayList<>();
    for (LocalDate m = LocalDate.of(2025, 11, 4); m.isBefore(LocalDate.of(2026, 10, 1)); m = m.plusMonths(1)) {
      logs.add(delivered("speech", m, 30));
    }
    Case c = logsThrough(caseOf(null, LocalDate.of(2025, 9, 2), LocalDate.of(2026, 12, 31),
        list(line("speech", 1, 30, Period.MONTH)), logs), LocalDate.of(2026, 10, 9));
    EscalationPlan plan = EscalationPlan.of(c, LocalDate.of(2026, 10, 9));
    assertThat(plan.deadlines().asMap()).containsEntry("prsFullCoverageBy", LocalDate.of(2026, 9, 30))
        .containsEntry("dueProcessLimit", LocalDate.of(2027, 9, 2));
    assertThat(letters(plan.steps())).containsExactly(
        Tuple.tuple(PlanLetter.DEMAND, LocalDate.of(2026, 10, 9), null),
        Tuple.tuple(PlanLetter.PRS_COMPLAINT, LocalDate.of(2026, 10, 20), null));
    assertThat(plan.notes()).anyMatch(n -> n.contains("October 9, 2025") && n.contains("two years"));
    // the no-calendar warning comes last
    assertThat(plan.notes()).last().isEqualTo(org.iepletters.ledger.ServiceLedger.NO_CALENDAR_WARNING);
  }

  @Test
  void aByDateInAVacationWarnsThatTheDistrictMayBeClosed() {
    // Received Wed 11/25/2026: the response is due 12/25, Christmas, inside the winter recess.
    Iep iep = new Iep(LocalDate.of(2026, 9, 14), LocalDate.of(2027, 9, 13), LocalDate.of(2026, 9, 1),
        list(line("speech", 3, 30, Period.WEEK)));
    ProposedIep cut = new ProposedIep(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 25),
        LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30), list(line("speech", 1, 30, Period.WEEK)));
    Case c = logsThrough(caseOf(YEAR_2026, iep, cut, list(delivered("speech", LocalDate.of(2026, 11, 30), 90)),
        null, list(), list()), LocalDate.of(2026, 12, 4));
    EscalationPlan plan = EscalationPlan.of(c, LocalDate.of(2026, 12, 4));
    assertThat(plan.steps()).extracting(Step::by).contains(LocalDate.of(2026, 12, 25));
    assertThat(plan.notes()).anyMatch(n -> n.contains("may be closed"));
  }
}
