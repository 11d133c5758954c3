package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iepletters.SyntheticCases.caseOf;
import static org.iepletters.SyntheticCases.delivered;
import static org.iepletters.SyntheticCases.line;
import static org.iepletters.SyntheticCases.list;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.iepletters.letters.LetterView;
import org.iepletters.letters.LetterViews;
import org.iepletters.model.Address;
import org.iepletters.model.Case;
import org.iepletters.model.Correspondence;
import org.iepletters.model.Direction;
import org.iepletters.model.Period;
import org.iepletters.model.Pronouns;
import org.iepletters.model.Relationship;
import org.iepletters.model.ServiceLogEntry;
import org.iepletters.plan.EscalationPlan;
import org.junit.jupiter.api.Test;

/**
 * The complaint to the DESE Problem Resolution System for the public cases at their as-of dates, element by
 * element of 34 CFR 300.153(b). Expected figures are those of {@code cases/expected/*.json}, written out by hand.
 */
class PrsComplaintLetterTest {

  private static final Case SPEECH = CaseFixtures.read("speech-one-of-three");
  private static final LocalDate SPEECH_DATE = CaseFixtures.asOf("speech-one-of-three");
  private static final Case OT = CaseFixtures.read("ot-vacancy");
  private static final LocalDate OT_DATE = CaseFixtures.asOf("ot-vacancy");

  private static String complaint(Case c, LocalDate date) {
    return IepLetters.defaults().render(LetterKind.PRS_COMPLAINT, c, date).text();
  }


  @Test
  void complaintIsAddressedToThePrsOfficeWithTheDistrictCopied() {
    String text = complaint(SPEECH, SPEECH_DATE);

    assertThat(text).contains("Problem Resolution System Office\nMassachusetts Department of Elementary and "
        + "Secondary Education\n135 Santilli Highway\nEverett, MA 02149\n781-338-3700\n\n",
        "To the Problem Resolution System Office:",
        "cc: Ambrose Kittredge, Director of Special Education; Soledad Ferreira-Nash, Team Chair",
        "A copy was sent the same day to Holyoke Public Schools by email to Ambrose Kittredge "
            + "(akittredge@example.org) and Soledad Ferreira-Nash (sferreiranash@example.org).");
    assertThat(text).doesNotContain("Dear ", "250 Education Way", "Malden");
  }

  @Test
  void viewAddressesTheOfficeAndCopiesTheDirectorThenTheTeamChair() {
    LetterView view = LetterViews.of(LetterKind.PRS_COMPLAINT, SPEECH, SPEECH_DATE);

    assertThat(view.addressees()).isEmpty();
    assertThat(view.recipient().name()).isEqualTo("Problem Resolution System Office");
    assertThat(view.district().name()).isEqualTo("Holyoke Public Schools");
    assertThat(view.cc()).extracting(LetterView.Person::name)
        .containsExactly("Ambrose Kittredge", "Soledad Ferreira-Nash");
    assertThat(LetterViews.of(LetterKind.DEMAND, SPEECH, SPEECH_DATE).recipient().addressLines())
        .containsExactly("250 Education Way", "Holyoke, MA 01040");
  }

  @Test
  void firstElementStatesTheViolationOfTheImplementationRule() {
    assertThat(complaint(SPEECH, SPEECH_DATE)).contains("1. The violation",
        "Holyoke Public Schools has violated 34 CFR 300.323(c)(2) by failing to implement the IEP I accepted on "
            + "June 18, 2026, which runs from September 8, 2026 to September 7, 2027.",
        "\"As soon as possible following development of the IEP, special education and related services are made "
            + "available to the child in accordance with the child's IEP.\"",
        "Under 603 CMR 28.08(2), the Department's Problem Resolution System investigates complaints");
  }

  @Test
  void secondElementStatesTheChildsNameResidenceAndSchool() {
    assertThat(complaint(SPEECH, SPEECH_DATE)).contains("2. The student\n\nName: Oliver Tremaine-Baptiste\n"
        + "Residence: 64 Pleasant Street, Holyoke, MA 01040\nSchool: Lyman Terrace Elementary School\n");
    assertThat(complaint(OT, OT_DATE)).contains("Residence: 27 Lafayette Street, Unit 2, Salem, MA 01970\n");
  }

