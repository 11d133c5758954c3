package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iepletters.CutLetterCases.BUDGET_CUT;
import static org.iepletters.CutLetterCases.render;

import java.time.LocalDate;
import java.util.List;
import org.iepletters.model.Case;
import org.iepletters.model.Pronouns;
import org.iepletters.model.RefusedRequest;
import org.iepletters.model.Relationship;
import org.iepletters.model.RequestKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The request for written notice and data for the public case {@code budget-cut}, dated Friday, November 13, 2026.
 * Expected values were worked out by hand: the answer is asked for five business days later, Friday, November 20,
 * 2026 (no holiday falls between); the proposal cuts speech and removes para and ESY; one request (an assistive
 * technology evaluation) was refused on October 28, 2026.
 */
class WrittenNoticeRequestLetterTest {

  private static final String TEXT = text(BUDGET_CUT);
  private static final String N1 = "form N1, \"Notice of Proposed School District Action\"";
  private static final String N2 = "form N2, \"Notice of School District Refusal to Act\"";
  private static final List<String> ELEMENTS = List.of(
      "1. a description of the action proposed or refused;",
      "2. an explanation of why the district proposes or refuses to take the action;",
      "3. a description of each evaluation procedure, assessment, record or report the district used as a basis for "
          + "the proposed or refused action;",
      "4. a statement that I have protection under the procedural safeguards, and how I can obtain a copy of them;",
      "5. sources I can contact to obtain help in understanding these provisions;",
      "6. a description of the other options the Team considered and the reasons why those options were rejected;",
      "7. a description of the other factors relevant to the proposal or refusal.");

  private static String text(Case c) {
    return render(LetterKind.WRITTEN_NOTICE_REQUEST, c).text();
  }

  @Test
  void asksForTheNoticeOfProposedActionForEachCut() {
    assertThat(TEXT).contains(
        "The IEP proposed on November 5, 2026 reduces or removes these services of the IEP dated September 8, 2026 "
            + "to September 7, 2027 (accepted on August 27, 2026):",
        "Speech-language therapy| 2 × 30 minutes per week| 1 × 30 minutes per month| 60| 8.3",
        "Paraprofessional support in the general education classroom| 5 × 360 minutes per week| removed| 1,800| 0",
        "Extended school year: specialized instruction| 4 × 180 minutes per week, from July 6, 2027 to "
            + "August 12, 2027| removed| 720| 0",
        "For each of these changes, please give me the written notice of proposed action that 34 CFR 300.503(a) "
            + "requires, on " + N1 + ".");
  }

  @Test
  void asksForTheNoticeOfRefusalForTheRefusedRequest() {
    assertThat(TEXT).contains("The district refused this request:",
        "An assistive technology evaluation| October 28, 2026",
        "For this refusal, please give me the written notice of refusal that 34 CFR 300.503(a) requires, on "
            + N2 + ".");
  }

  @Test
  void listsEveryElementOfPriorWrittenNotice() {
    assertThat(TEXT).contains("Under 34 CFR 300.503(b), each notice must include:");
    assertThat(TEXT).containsSubsequence(ELEMENTS);
  }

  @Test
  void asksWhatDataSupportsEachReductionAndWhatHasChanged() {
    assertThat(TEXT).contains("- What data supports this reduction?",
        "- What has changed in my daughter's profile since the IEP dated September 8, 2026 to September 7, 2027 "
            + "that makes the reduced service appropriate?");
  }

  @Test
  void asksForCopiesOfThatDataUnderTheRecordsRegulation() {
    assertThat(TEXT).contains("Under 603 CMR 23.07(2), please also give me copies of it");
  }

  @Test
  void asksForAnAnswerByTheFifthBusinessDayAsTheParentsOwnRequest() {
    assertThat(TEXT).contains("I ask that you send the notices, your answers and the copies by Friday, November 20, "
        + "2026.");
    assertThat(TEXT).doesNotContain("business days", "statutory");
  }

  @Test
  void isAddressedToTheTeamChairAndTheDirector() {
    assertThat(TEXT).contains("Dear Silas Pennington and Marguerite Oyelaran:",
        "Sent by email to Silas Pennington (spennington@example.org) and Marguerite Oyelaran "
            + "(moyelaran@example.org).");
  }

  @Test
  void saysNothingTheLettersMustNeverSay() {
    assertThat(TEXT).doesNotContain("school days", "$", "765", "82%", "Letter of Finding", "75 Pleasant Street",
        "without delay");
  }

  @Test
  void caseWithOnlyARefusedRequestGetsOnlyTheNoticeOfRefusal() {
    String text = text(CutLetterCases.withoutProposedIep());

    assertThat(text).contains(N2, "An assistive technology evaluation| October 28, 2026",
        "I ask that you send the notice by Friday, November 20, 2026.");
    assertThat(text).containsSubsequence(ELEMENTS);
    assertThat(text).doesNotContain("form N1", "proposed on", "Minutes per week", "What data supports",
        "23.07(2)");
  }

