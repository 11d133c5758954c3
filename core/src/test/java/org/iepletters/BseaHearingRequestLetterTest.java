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
 * The hearing request to the BSEA, element by element of 34 CFR 300.508(b), for the public cases {@code ot-vacancy}
 * (300 minutes of occupational therapy owed, December 11, 2026) and {@code budget-cut} (a proposal that cuts three
 * services, November 13, 2026). Expected figures are those of {@code cases/expected/*.json}, written out by hand.
 */
class BseaHearingRequestLetterTest {

  private static final Case OT = CaseFixtures.read("ot-vacancy");
  private static final LocalDate OT_DATE = CaseFixtures.asOf("ot-vacancy");
  private static final String OT_TEXT = request(OT, OT_DATE);
  private static final String CUT_TEXT = request(CutLetterCases.BUDGET_CUT, CutLetterCases.AS_OF);

  private static String request(Case c, LocalDate date) {
    return IepLetters.defaults().render(LetterKind.BSEA_HEARING_REQUEST, c, date).text();
  }

  @Test
  void isAddressedToTheBseaInMalden() {
    assertThat(OT_TEXT).contains("Bureau of Special Education Appeals\n14 Summer Street, 4th Floor\n"
        + "Malden, MA 02148\n", "To the Bureau of Special Education Appeals:");
    assertThat(OT_TEXT).doesNotContain("Dear ");
  }

  @Test
  void namesTheChildTheResidenceTheSchoolAndTheDistrict() {
    assertThat(OT_TEXT).contains("Name: Juniper Ashcombe\nDate of birth: March 9, 2018\n"
        + "Residence: 27 Lafayette Street, Unit 2, Salem, MA 01970\nSchool: Bentley Harbor Elementary School\n"
        + "School district: Salem Public Schools");
  }

  @Test
  void statesTheNatureOfTheProblemWithTheShortfallTable() {
    assertThat(OT_TEXT).contains("Salem Public Schools has not implemented the IEP accepted on September 3, 2026",
        "The district's own service delivery logs, counted from September 14, 2026 to December 11, 2026, show these "
            + "shortfalls:",
        "Occupational therapy| 2 sessions of 30 minutes per week| September 14, 2026 to December 11, 2026| 708| 420| "
            + "300| 0| 300");
  }

  @Test
  void carriesExhibitAWithTheDistrictsCancelledSessions() {
    String text = request(CaseFixtures.read("proposal-with-rejections"), CaseFixtures.asOf("proposal-with-rejections"));

    assertThat(text).contains("Enclosures:\nExhibit A: service delivery summary (after this letter)",
        "\n***\n\nExhibit A: service delivery summary",
        "Week of October 19, 2026| 5| 60| 30| 0| 30", "- October 13, 2026: SLP on leave, no substitute");
  }

  @Test
  void leavesOutShortfallsMoreThanTwoYearsBeforeTheFilingDate() {
    // filed on November 20, 2028, the two years reach back to November 20, 2026: the first week left is that of
    // November 16, whose last school day is November 20; the week of November 23 has two school days
    String text = request(OT, LocalDate.of(2028, 11, 20));

    assertThat(text).contains("Shortfalls before November 20, 2026 are not included: a hearing request must be made "
        + "within two years of the date the parent knew or should have known about the action it concerns "
        + "(34 CFR 300.511(e)).", "counted from November 16, 2026 to");
    assertThat(text).doesNotContain("Week of October 19, 2026");
  }

  @Test
  void listsTheCutsOfTheProposedIep() {
    assertThat(CUT_TEXT).contains("On November 5, 2026 the district proposed an IEP for November 16, 2026 to "
        + "November 15, 2027. I reject these portions of it:",
        "- Speech-language therapy: reduced from 2 × 30 minutes per week to 1 × 30 minutes per month",
        "- Paraprofessional support in the general education classroom: removed (the last accepted IEP provides "
            + "5 × 360 minutes per week)");
  }

  @Test
  void proposesCompensatoryServicesAndResumption() {
    assertThat(OT_TEXT).contains("1. Provide compensatory services for the minutes owed, 300 minutes of "
        + "Occupational therapy, and for every session missed after December 11, 2026 until full delivery resumes",
        "2. Resume full delivery of every service on the IEP accepted on September 3, 2026");
    assertThat(CUT_TEXT).contains("1. Withdraw the rejected portions of the proposed IEP, and keep the services of "
        + "the IEP accepted on August 27, 2026 in place for them.");
  }

  @Test
  void asksThatTheLastAcceptedIepStayInPlace() {
    assertThat(CUT_TEXT).contains("During these proceedings my daughter is to remain in the current educational "
        + "placement: the services of the IEP accepted on August 27, 2026 stay in place, under 603 CMR 28.08(7), "
        + "34 CFR 300.518 and 20 U.S.C. 1415(j).");
  }

  @Test
  void saysItIsFiledByEmailAndCopiedToTheDistrictTheSameDay() {
    assertThat(OT_TEXT).contains("by email, as BSEA Standing Order 23-1R requires",
        "As 34 CFR 300.508(a) requires, I am sending a copy to Salem Public Schools on the same day",
        "cc: Delphine Marrow, Director of Special Education; Caspian Holt, Team Chair",
        "A copy was sent on December 11, 2026 by email to Delphine Marrow (dmarrow@example.org) and Caspian Holt "
            + "(cholt@example.org).");
    // no e-mail address for the BSEA is invented
    assertThat(OT_TEXT.lines().filter(l -> l.contains("@")).filter(l -> !l.contains("example.org"))).isEmpty();
  }

  @Test
  void isSignedAndDated() {
    assertThat(OT_TEXT).contains("Rowan Ashcombe\nParent of Juniper Ashcombe\nDate: December 11, 2026");
  }

  @ParameterizedTest
  @EnumSource(Pronouns.class)
  void refersToTheChildByPronoun(Pronouns pronouns) {
    String text = IepLetters.defaults().render(LetterKind.BSEA_HEARING_REQUEST, CutLetterCases.withPronouns(pronouns),
        CutLetterCases.AS_OF).text();
    String noun = switch (pronouns) {
      case HE -> "my son";
      case SHE -> "my daughter";
      case THEY -> "my child";
    };
    assertThat(text).contains("about " + noun + "'s special education", "During these proceedings " + noun
        + " is to remain");
  }

  @Test
  void anEligibleStudentWritesInTheFirstPerson() {
    String text = CutLetterCases.render(LetterKind.BSEA_HEARING_REQUEST, CutLetterCases.signedByEligibleStudent())
        .text();

    assertThat(text).contains("about my special education", "The student, requesting the hearing for myself",
        "During these proceedings I am to remain");
    assertThat(text).doesNotContain("Parent of");
  }

  @Test
  void doesNotApplyWithNothingOwedAndNothingRejected() {
    assertThatThrownBy(() -> IepLetters.defaults().render(LetterKind.BSEA_HEARING_REQUEST,
        CutLetterCases.withoutProposedIep(), CutLetterCases.AS_OF))
        .isInstanceOf(LetterNotApplicableException.class)
        .hasMessageStartingWith("bsea-hearing-request does not apply: no minutes are owed");
  }
}