  @Test
  void residenceIsTheStudentsOwnAddressWhenGiven() {
    Case c = TestCaseEdits.withStudentAddress(SPEECH, new Address("9 Elm Row", null, "Holyoke", "MA", "01041"));

    assertThat(complaint(c, SPEECH_DATE)).contains("Residence: 9 Elm Row, Holyoke, MA 01041\n")
        .doesNotContain("Residence: 64 Pleasant Street");
  }

  @Test
  void factsAreTheLedgerTable() {
    // speech-one-of-three.ledger.json: 828 required, 540 delivered, 324 owed, 2026-10-05 to 2026-11-13
    assertThat(complaint(SPEECH, SPEECH_DATE)).contains("3. The facts",
        "Speech-language therapy (individual)| 3 sessions of 30 minutes per week| 828| 540| 324| October 5, 2026| "
            + "November 13, 2026\n");
    // ot-vacancy.ledger.json: 708 required, 420 delivered, 300 owed, 2026-10-19 to 2026-11-24
    assertThat(complaint(OT, OT_DATE)).contains(
        "Occupational therapy| 2 sessions of 30 minutes per week| 708| 420| 300| October 19, 2026| November 24, 2026\n");
  }

  @Test
  void shortfallsOlderThanAYearAreLeftOutAndTheComplaintSaysSo() {
    // The logs cover every date to the letter date (logsThrough Oct 9, 2026).
    Case c = SyntheticCases.logsThrough(monthlyCaseFrom2025(List.of()), LocalDate.of(2026, 10, 9));

    String complaint = complaint(c, LocalDate.of(2026, 10, 9));
    String demand = IepLetters.defaults().render(LetterKind.DEMAND, c, LocalDate.of(2026, 10, 9)).text();

    // Sep 2025 (last school day Sep 30, 2025, before Oct 9, 2025) is left out. Kept: Oct 2025 (30 required,
    // 0 delivered), Nov 2025 to Sep 2026 (11 x 30 required and delivered): 360 required, 330 delivered, 30 owed,
    // Oct 1 to Oct 31, 2025. October 2026 is not counted: it is not complete by the letter date (v2 evidence rule;
    // the v1 figure counted Oct 1-9, 2026 as 10 more minutes owed).
    assertThat(complaint).contains(
        "Speech-language therapy| 1 session of 30 minutes per month| 360| 330| 30| October 1, 2025| October 31, 2025\n",
        "Shortfalls before October 9, 2025 are not included, because a complaint may allege only violations within "
            + "one year (34 CFR 300.153(c)).",
        "compensatory services for the minutes owed: 30 minutes of Speech-language therapy,");
    // the demand reaches back to the start of the IEP: Sep 2025 adds 30 required and 30 owed, from Sep 2, 2025
    assertThat(demand).contains(
        "Speech-language therapy| 1 session of 30 minutes per month| 390| 330| 60| September 2, 2025| October 31, 2025\n");
  }

  @Test
  void complaintWithinOneYearLeavesNothingOutAndSaysNothingAboutIt() {
    assertThat(complaint(SPEECH, SPEECH_DATE)).doesNotContain("are not included");
  }

  @Test
  void complaintDoesNotApplyWhenEveryShortfallIsOlderThanAYear() {
    // Oct 2025 and Oct 1, 2026 delivered: only Sep 2025 fell short, more than a year before Oct 1, 2026
    Case c = monthlyCaseFrom2025(List.of(delivered("speech", LocalDate.of(2025, 10, 14), 30),
        delivered("speech", LocalDate.of(2026, 10, 1), 30)));

    assertThatThrownBy(() -> complaint(c, LocalDate.of(2026, 10, 1)))
        .isInstanceOfSatisfying(LetterNotApplicableException.class,
            e -> assertThat(e.getMessage()).contains("more than one year", "34 CFR 300.153(c)"));
    assertThat(IepLetters.defaults().render(LetterKind.DEMAND, c, LocalDate.of(2026, 10, 1)).text())
        .contains("minutes owed: 30 minutes of Speech-language therapy.");
    // the plan recommends the demand but no complaint it could not file, and says why
    EscalationPlan plan = EscalationPlan.of(c, LocalDate.of(2026, 10, 1));
    assertThat(plan.hasStep(LetterKind.DEMAND)).isTrue();
    assertThat(plan.hasStep(LetterKind.PRS_COMPLAINT)).isFalse();
    assertThat(plan.notes()).anySatisfy(note -> assertThat(note).startsWith("No PRS complaint: ")
        .contains("34 CFR 300.153(c)", "34 CFR 300.511(e)"));
  }