  @Test
  void caseWithOnlyCutsGetsOnlyTheNoticeOfProposedAction() {
    String text = text(CutLetterCases.withRefusedRequests(List.of()));

    assertThat(text).contains(N1, "What data supports this reduction?");
    assertThat(text).containsSubsequence(ELEMENTS);
    assertThat(text).doesNotContain("form N2", "refused this request", "assistive technology");
  }

  @Test
  void asksForNoticesInTheSignersLanguageWhenItIsNotEnglish() {
    assertThat(text(CutLetterCases.withGuardianLanguage("Spanish"))).contains(
        "My primary language is Spanish. Under 603 CMR 28.07(8), all communications and meetings with me must be in "
            + "both English and Spanish, and any interpreter must be fluent in Spanish: please provide such an "
            + "interpreter at every meeting. Under 34 CFR 300.503(c), please give me every written notice in Spanish "
            + "as well.");
    assertThat(text(CutLetterCases.withGuardianLanguage("English"))).doesNotContain("primary language", "300.503(c)");
    assertThat(TEXT).doesNotContain("primary language");
  }

  @ParameterizedTest
  @ValueSource(strings = {"HE:my son's", "SHE:my daughter's", "THEY:my child's"})
  void parentWritesAboutTheChildByPronouns(String pronounsAndWords) {
    String[] parts = pronounsAndWords.split(":");
    String text = text(CutLetterCases.withPronouns(Pronouns.valueOf(parts[0])));

    assertThat(text).contains("What has changed in " + parts[1] + " profile since the IEP dated",
        "That data is part of " + parts[1] + " student record.");
  }

  @Test
  void guardianWritesTheChildsFirstName() {
    String text = text(TestCaseEdits.withRelationship(BUDGET_CUT, Relationship.GUARDIAN));

    assertThat(text).contains("What has changed in Beatrice's profile since", "Guardian of Beatrice Moreau-Lindahl");
  }

  @Test
  void eligibleStudentWritesInTheFirstPerson() {
    String text = text(CutLetterCases.signedByEligibleStudent());

    assertThat(text).contains("notices the district owes me about my special education",
        "What has changed in my profile since the IEP dated", "That data is part of my student record.")
        .doesNotContain("my daughter", "Parent of");
  }

  @Test
  void anIeeRefusalIsNeverAnsweredByARequestForAnN2() {
    // budget-cut with its refused request made an IEE refusal: the letter lists no N2 for it
    Case c = CutLetterCases.withRefusedRequests(new java.util.ArrayList<>(List.of(new org.iepletters.model.RefusedRequest(
        java.time.LocalDate.of(2026, 10, 20), "An independent evaluation at public expense",
        org.iepletters.model.RequestKind.IEE, null))));
    String text = render(LetterKind.WRITTEN_NOTICE_REQUEST, c).text();
    assertThat(text).doesNotContain("An independent evaluation at public expense").doesNotContain("form N2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"speech-one-of-three", "ot-vacancy"})
  void doesNotApplyWithoutACutOrARefusal(String name) {
    assertThatThrownBy(() -> IepLetters.defaults().render(LetterKind.WRITTEN_NOTICE_REQUEST,
        CaseFixtures.read(name), CaseFixtures.asOf(name)))
        .isInstanceOfSatisfying(LetterNotApplicableException.class, e -> {
          assertThat(e.kind()).isEqualTo(LetterKind.WRITTEN_NOTICE_REQUEST);
          assertThat(e).hasMessage("n2-data-request does not apply: no proposed IEP cuts a service, and no request "
              + "other than an independent evaluation was refused (an IEE refusal is answered by the IEE request, not "
              + "by a request for written notice)");
        });
  }

  @Test
  void neverAsksForANoticeOfRefusalAboutAnIndependentEvaluation() {
    RefusedRequest iee = new RefusedRequest(LocalDate.of(2026, 10, 30), "An independent neuropsychological evaluation",
        RequestKind.IEE, LocalDate.of(2026, 10, 1));
    RefusedRequest service = new RefusedRequest(LocalDate.of(2026, 10, 20), "Restore the paraprofessional support");
    String text = text(CutLetterCases.withRefusedRequests(List.of(iee, service)));

    assertThat(text).contains(N2, "Restore the paraprofessional support").doesNotContain("neuropsychological");
    Case c = CutLetterCases.withoutProposedIep();
    Case onlyIee = new Case(c.student(), c.guardian(), c.district(), c.iep(), null, c.serviceLogs(),
        c.nextTeamMeeting(), c.correspondence(), List.of(iee), c.concerns(), c.logsThrough(), c.bseaCase());
    assertThatThrownBy(() -> text(onlyIee)).isInstanceOf(LetterNotApplicableException.class);
  }

  @Test
  void givesTheParentsConcernsAboutTheProposal() {
    String text = text(CutLetterCases.withProposalConcerns("Her speech progress report shows no gain.", List.of()));

    assertThat(text).contains("My concerns about the proposed IEP\n\nHer speech progress report shows no gain.");
    assertThat(TEXT).doesNotContain("My concerns");
  }

  @Test
  void theAnswerDateIsLabelledAsTheParentsOwnRequest() {
    assertThat(TEXT).contains("by Friday, November 20, 2026. That date is my own request, not a period set by law.");
  }
}
