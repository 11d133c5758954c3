package org.iepletters.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepletters.SyntheticCases.YEAR_2026;
import static org.iepletters.SyntheticCases.caseOf;
import static org.iepletters.SyntheticCases.delivered;
import static org.iepletters.SyntheticCases.line;
import static org.iepletters.SyntheticCases.list;
import static org.iepletters.plan.PlanCases.withCorrespondence;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.iepletters.CaseFixtures;
import org.iepletters.LetterKind;
import org.iepletters.model.Case;
import org.iepletters.model.Correspondence;
import org.iepletters.model.Direction;
import org.iepletters.model.Iep;
import org.iepletters.model.Period;
import org.iepletters.model.RefusedRequest;
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
  void reproducesTheExpectedSituationsOfEachSampleCase(String name) {
    EscalationPlan plan = EscalationPlan.of(CaseFixtures.read(name), CaseFixtures.asOf(name));
    List<String> expected = new ArrayList<>();
    for (JsonNode n : CaseFixtures.expected(name, "situations")) {
      expected.add(n.asText());
    }
    assertThat(plan.situations()).extracting(Situation::name).containsExactlyElementsOf(expected);
    assertThat(plan.deadlines().asMap()).isEqualTo(
        CaseDeadlines.of(CaseFixtures.read(name), CaseFixtures.asOf(name)).asMap());
  }

  @Test
  void nonImplementationWithLogsGoesFromDemandToPrsComplaint() {
    // ot-vacancy as of Fri 12/11: logs exist, so no records request. Demand now, answer by Fri 12/18 (five
    // business days: Dec 14-18); the PRS complaint the day after.
    EscalationPlan plan = EscalationPlan.of(CaseFixtures.read("ot-vacancy"), OT_AS_OF);
    assertThat(plan.steps()).extracting(Step::letter, Step::sendBy).containsExactly(
        Tuple.tuple(LetterKind.DEMAND, OT_AS_OF),
        Tuple.tuple(LetterKind.PRS_COMPLAINT, LocalDate.of(2026, 12, 19)));
    assertThat(plan.steps().get(0).why()).contains("300 minutes owed").contains("December 18, 2026");
    assertThat(plan.notes()).contains(EscalationPlan.BSEA_NOT_PRS_NOTE);
  }

  @Test
  void startsWithARecordsRequestWhenAnOwedLineHasNoLogEntry() {
    // No log at all; as of Fri 10/2/2026 the line owes minutes. Records now; access due 10/12 (+10 days);
    // the demand by then; its answer by 10/19 (Oct 13, 14, 15, 16, 19); the complaint on 10/20.
    Case c = caseOf(YEAR_2026, LocalDate.of(2026, 9, 14), LocalDate.of(2027, 9, 13),
        list(line("speech", 3, 30, Period.WEEK)), list());
    EscalationPlan plan = EscalationPlan.of(c, LocalDate.of(2026, 10, 2));
    assertThat(plan.steps()).extracting(Step::letter, Step::sendBy).containsExactly(
        Tuple.tuple(LetterKind.RECORDS_REQUEST, LocalDate.of(2026, 10, 2)),
        Tuple.tuple(LetterKind.DEMAND, LocalDate.of(2026, 10, 12)),
        Tuple.tuple(LetterKind.PRS_COMPLAINT, LocalDate.of(2026, 10, 20)));
    assertThat(plan.steps().get(0).why()).contains("'speech'").contains("presumed");
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
      assertThat(s.letter()).isEqualTo(LetterKind.PRS_COMPLAINT);
      assertThat(s.sendBy()).isEqualTo(OT_AS_OF);
      assertThat(s.why()).contains("December 8, 2026").contains("none came");
    });
  }

  @Test
  void aDemandStillWithinItsAnswerPeriodSchedulesTheComplaintForTheDayAfter() {
    // Demand sent Wed 12/9; answer due Wed 12/16 (Dec 10, 11, 14, 15, 16): complaint on 12/17.
    Case c = withCorrespondence(CaseFixtures.read("ot-vacancy"),
        list(sent(LetterKind.DEMAND, LocalDate.of(2026, 12, 9))));
    EscalationPlan plan = EscalationPlan.of(c, OT_AS_OF);
    assertThat(plan.steps()).extracting(Step::letter, Step::sendBy).containsExactly(
        Tuple.tuple(LetterKind.PRS_COMPLAINT, LocalDate.of(2026, 12, 17)));
  }

  @Test
  void aReplyToTheDemandStillLeavesTheComplaintWhileMinutesAreOwed() {
    Case c = withCorrespondence(CaseFixtures.read("ot-vacancy"),
        list(sent(LetterKind.DEMAND, LocalDate.of(2026, 12, 1)), received(LocalDate.of(2026, 12, 4))));
    EscalationPlan plan = EscalationPlan.of(c, OT_AS_OF);
    assertThat(plan.steps()).singleElement().satisfies(s -> {
      assertThat(s.letter()).isEqualTo(LetterKind.PRS_COMPLAINT);
      assertThat(s.why()).contains("replied on December 4, 2026");
    });
  }

  @Test
  void aComplaintAlreadyFiledEndsTheNonImplementationSteps() {
    Case c = withCorrespondence(CaseFixtures.read("ot-vacancy"), list(
        sent(LetterKind.DEMAND, LocalDate.of(2026, 11, 20)),
        sent(LetterKind.PRS_COMPLAINT, LocalDate.of(2026, 12, 3))));
    EscalationPlan plan = EscalationPlan.of(c, OT_AS_OF);
    assertThat(plan.steps()).isEmpty();
    // 12/3 + 60 days = 2027-02-01.
    assertThat(plan.notes()).anyMatch(n -> n.contains("February 1, 2027"));
  }

  @Test
  void ignoresCorrespondenceDatedAfterTheAsOfDate() {
    Case c = withCorrespondence(CaseFixtures.read("ot-vacancy"),
        list(sent(LetterKind.DEMAND, LocalDate.of(2026, 12, 14))));
    assertThat(EscalationPlan.of(c, OT_AS_OF).steps()).extracting(Step::letter)
        .containsExactly(LetterKind.DEMAND, LetterKind.PRS_COMPLAINT);
  }

  @Test
  void aProposedReductionCallsForOneWrittenNoticeRequestAndAPartialRejection() {
    // budget-cut as of 11/13: a reduction and a refused request, but one written-notice request only; the partial
    // rejection by the response date, 11/9 + 30 = 12/9.
    EscalationPlan plan = EscalationPlan.of(CaseFixtures.read("budget-cut"), LocalDate.of(2026, 11, 13));
    assertThat(plan.steps()).extracting(Step::letter, Step::sendBy).containsExactly(
        Tuple.tuple(LetterKind.WRITTEN_NOTICE_REQUEST, LocalDate.of(2026, 11, 13)),
        Tuple.tuple(LetterKind.PARTIAL_REJECTION, LocalDate.of(2026, 12, 9)));
    assertThat(plan.steps().get(0).why())
        .contains("'speech' from 60 to 6.9 minutes a week").contains("'para' removed").contains("(N2)");
    assertThat(plan.hasStep(LetterKind.PRS_COMPLAINT)).isFalse();
    assertThat(plan.notes()).anyMatch(n -> n.startsWith("Stay-put"))
        .anyMatch(n -> n.contains("November 18, 2026") && n.contains("BSEA"));
  }

  @Test
  void aPartialRejectionPastTheResponseDateIsDueAtOnce() {
    LocalDate late = LocalDate.of(2026, 12, 15);
    EscalationPlan plan = EscalationPlan.of(CaseFixtures.read("budget-cut"), late);
    assertThat(plan.steps()).filteredOn(s -> s.letter() == LetterKind.PARTIAL_REJECTION)
        .singleElement().satisfies(s -> assertThat(s.sendBy()).isEqualTo(late));
  }

  @Test
  void lettersAlreadySentForAProposalAreNotPlannedAgain() {
    Case c = withCorrespondence(CaseFixtures.read("budget-cut"), list(
        sent(LetterKind.WRITTEN_NOTICE_REQUEST, LocalDate.of(2026, 11, 10)),
        sent(LetterKind.PARTIAL_REJECTION, LocalDate.of(2026, 11, 12))));
    assertThat(EscalationPlan.of(c, LocalDate.of(2026, 11, 13)).steps()).isEmpty();
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
    assertThat(plan.steps()).extracting(Step::letter).containsExactly(LetterKind.WRITTEN_NOTICE_REQUEST);
    assertThat(plan.steps().get(0).why()).contains("N2");
  }
}