  @Test
  void fourthElementDescribesTheProblemInTheParentsWords() {
    String text = complaint(SPEECH, SPEECH_DATE);

    assertThat(text).contains("4. The nature of the problem",
        "Oliver has not received the services the IEP requires, as the table above shows.",
        "In my own words:\n\nSince October the logs show one speech session a week instead of three.");
  }

  @Test
  void concernsOfSeveralParagraphsStayParagraphs() {
    Case c = TestCaseEdits.withConcerns(SPEECH, "First *point* | here.\n\nSecond point.");

    assertThat(complaint(c, SPEECH_DATE)).contains("In my own words:\n\nFirst *point* | here.\n\nSecond point.");
    assertThat(complaint(TestCaseEdits.withConcerns(SPEECH, null), SPEECH_DATE)).doesNotContain("In my own words");
  }

  @Test
  void fifthElementProposesCompensatoryServicesResumptionAndLogs() {
    assertThat(complaint(SPEECH, SPEECH_DATE)).contains("5. Proposed resolution",
        "1. Provide compensatory services for the minutes owed: 324 minutes of Speech-language therapy "
            + "(individual), on a written schedule agreed with me.",
        "2. Resume full delivery of every service on the IEP at once.",
        "3. Keep service delivery logs for every session from now on");
    assertThat(complaint(OT, OT_DATE)).contains("minutes owed: 300 minutes of Occupational therapy,");
  }

  @Test
  void complaintCarriesTheComplainantsSignatureAndContactDetails() {
    assertThat(complaint(OT, OT_DATE)).contains("6. The complainant\n\nRowan Ashcombe\nParent of Juniper Ashcombe\n"
            + "27 Lafayette Street, Unit 2\nSalem, MA 01970\nEmail: rowan.ashcombe@example.org\nPhone: 978-555-0101",
        "Sincerely,\n\nRowan Ashcombe\nParent of Juniper Ashcombe");
  }

  @Test
  void complaintSaysACopyGoesToTheDistrictTheSameDay() {
    assertThat(complaint(SPEECH, SPEECH_DATE)).contains("As 34 CFR 300.153(d) requires, I am sending a copy of this "
        + "complaint to Holyoke Public Schools on the same day I file it with the Department.");
  }

  @Test
  void complaintGivesTheSixtyDayDecisionDate() {
    // prsDecisionDue: speech 2027-01-12, ot 2027-02-09 (both Tuesdays)
    assertThat(complaint(SPEECH, SPEECH_DATE)).contains("Under 34 CFR 300.152(a), the Department has 60 days after "
        + "a complaint is filed to issue a written decision",
        "For a complaint filed on November 13, 2026, I expect the written decision by Tuesday, January 12, 2027.");
    assertThat(complaint(OT, OT_DATE)).contains("I expect the written decision by Tuesday, February 9, 2027.");
  }

  @Test
  void attachmentsListTheIepTheLogsAndEveryEarlierLetterWithAnUnansweredDemand() {
    Case c = TestCaseEdits.withCorrespondence(SPEECH, list(
        new Correspondence(LocalDate.of(2026, 11, 2), Direction.SENT, LetterKind.DEMAND,
            "Sent by email to the team chair"),
        new Correspondence(LocalDate.of(2026, 10, 20), Direction.SENT, LetterKind.RECORDS_REQUEST,
            "Sent by email to the principal"),
        new Correspondence(LocalDate.of(2026, 10, 28), Direction.RECEIVED, null, "Logs received by email"),
        new Correspondence(LocalDate.of(2026, 11, 20), Direction.RECEIVED, null, "A reply after filing")));

    String text = complaint(c, SPEECH_DATE);

    assertThat(text).contains("Enclosures:\n"
        + "The accepted IEP, for September 8, 2026 to September 7, 2027, accepted on June 18, 2026\n"
        + "The service delivery logs provided by the district\n"
        + "Request for the student record, sent October 20, 2026: Sent by email to the principal\n"
        + "Reply from the district, received October 28, 2026: Logs received by email\n"
        + "Demand to implement the IEP, sent November 2, 2026, not answered: Sent by email to the team chair\n\n");
    assertThat(text).contains("On November 2, 2026 I asked the district in writing to resume the services and to "
        + "plan compensatory services. I have received no answer.");
    assertThat(text).doesNotContain("A reply after filing");
  }

