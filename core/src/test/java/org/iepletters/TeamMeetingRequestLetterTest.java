package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.iepletters.model.Case;
import org.iepletters.model.Pronouns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Team meeting request for the public cases {@code ot-vacancy} (300 minutes of occupational therapy owed,
 * Friday, December 11, 2026) and {@code budget-cut} (a proposal that cuts three services, Friday, November 13,
 * 2026). The meeting is asked for by the last school day within two weeks: for ot-vacancy December 25 is a holiday
 * inside the winter recess that starts December 23, so Tuesday, December 22, 2026; for budget-cut November 27 is in
 * the Thanksgiving recess, so Tuesday, November 24, 2026.
 */
class TeamMeetingRequestLetterTest {

  private static final Case OT = CaseFixtures.read("ot-vacancy");
  private static final LocalDate OT_DATE = CaseFixtures.asOf("ot-vacancy");
  private static final String OT_TEXT = request(OT, OT_DATE);
  private static final String CUT_TEXT = request(CutLetterCases.BUDGET_CUT, CutLetterCases.AS_OF);

  private static String request(Case c, LocalDate date) {
    return IepLetters.defaults().render(LetterKind.TEAM_MEETING_REQUEST, c, date).text();
  }

  @Test
  void isAddressedToTheTeamChairWithTheDirectorCopied() {
    assertThat(OT_TEXT).contains("Dear Caspian Holt:", "cc: Delphine Marrow, Director of Special Education");
  }

  @Test
  void asksToAgreeACompensatoryServicesPlanWithTheTable() {
    assertThat(OT_TEXT).contains("A written compensatory services plan",
        "Occupational therapy| 2 sessions of 30 minutes per week| September 14, 2026 to December 11, 2026| 708| 420| "
            + "300| 0| 300",
        "agree a written compensatory services plan for these minutes, 300 minutes of Occupational therapy, and for "
            + "every session missed from now until full delivery resumes",
        "Exhibit A: service delivery summary (after this letter)");
    assertThat(CUT_TEXT).doesNotContain("compensatory");
  }

  @Test
  void asksToDiscussTheRejectedPortions() {
    assertThat(CUT_TEXT).contains("The rejected portions of the proposed IEP",
        "I reject these portions of the IEP proposed on November 5, 2026:",
        "- Extended school year: specialized instruction: removed",
        "603 CMR 28.05(7)(a) provides that a parent may \"request a meeting to discuss the rejected portions of the "
            + "IEP or the overall adequacy of the IEP\"");
    assertThat(OT_TEXT).doesNotContain("28.05(7)(a)", "rejected portions");
  }

  @Test
  void asksForTheAnnualReviewOnceTheIepHasEnded() {
    // the ot-vacancy IEP ran to September 13, 2027
    String text = request(OT, LocalDate.of(2027, 9, 20));

    assertThat(text).contains("The annual review", "The IEP accepted on September 3, 2026 ran from September 14, "
        + "2026 to September 13, 2027, and that date has passed.");
    assertThat(OT_TEXT).doesNotContain("annual review");
  }

  @Test
  void asksForTheMeetingWithinTwoWeeksOnASchoolDayAsTheParentsOwnRequest() {
    assertThat(OT_TEXT).contains("I ask that the meeting be held by Tuesday, December 22, 2026, within two weeks of "
        + "this letter. This is my own request, not a period set by law");
    assertThat(CUT_TEXT).contains("held by Tuesday, November 24, 2026");
  }

  @Test
  void asksForTheMeetingAlreadyScheduledToTakeUpThePurposes() {
    Case scheduled = TestCaseEdits.withNextTeamMeeting(OT, LocalDate.of(2026, 12, 17));

    assertThat(request(scheduled, OT_DATE)).contains("A Team meeting is already scheduled for Thursday, December 17, "
        + "2026. Please put this purpose on its agenda.").doesNotContain("within two weeks");
  }

  @Test
  void asksForReportsTwoDaysBeforeTheMeeting() {
    assertThat(OT_TEXT).contains("at least two days before the meeting",
        "603 CMR 28.05(1) requires that summaries be available to parents \"at least two days prior to the Team "
            + "meeting\"");
    assertThat(OT_TEXT).doesNotContain("28.04(2)(c)");
  }

  @ParameterizedTest
  @EnumSource(Pronouns.class)
  void refersToTheChildByPronoun(Pronouns pronouns) {
    String text = request(CutLetterCases.withPronouns(pronouns), CutLetterCases.AS_OF);
    String noun = switch (pronouns) {
      case HE -> "my son";
      case SHE -> "my daughter";
      case THEY -> "my child";
    };
    assertThat(text).contains("a Team meeting about " + noun + "'s IEP");
  }

  @Test
  void anEligibleStudentWritesInTheFirstPerson() {
    String text = request(CutLetterCases.signedByEligibleStudent(), CutLetterCases.AS_OF);

    assertThat(text).contains("a Team meeting about my IEP");
    assertThat(text).doesNotContain("Parent of", "my daughter");
  }

  @Test
  void doesNotApplyWhenNothingIsOwedOrRejectedAndTheIepHasNotEnded() {
    assertThatThrownBy(() -> request(CutLetterCases.withoutProposedIep(), CutLetterCases.AS_OF))
        .isInstanceOf(LetterNotApplicableException.class)
        .hasMessageStartingWith("team-meeting-request does not apply: no minutes are owed");
  }
}
