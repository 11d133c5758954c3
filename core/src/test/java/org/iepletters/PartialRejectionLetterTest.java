package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iepletters.CutLetterCases.BUDGET_CUT;
import static org.iepletters.CutLetterCases.render;

import java.util.List;
import org.iepletters.model.Grid;
import org.iepletters.model.Period;
import org.iepletters.model.Pronouns;
import org.iepletters.model.Relationship;
import org.iepletters.model.ServiceLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The partial rejection for the public case {@code budget-cut}, dated Friday, November 13, 2026. Expected values were
 * worked out by hand: speech 2 × 30 a week = 60 minutes a week, proposed 1 × 30 a month = 30 × 10 / 36 = 8.33
 * (v2: a month is 10/36 of a school week); para 5 × 360 = 1,800; ESY 4 × 180 = 720; BSEA forwarding November 13 + 5 calendar days = Wednesday, November 18.
 */
class PartialRejectionLetterTest {

  private static final String TEXT = render(LetterKind.PARTIAL_REJECTION, BUDGET_CUT).text();

  @Test
  void acceptsTheProposedIepExceptTheRejectedPortions() {
    assertThat(TEXT).contains("This letter is my response to my daughter's proposed IEP dated November 16, 2026 to "
            + "November 15, 2027 (proposed on November 5, 2026). The signed response page of the proposed IEP is "
            + "enclosed with it.",
        "I accept the proposed IEP except each portion listed below under \"Rejected portions\", which I reject. I "
            + "give no consent to any rejected portion.",
        "Enclosures:\nThe signed response page of the proposed IEP\n");
    assertThat(TEXT).doesNotContainIgnoringCase("the rest of");
  }

  @Test
  void listsTheReducedSpeechLineWithItsWeeklyEquivalents() {
    assertThat(TEXT).contains(
        "Speech-language therapy| 2 × 30 minutes per week| 1 × 30 minutes per month| 60| 8.3");
  }

  @Test
  void listsTheRemovedParaAndExtendedSchoolYearLines() {
    assertThat(TEXT).contains(
        "Paraprofessional support in the general education classroom| 5 × 360 minutes per week| removed| 1,800| 0",
        "Extended school year: specialized instruction| 4 × 180 minutes per week, from July 6, 2027 to "
            + "August 12, 2027| removed| 720| 0");
  }

  @Test
  void invokesStayPutOnTheLastAcceptedIep() {
    assertThat(TEXT).contains("Under 603 CMR 28.08(7), \"during the pendency of any dispute regarding placement or "
            + "services, the eligible student shall remain in his or her then current education program and placement "
            + "unless the parents and the school district agree otherwise.\" This rejection is such a dispute. For "
            + "every rejected portion, my daughter is to continue receiving the services of the last accepted IEP "
            + "dated September 8, 2026 to September 7, 2027 (accepted on August 27, 2026)",
        "Once a hearing is requested, 34 CFR 300.518 and 20 U.S.C. 1415(j) also keep her in the current educational "
            + "placement while the proceedings are pending.");
  }

  @Test
  void asksForForwardingToTheBseaWithinFiveCalendarDays() {
    assertThat(TEXT).contains("Under 603 CMR 28.08(3)(b), the district must send a copy of a notice that an IEP has "
        + "been rejected to the Bureau of Special Education Appeals (BSEA) no later than five days after receiving it. "
        + "Please send a copy of this letter to the BSEA by Wednesday, November 18, 2026");
  }

  @Test
  void asksForTheDataBehindEachCutAndGivesNoConsent() {
    assertThat(TEXT).contains("please tell me in writing what data supports the reduction, and send me copies of "
        + "that data.", "I give no consent to any rejected portion.");
  }

  @Test
  void asksThatTheAcceptedPortionsBeImplementedWithoutDelayAndForATeamMeeting() {
    assertThat(TEXT).contains("Under 603 CMR 28.05(7)(b), \"Upon parental response to the proposed IEP and proposed "
            + "placement, the school district shall implement all accepted elements of the IEP without delay.\" Please "
            + "implement the portions I accept without delay; none of the rejected portions is accepted.",
        "Under 603 CMR 28.05(7)(a), I request a Team meeting to discuss the rejected portions of the IEP.");
  }

  @Test
  void answersWithinTheThirtyDayWindow() {
    assertThat(TEXT).contains("603 CMR 28.05(7)(a)", "which end on December 9, 2026");
  }

  @Test
  void leavesOutTheThirtyDayWindowOnceItHasPassed() {
    String late = IepLetters.defaults().render(LetterKind.PARTIAL_REJECTION, BUDGET_CUT,
        java.time.LocalDate.of(2026, 12, 10)).text();

    assertThat(late).doesNotContain("thirty days").contains("by Tuesday, December 15, 2026");
  }