  @Test
  void answeredDemandIsListedWithoutComment() {
    Case c = TestCaseEdits.withCorrespondence(SPEECH, list(
        new Correspondence(LocalDate.of(2026, 11, 2), Direction.SENT, LetterKind.DEMAND, "By email"),
        new Correspondence(LocalDate.of(2026, 11, 5), Direction.RECEIVED, null, "The district says it is hiring")));

    String text = complaint(c, SPEECH_DATE);

    assertThat(text).contains("Demand to implement the IEP, sent November 2, 2026: By email\n",
        "Reply from the district, received November 5, 2026: The district says it is hiring");
    assertThat(text).doesNotContain("not answered", "I have received no answer");
  }

  @Test
  void complaintDoesNotApplyWhenNothingIsOwed() {
    assertThatThrownBy(() -> complaint(CaseFixtures.read("budget-cut"), CaseFixtures.asOf("budget-cut")))
        .isInstanceOfSatisfying(LetterNotApplicableException.class, e -> {
          assertThat(e.kind()).isEqualTo(LetterKind.PRS_COMPLAINT);
          assertThat(e.getMessage()).contains("no minutes owed");
        });
  }

  @Test
  void complaintWordsFollowThePronouns() {
    assertThat(complaint(SPEECH, SPEECH_DATE)).contains("has not implemented my son's accepted IEP",
        "The Team found these services necessary for him,");
    assertThat(complaint(OT, OT_DATE)).contains("has not implemented my daughter's accepted IEP",
        "Juniper has not received the services", "necessary for her,");
    assertThat(complaint(TestCaseEdits.withPronouns(SPEECH, Pronouns.THEY), SPEECH_DATE))
        .contains("has not implemented my child's accepted IEP", "necessary for them,");
  }

  @Test
  void eligibleStudentFilesForThemself() {
    String text = complaint(eligibleStudent(), SPEECH_DATE);

    assertThat(text).contains("has not implemented my accepted IEP",
        "I have not received the services my IEP requires, as the table above shows. The Team found these services "
            + "necessary for me,",
        "Danielle Tremaine-Baptiste\nThe student, filing for myself\n");
    assertThat(text).doesNotContain("Parent of", "my son", "Oliver has");
  }

  @Test
  void complaintStatesNothingUnconfirmedOrOutdated() {
    for (String text : new String[] {complaint(SPEECH, SPEECH_DATE), complaint(OT, OT_DATE)}) {
      assertThat(text).doesNotContain("Letter of Finding", "5 school days", "$", "765", "82%", "75 Pleasant Street",
          "28.05(7)", "without delay", "compliance@");
    }
  }

  /**
   * Monthly speech, 1 x 30, on an IEP from Mon 2025-09-01 (Labor Day) to 2026-12-31, without a school calendar;
   * 30 minutes delivered in each month from November 2025 to September 2026, plus the given entries.
   */
  private static Case monthlyCaseFrom2025(List<ServiceLogEntry> more) {
    List<ServiceLogEntry> logs = new ArrayList<>(more);
    for (LocalDate month = LocalDate.of(2025, 11, 1); month.isBefore(LocalDate.of(2026, 10, 1));
        month = month.plusMonths(1)) {
      logs.add(delivered("speech", month.withDayOfMonth(10).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)),
          30));
    }
    return caseOf(null, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 12, 31), list(line("speech", 1, 30,
        Period.MONTH)), logs);
  }

  /** The speech case signed by Oliver himself, 18 since October 2026. */
  private static Case eligibleStudent() {
    return TestCaseEdits.withRelationship(TestCaseEdits.withDateOfBirth(SPEECH, LocalDate.of(2008, 10, 1)),
        Relationship.STUDENT);
  }
}
