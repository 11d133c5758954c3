package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.iepletters.model.Case;
import org.iepletters.model.Pronouns;
import org.iepletters.model.RefusedRequest;
import org.iepletters.model.Relationship;
import org.iepletters.model.Student;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The request for an independent educational evaluation for the sample case {@code iee-refusal}, dated Monday,
 * January 11, 2027: asked for on December 14, 2026, refused on January 6, 2027. The answer is due five school days
 * after the letter: January 12, 13, 14 and 15, then Tuesday, January 19, 2027 (January 18 is Martin Luther King Jr.
 * Day).
 */
class IeeRequestLetterTest {

  private static final Case IEE = CaseFixtures.read("iee-refusal");
  private static final LocalDate DATE = CaseFixtures.asOf("iee-refusal");
  private static final String TEXT = request(IEE, DATE);

  private static String request(Case c, LocalDate date) {
    return IepLetters.defaults().render(LetterKind.IEE_REQUEST, c, date).text();
  }

  @Test
  void isAddressedToTheDirectorWithTheTeamChairCopied() {
    assertThat(TEXT).contains("Theodora Quill, Director of Special Education\nFall River Example Public Schools",
        "Dear Theodora Quill:", "cc: Benedict Oyama, Team Chair");
  }

  @Test
  void statesTheDateAskedTheRequestAndTheRefusal() {
    assertThat(TEXT).contains("On December 14, 2026 I asked the district for an independent educational evaluation "
        + "at public expense. My request was:\n\nAn independent neuropsychological evaluation, because I disagree "
        + "with the district's psychological evaluation of November 2026\n\nOn January 6, 2027 the district refused "
        + "it.");
  }

  @Test
  void leavesOutTheDateAskedWhenItIsNotKnown() {
    RefusedRequest r = IEE.refusedRequests().get(0);
    Case unknown = withRefusals(List.of(new RefusedRequest(r.date(), r.request(), r.kind(), null)));

    assertThat(request(unknown, DATE)).contains("I asked the district for an independent educational evaluation at "
        + "public expense. My request was:").doesNotContain("December 14, 2026");
  }

  @Test
  void saysTheDistrictMustPayOrGoToTheBseaAndMayNotSimplyRefuse() {
    assertThat(TEXT).contains("A district may not simply refuse this request.",
        "603 CMR 28.04(5)(d) provides: \"Within five school days, the district shall either agree to pay for the "
            + "independent education evaluation or proceed to the Bureau of Special Education Appeals to show that "
            + "its evaluation was comprehensive and appropriate.\"",
        "Under 34 CFR 300.502(b)(2), the district must, without unnecessary delay,");
  }

  @Test
  void asksForOneOfTheTwoByTheFifthSchoolDay() {
    assertThat(TEXT).contains("Please tell me in writing, by Tuesday, January 19, 2027, which of the two the district "
        + "will do: agree to pay for the independent evaluation, or ask the Bureau of Special Education Appeals for a "
        + "hearing.");
  }

  @Test
  void givesNoDateWhenTheSchoolCalendarEndsFirst() {
    // the calendar's last day is June 17, 2027: three school days after June 14
    String text = request(IEE, LocalDate.of(2027, 6, 14));

    assertThat(text).contains("within five school days of this letter", "the district's school calendar for that "
        + "period is not in my records").doesNotContain("by Monday", "by Tuesday");
  }

  @Test
  void mentionsTheSlidingFeeScaleWithoutClaimingEligibility() {
    assertThat(TEXT).contains("Under 603 CMR 28.04(5)(c), the district pays for an independent evaluation in full when "
        + "the student is eligible for free or reduced-cost lunch or has an educational surrogate parent, and "
        + "otherwise according to a sliding fee scale based on family income.");
    // the rule's own sentence is the only one that speaks of eligibility: nothing says the family qualifies
    assertThat(TEXT.split("eligible", -1)).hasSize(2);
    assertThat(TEXT).doesNotContainIgnoringCase("qualif").doesNotContainIgnoringCase("income is");
  }

  @Test
  void neverAsksForANoticeOfRefusal() {
    assertThat(TEXT).doesNotContain("N2").doesNotContainIgnoringCase("notice of refusal")
        .doesNotContain("300.503(b)");
  }

  @ParameterizedTest
  @EnumSource(Pronouns.class)
  void refersToTheChildByPronoun(Pronouns pronouns) {
    Student s = IEE.student();
    Case c = TestCaseEdits.withPronouns(IEE, pronouns);
    String noun = switch (pronouns) {
      case HE -> "my son";
      case SHE -> "my daughter";
      case THEY -> "my child";
    };
    assertThat(request(c, DATE)).contains("I disagree with the district's evaluation of " + noun + ",");
    assertThat(s.firstName()).isEqualTo("Noor");
  }

  @Test
  void anEligibleStudentWritesInTheFirstPerson() {
    Case adult = TestCaseEdits.withRelationship(TestCaseEdits.withDateOfBirth(IEE, LocalDate.of(2008, 5, 21)),
        Relationship.STUDENT);

    String text = request(adult, DATE);

    assertThat(text).contains("I disagree with the district's evaluation of me,");
    assertThat(text).doesNotContain("Parent of", "my child");
  }

  @Test
  void doesNotApplyWithoutARefusedIee() {
    assertThatThrownBy(() -> IepLetters.defaults().render(LetterKind.IEE_REQUEST, CutLetterCases.BUDGET_CUT,
        CutLetterCases.AS_OF))
        .isInstanceOf(LetterNotApplicableException.class)
        .hasMessage("iee-request does not apply: the case has no refused request for an independent educational "
            + "evaluation");
  }

  private static Case withRefusals(List<RefusedRequest> refused) {
    return new Case(IEE.student(), IEE.guardian(), IEE.district(), IEE.iep(), IEE.proposedIep(), IEE.serviceLogs(),
        IEE.nextTeamMeeting(), IEE.correspondence(), refused, IEE.concerns(), IEE.logsThrough(), IEE.bseaCase());
  }
}
