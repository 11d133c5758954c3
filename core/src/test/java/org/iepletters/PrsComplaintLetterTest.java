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
import org.iepletters.ledger.LineLedger;
import org.iepletters.ledger.PeriodFigures;
import org.iepletters.ledger.ServiceLedger;
import org.iepletters.letters.LetterView;
import org.iepletters.letters.LetterViews;
import org.iepletters.letters.Wording;
import org.iepletters.model.Address;
import org.iepletters.model.BseaCase;
import org.iepletters.model.Case;
import org.iepletters.model.Contact;
import org.iepletters.model.ContactRole;
import org.iepletters.model.Correspondence;
import org.iepletters.model.Direction;
import org.iepletters.model.Grid;
import org.iepletters.model.Period;
import org.iepletters.model.Pronouns;
import org.iepletters.model.ProposedIep;
import org.iepletters.model.Relationship;
import org.iepletters.model.ServiceLine;
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
        "A copy was sent on November 13, 2026 by email to Ambrose Kittredge (akittredge@example.org) and Soledad "
            + "Ferreira-Nash (sferreiranash@example.org).");
    assertThat(text).doesNotContain("Dear ", "250 Education Way", "Malden", "first-class", "by mail");
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
  void firstElementStatesTheViolationOfTheStateAndFederalImplementationRules() {
    String text = complaint(SPEECH, SPEECH_DATE);

    assertThat(text).contains("1. The violation",
        "Holyoke Public Schools has failed to implement the IEP I accepted on June 18, 2026, which runs from "
            + "September 8, 2026 to September 7, 2027. That violates:",
        "- 603 CMR 28.05(7)(b): \"Upon parental response to the proposed IEP and proposed placement, the school "
            + "district shall implement all accepted elements of the IEP without delay.\"\n",
        "- 34 CFR 300.323(c)(2): each public agency must ensure that \"As soon as possible following development of "
            + "the IEP, special education and related services are made available to the child in accordance with "
            + "the child's IEP.\"\n",
        "- 34 CFR 300.17(d): a free appropriate public education is special education and related services that are "
            + "\"provided in conformity with\" the IEP.\n",
        "Under 603 CMR 28.08(2), the Department's Problem Resolution System investigates complaints");
    // no session was cancelled in the speech logs: the staffing rule is asked about, not alleged
    assertThat(text).doesNotContain("- 603 CMR 28.06(2)(d)", "300.151(b)(2)");
  }

  @Test
  void cancelledSessionsAddTheStaffingRuleAndReliefForOtherStudents() {
    String text = complaint(OT, OT_DATE);

    assertThat(text).contains("- 603 CMR 28.06(2)(d): the district cancelled sessions, yet \"The school district shall "
            + "not delay implementation of the IEP due to lack of classroom space or personnel",
        "Because the district cancelled sessions, correct the same failure for the other students it affects, as 34 "
            + "CFR 300.151(b)(2) provides",
        "- October 20, 2026: Occupational therapist position vacant\n");
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
        "Speech-language therapy (individual)| 3 sessions of 30 minutes per week| September 8, 2026 to November 13, "
            + "2026| 828| 540| 324| 0| 324\n");
    // ot-vacancy.ledger.json: 708 required, 420 delivered, 300 owed
    assertThat(complaint(OT, OT_DATE)).contains("Occupational therapy| 2 sessions of 30 minutes per week| September "
        + "14, 2026 to December 11, 2026| 708| 420| 300| 0| 300\n");
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
        "Speech-language therapy| 1 session of 30 minutes per month| October 1, 2025 to September 30, 2026| 360| "
            + "330| 30| 0| 30\n",
        "Shortfalls in periods that ended before October 9, 2025 are not part of this complaint, because a complaint "
            + "may allege only violations within one year (34 CFR 300.153(c)). They remain open to a hearing request "
            + "to the Bureau of Special Education Appeals, which may be made within two years (34 CFR 300.511(e)).",
        "These figures were counted without the district's calendar; vacation days may be included.",
        "compensatory services for the minutes owed, 30 minutes of Speech-language therapy, and");
    assertThat(complaint).doesNotContain("September 2025|");
    // the demand reaches back to the start of the IEP: Sep 2025 adds 30 required and 30 owed, from Sep 2, 2025
    assertThat(demand).contains("Speech-language therapy| 1 session of 30 minutes per month| September 2, 2025 to "
        + "September 30, 2026| 390| 330| 60| 0| 60\n", "September 2025| 21| 30| 0| 0| 30\n");
  }

  @Test
  void complaintWithinOneYearLeavesNothingOutAndSaysNothingAboutIt() {
    assertThat(complaint(SPEECH, SPEECH_DATE)).doesNotContain("are not part of this complaint", "two years");
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
        .contains("for the minutes owed, 30 minutes of Speech-language therapy, and");
    // the plan recommends the demand but no complaint it could not file, and says why
    EscalationPlan plan = EscalationPlan.of(c, LocalDate.of(2026, 10, 1));
    assertThat(plan.hasStep(LetterKind.DEMAND)).isTrue();
    assertThat(plan.hasStep(LetterKind.PRS_COMPLAINT)).isFalse();
    assertThat(plan.notes()).anySatisfy(note -> assertThat(note)
        .contains("beyond the one year a PRS complaint can reach", "34 CFR 300.153(c)", "34 CFR 300.511(e)"));
  }

  @Test
  void fourthElementDescribesTheProblemInTheParentsWords() {
    String text = complaint(SPEECH, SPEECH_DATE);

    assertThat(text).contains("4. The nature of the problem",
        "Oliver has not received the services the IEP requires, as the facts above show.",
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
    assertThat(complaint(SPEECH, SPEECH_DATE)).contains("7. Proposed resolution",
        "1. Provide compensatory services for the minutes owed, 324 minutes of Speech-language therapy (individual), "
            + "and for every session missed after November 13, 2026 until full delivery resumes, by a provider "
            + "qualified for the service (contracted from outside the district while a position is vacant), not in "
            + "place of his core instruction unless I agree, under a written plan that states the date by which the "
            + "sessions will be completed.",
        "2. Resume full delivery of every service on the IEP at once.",
        "3. Keep service delivery logs for every session from now on",
        "4. Where a session was missed for lack of space or personnel, give me the written notice 603 CMR "
            + "28.06(2)(d) requires");
    assertThat(complaint(OT, OT_DATE)).contains("minutes owed, 300 minutes of Occupational therapy, and");
  }

  @Test
  void complaintCarriesTheComplainantsSignatureAndContactDetails() {
    assertThat(complaint(OT, OT_DATE)).contains("8. The complainant\n\nRowan Ashcombe\nParent of Juniper Ashcombe\n"
            + "27 Lafayette Street, Unit 2\nSalem, MA 01970\nEmail: rowan.ashcombe@example.org\nPhone: 978-555-0101",
        "Sincerely,\n\n\n\n____________________________________\nRowan Ashcombe\nParent of Juniper Ashcombe\n"
            + "Date: December 11, 2026\n");
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
        "For a complaint filed on November 13, 2026, I expect the written decision by Tuesday, January 12, 2027. If I "
            + "have not received it by then, I will write to the Problem Resolution System Office.");
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
        + "Exhibit A: service delivery summary (after this letter)\n"
        + "The accepted IEP, for September 8, 2026 to September 7, 2027, accepted on June 18, 2026\n"
        + "The service delivery logs provided by the district\n"
        + "Request for the student record, sent October 20, 2026: Sent by email to the principal\n"
        + "Reply from the district, received October 28, 2026: Logs received by email\n"
        + "Demand to implement the IEP, sent November 2, 2026, not answered: Sent by email to the team chair\n\n");
    assertThat(text).contains("5. Attempts to resolve the problem\n\n"
        + "- October 20, 2026: I sent the district my letter \"Request for the student record\" (Sent by email to "
        + "the principal).\n"
        + "- October 28, 2026: the district replied (Logs received by email).\n"
        + "- November 2, 2026: I sent the district my letter \"Demand to implement the IEP\" (Sent by email to the "
        + "team chair). I have received no answer.\n");
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
        "I have not received the services my IEP requires, as the facts above show. The Team found these services "
            + "necessary for me,",
        "Danielle Tremaine-Baptiste\nThe student, filing for myself\n");
    assertThat(text).doesNotContain("Parent of", "my son", "Oliver has");
  }

  @Test
  void complaintStatesNothingUnconfirmedOrOutdated() {
    for (String text : new String[] {complaint(SPEECH, SPEECH_DATE), complaint(OT, OT_DATE)}) {
      assertThat(text).doesNotContain("Letter of Finding", "5 school days", "$", "765", "82%", "75 Pleasant Street",
          "first-class", "compliance@");
    }
  }

  @Test
  void complaintSaysNoHearingIsPendingAndGivesTheOnlineIntake() {
    String text = complaint(SPEECH, SPEECH_DATE);

    assertThat(text).contains("6. Other proceedings\n\nNo hearing about these issues is pending at the Bureau of "
            + "Special Education Appeals.",
        "The Department also accepts complaints through its online intake at https://www.doe.mass.edu/prs/intake/.",
        "5. Attempts to resolve the problem\n\nI have not written to the district about these services before this "
            + "complaint");
  }

  @Test
  void superintendentIsCopiedWhenInTheContacts() {
    List<Contact> contacts = new ArrayList<>(SPEECH.district().contacts());
    contacts.add(new Contact(ContactRole.SUPERINTENDENT, "Imogen Barlow", null));
    String text = complaint(TestCaseEdits.withContacts(SPEECH, contacts), SPEECH_DATE);

    assertThat(text).contains("cc: Ambrose Kittredge, Director of Special Education; Soledad Ferreira-Nash, Team "
            + "Chair; Imogen Barlow, Superintendent",
        "A copy was sent on November 13, 2026 by email to Ambrose Kittredge (akittredge@example.org) and Soledad "
            + "Ferreira-Nash (sferreiranash@example.org), and by mail to Imogen Barlow.");
  }

  @Test
  void unloggedLineBesideALoggedOneStatesNoShortfallAndSaysNoLogsWereProvided() {
    // Tue 2026-09-08 to Fri 2026-10-09: speech 5 x 60 weekly has no log entry (1,440 required);
    // OT 1 x 30 weekly is logged once, Sep 15, and owes 24 + 30 + 30 + 30 = 114
    ServiceLine ot = new ServiceLine("ot", "Occupational therapy", Grid.C, "Occupational therapist", 1, 30,
        Period.WEEK, null, null, null);
    Case c = caseOf(SyntheticCases.YEAR_2026, LocalDate.of(2026, 9, 8), LocalDate.of(2027, 6, 16),
        list(line("speech", 5, 60, Period.WEEK), ot), list(delivered("ot", LocalDate.of(2026, 9, 15), 30)));
    c = SyntheticCases.logsThrough(c, LocalDate.of(2026, 10, 9));

    String text = complaint(c, LocalDate.of(2026, 10, 9));

    assertThat(text).contains("Occupational therapy| 1 session of 30 minutes per week| September 8, 2026 to October 9, "
            + "2026| 144| 30| 114| 0| 114\n",
        "The district has provided no service delivery logs for Speech-language therapy. From September 8, 2026 to "
            + "October 9, 2026, the IEP required 1,440 minutes of it",
        "Give me the service delivery logs for Speech-language therapy from the start of the IEP");
    assertThat(text).doesNotContain("Speech-language therapy| ", "1,440 minutes of Speech", "In total",
        "## Speech");
    String exhibit = text.substring(text.indexOf("Exhibit A: service delivery summary\n"));
    assertThat(exhibit).contains("\nOccupational therapy\n").doesNotContain("Speech");
  }

  @Test
  void complaintDoesNotApplyWhenEveryOwedLineIsUnloggedAndNoRecordsRequestWasSent() {
    Case c = caseOf(SyntheticCases.YEAR_2026, LocalDate.of(2026, 9, 8), LocalDate.of(2027, 6, 16),
        list(line("speech", 5, 60, Period.WEEK)), list());

    assertThatThrownBy(() -> complaint(c, LocalDate.of(2026, 10, 9)))
        .isInstanceOfSatisfying(LetterNotApplicableException.class,
            e -> assertThat(e.getMessage()).contains("no service delivery logs", "records request"));

    Case requested = TestCaseEdits.withCorrespondence(c, list(new Correspondence(LocalDate.of(2026, 9, 21),
        Direction.SENT, LetterKind.RECORDS_REQUEST, "By email")));
    String text = complaint(requested, LocalDate.of(2026, 10, 9));
    assertThat(text).contains("The district has provided no service delivery logs for Speech-language therapy, "
            + "although I requested the records on September 21, 2026.")
        .doesNotContain("Exhibit A", "Make-up credited");
  }

  @Test
  void pendingBseaHearingIsNamed() {
    Case c = SPEECH;
    c = new Case(c.student(), c.guardian(), c.district(), c.iep(), c.proposedIep(), c.serviceLogs(),
        c.nextTeamMeeting(), c.correspondence(), c.refusedRequests(), c.concerns(), c.logsThrough(),
        new BseaCase("2601234", LocalDate.of(2026, 11, 2)));

    assertThat(complaint(c, SPEECH_DATE)).contains("A hearing about these issues is pending at the Bureau of Special "
        + "Education Appeals: case 2601234, requested on November 2, 2026.").doesNotContain("No hearing");
  }

  @Test
  void concernsAboutAProposedIepNeverReachTheComplaint() {
    ProposedIep proposal = new ProposedIep(LocalDate.of(2026, 11, 2), null, LocalDate.of(2026, 11, 16),
        LocalDate.of(2027, 11, 15), SPEECH.iep().services(), "The proposed IEP lowers the articulation goal.",
        List.of("Goal 3"), List.of());
    Case c = SPEECH;
    c = new Case(c.student(), c.guardian(), c.district(), c.iep(), proposal, c.serviceLogs(), c.nextTeamMeeting(),
        c.correspondence(), c.refusedRequests(), c.concerns(), c.logsThrough(), c.bseaCase());

    assertThat(complaint(c, SPEECH_DATE)).contains("Since October the logs show one speech session a week")
        .doesNotContain("articulation goal", "Goal 3");
  }

  @Test
  void exhibitARowsAreTheLedgersCountedPeriods() {
    String text = complaint(SPEECH, SPEECH_DATE);
    String exhibit = text.substring(text.indexOf("\nExhibit A: service delivery summary\n"));
    LineLedger speech = ServiceLedger.of(SPEECH, SPEECH_DATE).services().get(0);

    List<String> rows = exhibit.lines().filter(l -> l.startsWith("Week of ")).toList();
    assertThat(rows).hasSize(speech.periodFigures().size());
    for (int i = 0; i < rows.size(); i++) {
      PeriodFigures p = speech.periodFigures().get(i);
      assertThat(rows.get(i)).isEqualTo("Week of " + Wording.date(p.start()) + "| " + p.schoolDays() + "| "
          + p.requiredMinutes() + "| " + p.deliveredMinutes() + "| " + p.excusedMinutes() + "| "
          + p.shortfallMinutes());
    }
    assertThat(exhibit).contains("Total| 46| 828| 540| 0| 324\n",
        "Shortfall: 324 minutes. Make-up credited: 0 minutes. Owed: 324 minutes.");
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