  @Test
  void rejectsEveryOtherPortionByNameAndGivesTheParentsReasons() {
    String text = render(LetterKind.PARTIAL_REJECTION, CutLetterCases.withProposalConcerns(
        "Her progress report shows no gain in articulation.",
        List.of("Goal 2 (reading fluency), which lowers the target", "The removal of the testing accommodations")))
        .text();

    assertThat(text).contains("These other portions of the proposed IEP:\n\n"
            + "- Goal 2 (reading fluency), which lowers the target\n"
            + "- The removal of the testing accommodations\n",
        "My reasons\n\nHer progress report shows no gain in articulation.");
    assertThat(TEXT).doesNotContain("These other portions", "My reasons");
  }

  @Test
  void rejectsAChangedLineUnlessTheParentAcceptsIt() {
    // speech keeps 2 x 30 a week but moves to an assistant: CHANGED, not a cut; para and ESY are removed
    ServiceLine assistant = new ServiceLine("speech", "Speech-language therapy", Grid.C,
        "Speech-language pathology assistant", 2, 30, Period.WEEK, null, null, null);
    String text = render(LetterKind.PARTIAL_REJECTION,
        CutLetterCases.withProposedServices(List.of(assistant), List.of())).text();

    assertThat(text).contains("This service, which the proposal changes in another way; I do not accept the change:",
        "Speech-language therapy| 2 × 30 minutes per week| 2 × 30 minutes per week| the provider (Speech-language "
            + "pathologist to Speech-language pathology assistant)\n",
        "Paraprofessional support in the general education classroom| 5 × 360 minutes per week| removed| 1,800| 0");
    String accepted = render(LetterKind.PARTIAL_REJECTION,
        CutLetterCases.withProposedServices(List.of(assistant), List.of("speech"))).text();
    assertThat(accepted).doesNotContain("I do not accept the change", "Speech-language therapy|");
  }

  @Test
  void isAddressedToTheTeamChairWithTheDirectorCopied() {
    assertThat(TEXT).contains("Dear Silas Pennington:", "cc: Marguerite Oyelaran, Director of Special Education",
        "Sent by email to Silas Pennington (spennington@example.org) and Marguerite Oyelaran "
            + "(moyelaran@example.org).");
  }

  @Test
  void saysNothingTheLettersMustNeverSay() {
    assertThat(TEXT).doesNotContain("school days", "$", "765", "82%", "Letter of Finding", "75 Pleasant Street",
        "no response", "rejection if");
  }

  @ParameterizedTest
  @ValueSource(strings = {"HE:my son is to continue", "SHE:my daughter is to continue",
      "THEY:my child is to continue"})
  void parentWritesAboutTheChildByPronouns(String pronounsAndWords) {
    String[] parts = pronounsAndWords.split(":");
    String text = render(LetterKind.PARTIAL_REJECTION, CutLetterCases.withPronouns(Pronouns.valueOf(parts[0])))
        .text();

    assertThat(text).contains(parts[1] + " receiving the services of the last accepted IEP");
  }

  @Test
  void guardianWritesTheChildsFirstName() {
    String text = render(LetterKind.PARTIAL_REJECTION,
        TestCaseEdits.withRelationship(BUDGET_CUT, Relationship.GUARDIAN)).text();

    assertThat(text).contains("my response to Beatrice's proposed IEP dated", "Beatrice is to continue receiving",
        "Guardian of Beatrice Moreau-Lindahl");
  }

  @Test
  void eligibleStudentWritesInTheFirstPerson() {
    String text = render(LetterKind.PARTIAL_REJECTION, CutLetterCases.signedByEligibleStudent()).text();

    assertThat(text).contains("my response to my proposed IEP dated", "I am to continue receiving the services")
        .doesNotContain("my daughter", "Parent of");
  }

  @ParameterizedTest
  @ValueSource(strings = {"speech-one-of-three", "ot-vacancy"})
  void doesNotApplyWithoutAProposedIep(String name) {
    assertThatThrownBy(() -> IepLetters.defaults().render(LetterKind.PARTIAL_REJECTION, CaseFixtures.read(name),
        CaseFixtures.asOf(name)))
        .isInstanceOfSatisfying(LetterNotApplicableException.class, e -> {
          assertThat(e.kind()).isEqualTo(LetterKind.PARTIAL_REJECTION);
          assertThat(e).hasMessage("partial-rejection does not apply: the case has no proposed IEP");
        });
  }
}
