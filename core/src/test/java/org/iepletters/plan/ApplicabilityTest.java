package org.iepletters.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iepletters.SyntheticCases.YEAR_2026;
import static org.iepletters.SyntheticCases.caseOf;
import static org.iepletters.SyntheticCases.delivered;
import static org.iepletters.SyntheticCases.line;
import static org.iepletters.SyntheticCases.list;

import java.time.LocalDate;
import org.iepletters.CaseFixtures;
import org.iepletters.LetterKind;
import org.iepletters.LetterNotApplicableException;
import org.iepletters.model.Case;
import org.iepletters.model.Iep;
import org.iepletters.model.Period;
import org.iepletters.model.ProposedIep;
import org.junit.jupiter.api.Test;

class ApplicabilityTest {
  private static final LocalDate NOV_13 = LocalDate.of(2026, 11, 13);

  @Test
  void aRecordsRequestAlwaysApplies() {
    for (String name : CaseFixtures.NAMES) {
      assertThat(Applicability.check(LetterKind.RECORDS_REQUEST, CaseFixtures.read(name), NOV_13)).isEmpty();
    }
  }

  @Test
  void aDemandAndAComplaintNeedOwedMinutes() {
    Case owed = CaseFixtures.read("speech-one-of-three");
    Case paid = CaseFixtures.read("budget-cut");
    assertThat(Applicability.check(LetterKind.DEMAND, owed, NOV_13)).isEmpty();
    assertThat(Applicability.check(LetterKind.PRS_COMPLAINT, owed, NOV_13)).isEmpty();
    assertThat(Applicability.check(LetterKind.DEMAND, paid, NOV_13)).hasValueSatisfying(
        r -> assertThat(r).contains("no minutes owed"));
    assertThat(Applicability.check(LetterKind.PRS_COMPLAINT, paid, NOV_13)).isPresent();
  }

  @Test
  void aPartialRejectionNeedsAProposedIepWithSomethingTheParentRejects() {
    assertThat(Applicability.check(LetterKind.PARTIAL_REJECTION, CaseFixtures.read("budget-cut"), NOV_13)).isEmpty();
    assertThat(Applicability.check(LetterKind.PARTIAL_REJECTION, CaseFixtures.read("ot-vacancy"), NOV_13))
        .contains("the case has no proposed IEP");
    assertThat(Applicability.check(LetterKind.PARTIAL_REJECTION, sameProposal(), NOV_13))
        .contains("the proposed IEP reduces or removes no service, changes no line the parent has not accepted, "
            + "and the case rejects no other portion");
  }

  @Test
  void aWrittenNoticeRequestNeedsACutOrARefusal() {
    assertThat(Applicability.check(LetterKind.WRITTEN_NOTICE_REQUEST, CaseFixtures.read("budget-cut"), NOV_13))
        .isEmpty();
    assertThat(Applicability.check(LetterKind.WRITTEN_NOTICE_REQUEST, CaseFixtures.read("ot-vacancy"), NOV_13))
        .isPresent();
    assertThat(Applicability.check(LetterKind.WRITTEN_NOTICE_REQUEST, sameProposal(), NOV_13)).isPresent();
  }

  @Test
  void requireThrowsWithTheKindAndTheReason() {
    assertThatThrownBy(() -> Applicability.require(LetterKind.PARTIAL_REJECTION, CaseFixtures.read("ot-vacancy"),
        NOV_13))
        .isInstanceOf(LetterNotApplicableException.class)
        .hasMessage("partial-rejection does not apply: the case has no proposed IEP")
        .satisfies(e -> assertThat(((LetterNotApplicableException) e).kind())
            .isEqualTo(LetterKind.PARTIAL_REJECTION));
  }

  /** A proposal that moves speech to a monthly grid of the same weekly value: 13 x 40 a month = 4 x 30 a week. */
  private static Case sameProposal() {
    Iep iep = new Iep(LocalDate.of(2026, 9, 14), LocalDate.of(2027, 9, 13), LocalDate.of(2026, 9, 1),
        list(line("speech", 4, 30, Period.WEEK)));
    ProposedIep proposed = new ProposedIep(LocalDate.of(2026, 11, 2), null, LocalDate.of(2026, 11, 16),
        LocalDate.of(2027, 11, 15), list(line("speech", 13, 40, Period.MONTH)));
    return caseOf(YEAR_2026, iep, proposed, list(delivered("speech", LocalDate.of(2026, 11, 10), 120)), null,
        list(), list());
  }
}
