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
 * The request for mediation at the BSEA for the public cases {@code speech-one-of-three} (324 minutes of speech
 * owed, November 13, 2026) and {@code budget-cut} (a proposal that cuts three services, November 13, 2026). The
 * session date is the letter date plus 30 calendar days (603 CMR 28.08(4)(a)): Sunday, December 13, 2026.
 */
class BseaMediationRequestLetterTest {

  private static final Case SPEECH = CaseFixtures.read("speech-one-of-three");
  private static final LocalDate SPEECH_DATE = CaseFixtures.asOf("speech-one-of-three");
  private static final String SPEECH_TEXT = request(SPEECH, SPEECH_DATE);
  private static final String CUT_TEXT = request(CutLetterCases.BUDGET_CUT, CutLetterCases.AS_OF);

  private static String request(Case c, LocalDate date) {
    return IepLetters.defaults().render(LetterKind.BSEA_MEDIATION_REQUEST, c, date).text();
  }

  @Test
  void isAddressedToTheBseaWithTheDistrictCopied() {
    assertThat(SPEECH_TEXT).contains("Bureau of Special Education Appeals\n14 Summer Street, 4th Floor\n"
        + "Malden, MA 02148\n", "To the Bureau of Special Education Appeals:",
        "cc: Ambrose Kittredge, Director of Special Education; Soledad Ferreira-Nash, Team Chair");
  }

  @Test
  void namesThePartiesTheStudentAndTheSchool() {
    assertThat(SPEECH_TEXT).contains("The parent: Danielle Tremaine-Baptiste, Parent of Oliver Tremaine-Baptiste",
        "The school district: Holyoke Public Schools\n250 Education Way\nHolyoke, MA 01040",
        "The student: Oliver Tremaine-Baptiste, date of birth November 23, 2019, who attends Lyman Terrace "
            + "Elementary School.");
  }

  @Test
  void statesTheOwedMinutesWithTheSpanTheyCover() {
    assertThat(SPEECH_TEXT).contains("Its own service delivery logs, counted from September 8, 2026 to November 13, "
        + "2026, show that 324 minutes of Speech-language therapy (individual) are owed.");
  }

  @Test
  void statesTheRejectedCuts() {
    assertThat(CUT_TEXT).contains("The district proposed a new IEP on November 5, 2026. I reject these portions of it:",
        "- Speech-language therapy: reduced from 2 × 30 minutes per week to 1 × 30 minutes per month");
  }

  @Test
  void saysWhatTheParentSeeks() {
    assertThat(SPEECH_TEXT).contains("- A written compensatory services plan for the minutes owed and for every "
        + "session missed until full delivery resumes");
    assertThat(CUT_TEXT).contains("- That the rejected portions be withdrawn, and that the services of the IEP "
        + "accepted on August 27, 2026 continue while we try to agree.");
  }

  @Test
  void saysMediationIsVoluntaryFreeAndConfidential() {
    assertThat(SPEECH_TEXT).contains("voluntary and offered at no cost to the parties (603 CMR 28.08(4))",
        "\"All discussions that occur during mediation are confidential and may not be used as evidence in a "
            + "hearing.\"");
  }

  @Test
  void givesTheDateByWhichTheSessionIsScheduled() {
    assertThat(SPEECH_TEXT).contains("603 CMR 28.08(4)(a) provides: \"Within 30 days of receipt of a request for "
        + "mediation, the mediator shall schedule a mediation session.\" For this request, sent on November 13, "
        + "2026, that is by Sunday, December 13, 2026.");
  }

  @Test
  void givesUpNoRightToAHearing() {
    assertThat(SPEECH_TEXT).contains("By requesting mediation I give up no right to request a hearing");
    assertThat(SPEECH_TEXT).doesNotContainIgnoringCase("waive");
  }

  @Test
  void keepsTheLastAcceptedIepInPlaceWhileACutIsDisputed() {
    assertThat(CUT_TEXT).contains("During this dispute, my daughter remains in the current education program and "
        + "placement, the IEP accepted on August 27, 2026, unless the district and I agree otherwise "
        + "(603 CMR 28.08(7)).");
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
    assertThat(text).contains("about " + noun + "'s special education", "During this dispute, " + noun
        + " remains");
  }

  @Test
  void anEligibleStudentWritesInTheFirstPerson() {
    String text = request(CutLetterCases.signedByEligibleStudent(), CutLetterCases.AS_OF);

    assertThat(text).contains("about my special education", "The student, requesting mediation for myself",
        "During this dispute, I remain");
    assertThat(text).doesNotContain("The parent:", "Parent of");
  }

  @Test
  void doesNotApplyWithNothingOwedAndNothingRejected() {
    assertThatThrownBy(() -> request(CutLetterCases.withoutProposedIep(), CutLetterCases.AS_OF))
        .isInstanceOf(LetterNotApplicableException.class)
        .hasMessageStartingWith("bsea-mediation-request does not apply: no minutes are owed");
  }
}
