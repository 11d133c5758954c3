package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iepletters.SyntheticCases.YEAR_2026;
import static org.iepletters.SyntheticCases.caseOf;
import static org.iepletters.SyntheticCases.delivered;
import static org.iepletters.SyntheticCases.line;
import static org.iepletters.SyntheticCases.list;

import java.time.LocalDate;
import java.util.List;
import org.iepletters.ledger.LineLedger;
import org.iepletters.ledger.PeriodFigures;
import org.iepletters.ledger.ServiceLedger;
import org.iepletters.letters.Wording;
import org.iepletters.model.Case;
import org.iepletters.model.Correspondence;
import org.iepletters.model.Direction;
import org.iepletters.model.LogStatus;
import org.iepletters.model.Grid;
import org.iepletters.model.Period;
import org.iepletters.model.Pronouns;
import org.iepletters.model.Relationship;
import org.iepletters.model.ServiceLine;
import org.junit.jupiter.api.Test;

/**
 * The demand for the public cases at their as-of dates. Expected figures are those of
 * {@code cases/expected/*.ledger.json} and {@code *.deadlines.json}, written out by hand.
 */
class DemandLetterTest {

  private static final Case SPEECH = CaseFixtures.read("speech-one-of-three");
  private static final LocalDate SPEECH_DATE = CaseFixtures.asOf("speech-one-of-three");
  private static final Case OT = CaseFixtures.read("ot-vacancy");
  private static final LocalDate OT_DATE = CaseFixtures.asOf("ot-vacancy");

  private static String demand(Case c, LocalDate date) {
    return IepLetters.defaults().render(LetterKind.DEMAND, c, date).text();
  }


  @Test
  void speechTableReadsOffTheRow() {
    // speech-one-of-three.ledger.json: required 828, delivered 540, no make-up, owed 324, counted Sep 8 to Nov 13
    assertThat(demand(SPEECH, SPEECH_DATE)).contains("Service| Frequency on the IEP| Span counted| Required| "
            + "Delivered| Shortfall| Make-up credited| Owed\n"
            + "Speech-language therapy (individual)| 3 sessions of 30 minutes per week| September 8, 2026 to "
            + "November 13, 2026| 828| 540| 324| 0| 324\n",
        "The district's own service delivery logs, counted from September 8, 2026 to November 13, 2026, show these "
            + "shortfalls:");
  }

  @Test
  void otTableReadsOffTheRow() {
    // ot-vacancy.ledger.json: required 708, delivered 420, owed 300, counted Sep 14 to Dec 11
    assertThat(demand(OT, OT_DATE)).contains("Occupational therapy| 2 sessions of 30 minutes per week| September 14, "
        + "2026 to December 11, 2026| 708| 420| 300| 0| 300\n");
  }

  @Test
  void makeUpCreditedIsTheDifferenceBetweenShortfallAndOwed() {
    // Mon 2026-09-14 to Fri 2026-10-02, 2 x 30 weekly: week 1 delivers one session (30 short), week 2 none
    // (60 short), week 3 both sessions plus a 30-minute make-up: shortfall 90, make-up 30, owed 60
    Case c = caseOf(YEAR_2026, LocalDate.of(2026, 9, 14), LocalDate.of(2027, 6, 16),
        list(line("speech", 2, 30, Period.WEEK)),
        list(delivered("speech", LocalDate.of(2026, 9, 15), 30), delivered("speech", LocalDate.of(2026, 9, 29), 30),
            delivered("speech", LocalDate.of(2026, 10, 1), 30),
            SyntheticCases.entry("speech", LocalDate.of(2026, 10, 2), 30, LogStatus.MAKEUP)));

    String text = demand(c, LocalDate.of(2026, 10, 2));

    assertThat(text).contains("Speech-language therapy| 2 sessions of 30 minutes per week| September 14, 2026 to "
            + "October 2, 2026| 180| 90| 90| 30| 60\n",
        "Week of September 14, 2026| 5| 60| 30| 0| 30\n", "Week of September 21, 2026| 5| 60| 0| 0| 60\n",
        "Week of September 28, 2026| 5| 60| 60| 0| 0\n", "Total| 15| 180| 90| 0| 90\n",
        "Shortfall: 90 minutes. Make-up credited: 30 minutes. Owed: 60 minutes.");
  }

  @Test
  void demandStatesTheAcceptedIep() {
    assertThat(demand(SPEECH, SPEECH_DATE)).contains(
        "I accepted the IEP on June 18, 2026; it runs from September 8, 2026 to September 7, 2027.");
  }

  @Test
  void demandCitesTheStateAndFederalImplementationRules() {
    assertThat(demand(SPEECH, SPEECH_DATE)).contains(
        "Under 603 CMR 28.05(7)(b), \"Upon parental response to the proposed IEP and proposed placement, the school "
            + "district shall implement all accepted elements of the IEP without delay.\"",
        "Under 34 CFR 300.323(c)(2), the district must ensure that \"As soon as possible following development of "
            + "the IEP, special education and related services are made available to the child in accordance with "
            + "the child's IEP.\"",
        "Under 34 CFR 300.17(d), a free appropriate public education is special education and related services that "
            + "are \"provided in conformity with\" the IEP.",
        "Under 603 CMR 28.06(2)(d), \"The school district shall not delay implementation of the IEP due to lack of "
            + "classroom space or personnel, shall provide as many of the services on the accepted IEP as possible "
            + "and shall immediately inform the parent in writing of any delayed services");
  }

  @Test
  void demandAsksForAPlanThatRunsUntilFullDeliveryResumes() {
    assertThat(demand(SPEECH, SPEECH_DATE)).contains(
        "1. Explain in writing why these services were not delivered as the IEP requires.",
        "2. Tell me in writing the date on which full delivery of every service on the IEP will resume.",
        "3. Give me a written compensatory services plan for the minutes owed, 324 minutes of Speech-language "
            + "therapy (individual), and for every session missed after November 13, 2026 until full delivery "
            + "resumes. The plan should say who will provide the sessions (a provider qualified for the service, "
            + "contracted from outside the district while a position is vacant), when they will take place (not in "
            + "place of his core instruction, unless I agree otherwise in writing), and the date by which they will "
            + "all be completed.",
        "4. Where a session was missed for lack of space or personnel, send me the written notice 603 CMR "
            + "28.06(2)(d) requires",
        "5. Keep service delivery logs for every session from now on, compensatory sessions included.");
    assertThat(demand(OT, OT_DATE)).contains("for the minutes owed, 300 minutes of Occupational therapy, and for "
        + "every session missed after December 11, 2026 until full delivery resumes.");
  }

  @Test
  void demandInvitesNoBargainingOverTheMinutesOwed() {
    for (String text : new String[] {demand(SPEECH, SPEECH_DATE), demand(OT, OT_DATE)}) {
      assertThat(text).doesNotContainIgnoringCase("settle").doesNotContainIgnoringCase("prefer")
          .doesNotContainIgnoringCase("negotiat").doesNotContainIgnoringCase("compromise")
          .doesNotContainIgnoringCase("hour-for-hour").doesNotContainIgnoringCase("one-for-one");
    }
  }

  @Test
  void answerIsDueFiveBusinessDaysLaterAsTheParentsRequestAndMustIncludeThePlan() {
    // speech-one-of-three.deadlines.json: demandResponseDue 2026-11-20; ot-vacancy: 2026-12-18
    String speech = demand(SPEECH, SPEECH_DATE);

    assertThat(speech).contains("Please send me a written answer that includes the compensatory services plan by "
            + "Friday, November 20, 2026. That date is my own request, not a period set by law",
        "I am available for a Team meeting to agree the details of the plan");
    assertThat(demand(OT, OT_DATE)).contains("plan by Friday, December 18, 2026.");
  }

  @Test
  void demandSaysAComplaintToTheProblemResolutionSystemFollowsOtherwise() {
    assertThat(demand(SPEECH, SPEECH_DATE)).contains("If I have not received a written answer that includes the plan "
        + "by then, I will file a complaint with the Problem Resolution System of the Massachusetts Department of "
        + "Elementary and Secondary Education");
  }

  @Test
  void demandGoesToTheTeamChairAndTheDirectorByEmail() {
    assertThat(demand(SPEECH, SPEECH_DATE)).contains(
        "Soledad Ferreira-Nash, Team Chair\nAmbrose Kittredge, Director of Special Education\nHolyoke Public Schools",
        "Dear Soledad Ferreira-Nash and Ambrose Kittredge:",
        "Sent by email to Soledad Ferreira-Nash (sferreiranash@example.org) and Ambrose Kittredge "
            + "(akittredge@example.org).");
  }

  @Test
  void exhibitAFollowsAPageBreakWithOneRowPerCountedPeriod() {
    Letter letter = IepLetters.defaults().render(LetterKind.DEMAND, OT, OT_DATE);
    LineLedger ot = ServiceLedger.of(OT, OT_DATE).line("ot").orElseThrow();
    String text = letter.text();
    String exhibit = text.substring(text.indexOf("Exhibit A: service delivery summary\n"));

    assertThat(letter.markdown()).contains("\n***\n\n# Exhibit A: service delivery summary\n");
    assertThat(text).contains("Enclosures:\nExhibit A: service delivery summary (after this letter)\n");
    assertThat(exhibit).contains("Period| School days| Required| Delivered| Excused absences| Shortfall\n");
    List<String> rows = exhibit.lines().filter(l -> l.startsWith("Week of ")).toList();
    assertThat(rows).hasSize(ot.periodFigures().size());
    for (int i = 0; i < rows.size(); i++) {
      PeriodFigures p = ot.periodFigures().get(i);
      assertThat(rows.get(i)).isEqualTo("Week of " + Wording.date(p.start()) + "| " + p.schoolDays() + "| "
          + p.requiredMinutes() + "| " + p.deliveredMinutes() + "| " + p.excusedMinutes() + "| "
          + p.shortfallMinutes());
    }
    assertThat(exhibit).contains("Total| 59| 708| 420| 0| 300\n",
        "Shortfall: 300 minutes. Make-up credited: 0 minutes. Owed: 300 minutes.");
  }

  @Test
  void exhibitAListsEveryCancelledSessionWithTheLogsNote() {
    String text = demand(OT, OT_DATE);
    String exhibit = text.substring(text.indexOf("Exhibit A: service delivery summary\n"));

    // ot-vacancy.json: ten CANCELLED entries, Oct 20 to Nov 24, each noted "Occupational therapist position vacant"
    List<String> cancelled = exhibit.lines().filter(l -> l.startsWith("- ")).toList();
    assertThat(cancelled).containsExactly(
        "- October 20, 2026: Occupational therapist position vacant",
        "- October 22, 2026: Occupational therapist position vacant",
        "- October 27, 2026: Occupational therapist position vacant",
        "- October 29, 2026: Occupational therapist position vacant",
        "- November 5, 2026: Occupational therapist position vacant",
        "- November 10, 2026: Occupational therapist position vacant",
        "- November 12, 2026: Occupational therapist position vacant",
        "- November 17, 2026: Occupational therapist position vacant",
        "- November 19, 2026: Occupational therapist position vacant",
        "- November 24, 2026: Occupational therapist position vacant");
    assertThat(text).contains("The logs record sessions that the district cancelled; Exhibit A lists each with the "
        + "log's own note.");
    assertThat(demand(SPEECH, SPEECH_DATE)).doesNotContain("cancelled");
  }

  @Test
  void lineWithoutLogsIsNeverStatedAsAShortfallBesideALoggedOne() {
    // Tue 2026-09-08 to Fri 2026-10-09. Speech 5 x 60 weekly has no log entry: the week of Labor Day has 4 school
    // days (300 x 4/5 = 240), then four full weeks of 300: 1,440 minutes required. OT 1 x 30 weekly is logged
    // once, Sep 15: weeks of Sep 7 (24 required), Sep 21, Sep 28, Oct 5 fall short; 144 required, 30 delivered,
    // 24 + 30 + 30 + 30 = 114 owed.
    ServiceLine ot = new ServiceLine("ot", "Occupational therapy", Grid.C, "Occupational therapist", 1, 30,
        Period.WEEK, null, null, null);
    Case c = caseOf(YEAR_2026, LocalDate.of(2026, 9, 8), LocalDate.of(2027, 6, 16),
        list(line("speech", 5, 60, Period.WEEK), ot), list(delivered("ot", LocalDate.of(2026, 9, 15), 30)));
    c = SyntheticCases.logsThrough(c, LocalDate.of(2026, 10, 9)); // the logs cover the week of 10/5 in full

    String text = demand(c, LocalDate.of(2026, 10, 9));

    assertThat(text).contains(
        "Occupational therapy| 1 session of 30 minutes per week| September 8, 2026 to October 9, 2026| 144| 30| 114| "
            + "0| 114\n",
        "The district has provided no service delivery logs for Speech-language therapy. From September 8, 2026 to "
            + "October 9, 2026, the IEP required 1,440 minutes of it (5 sessions of 60 minutes per week). Without "
            + "logs I cannot tell how many of those minutes were delivered.",
        "for the minutes owed, 114 minutes of Occupational therapy, and",
        "5. Send me the service delivery logs for Speech-language therapy from the start of the IEP to date, and "
            + "include in the plan every session the logs do not show was delivered.");
    assertThat(text).doesNotContain("Speech-language therapy| ", "1,440 minutes of Speech", "In total");
  }

  @Test
  void lineWithoutLogsNamesTheRecordsRequestWhenOneWasSent() {
    Case c = caseOf(YEAR_2026, LocalDate.of(2026, 9, 8), LocalDate.of(2027, 6, 16),
        list(line("speech", 5, 60, Period.WEEK)), list());
    c = TestCaseEdits.withCorrespondence(c, list(new Correspondence(LocalDate.of(2026, 9, 21), Direction.SENT,
        LetterKind.RECORDS_REQUEST, "By email")));

    String text = demand(c, LocalDate.of(2026, 10, 9));

    assertThat(text).contains("The district has provided no service delivery logs for Speech-language therapy, "
        + "although I requested the records on September 21, 2026.");
    assertThat(text).doesNotContain("Exhibit A", "Make-up credited", "1,440 minutes of Speech");
  }

  @Test
  void logsEndingBeforeTheLetterDateLimitEveryFigureToTheWeeksTheyCover() {
    // 2 x 30 weekly from Mon 2026-09-14; logs cover through Fri 2026-10-02 (one session a week delivered), the
    // letter is dated Fri 2026-10-16: only the three weeks to Oct 2 are counted, 180 required, 90 delivered, 90 owed
    Case c = caseOf(YEAR_2026, LocalDate.of(2026, 9, 14), LocalDate.of(2027, 6, 16),
        list(line("speech", 2, 30, Period.WEEK)),
        list(delivered("speech", LocalDate.of(2026, 9, 15), 30), delivered("speech", LocalDate.of(2026, 9, 22), 30),
            delivered("speech", LocalDate.of(2026, 9, 29), 30)));
    c = SyntheticCases.logsThrough(c, LocalDate.of(2026, 10, 2));

    String text = demand(c, LocalDate.of(2026, 10, 16));

    assertThat(text).contains("counted from September 14, 2026 to October 2, 2026, show these shortfalls:",
        "| September 14, 2026 to October 2, 2026| 180| 90| 90| 0| 90\n",
        "and for every session missed after October 2, 2026 until full delivery resumes");
    assertThat(text).doesNotContain("Week of October 5", "Week of October 12", "October 9, 2026",
        "October 16, 2026|");
  }

  @Test
  void severalLinesAreListedAndTotalled() {
    // Tue 2026-09-08 to Fri 2026-10-09, each line logged once in the week of Sep 14 with its full week:
    // speech 1 x 60 weekly: 48 + 0 + 60 + 60 + 60 = 228 owed; OT 1 x 30 weekly: 24 + 0 + 30 + 30 + 30 = 114 owed
    ServiceLine ot = new ServiceLine("ot", "Occupational therapy", Grid.C, "Occupational therapist", 1, 30,
        Period.WEEK, null, null, null);
    Case c = caseOf(YEAR_2026, LocalDate.of(2026, 9, 8), LocalDate.of(2027, 6, 16),
        list(line("speech", 1, 60, Period.WEEK), ot),
        list(delivered("speech", LocalDate.of(2026, 9, 15), 60), delivered("ot", LocalDate.of(2026, 9, 15), 30)));
    c = SyntheticCases.logsThrough(c, LocalDate.of(2026, 10, 9));

    assertThat(demand(c, LocalDate.of(2026, 10, 9))).contains(
        "In total, 342 minutes of services are owed.",
        "for the minutes owed, 228 minutes of Speech-language therapy and 114 minutes of Occupational therapy, and");
  }

  @Test
  void demandWithLogsForEveryLineAsksForNoMissingLogs() {
    assertThat(demand(SPEECH, SPEECH_DATE)).doesNotContain("no service delivery logs", "Send me the service delivery");
  }

  @Test
  void demandDoesNotApplyWhenNothingIsOwed() {
    assertThatThrownBy(() -> demand(CaseFixtures.read("budget-cut"), CaseFixtures.asOf("budget-cut")))
        .isInstanceOfSatisfying(LetterNotApplicableException.class, e -> {
          assertThat(e.kind()).isEqualTo(LetterKind.DEMAND);
          assertThat(e.getMessage()).contains("no minutes owed");
        });
  }

  @Test
  void parentWritesAboutASonADaughterOrAChild() {
    assertThat(demand(SPEECH, SPEECH_DATE)).contains("the services of my son's IEP as written")
        .contains("Parent of Oliver Tremaine-Baptiste");
    assertThat(demand(OT, OT_DATE)).contains("the services of my daughter's IEP as written");
    assertThat(demand(TestCaseEdits.withPronouns(SPEECH, Pronouns.THEY), SPEECH_DATE))
        .contains("the services of my child's IEP as written");
    assertThat(demand(TestCaseEdits.withRelationship(SPEECH, Relationship.GUARDIAN), SPEECH_DATE))
        .contains("the services of Oliver's IEP as written", "Guardian of Oliver Tremaine-Baptiste");
  }

  @Test
  void eligibleStudentWritesAboutThemself() {
    String text = demand(eligibleStudent(), SPEECH_DATE);

    assertThat(text).contains("the services of my IEP as written. I accepted the IEP on June 18, 2026");
    assertThat(text).doesNotContain("my son", "Parent of", " he ", " his ");
  }

  @Test
  void demandStatesNothingUnconfirmedOrOutdated() {
    for (String text : new String[] {demand(SPEECH, SPEECH_DATE), demand(OT, OT_DATE)}) {
      assertThat(text).doesNotContain("Letter of Finding", "5 school days", "$", "765", "82%", "75 Pleasant Street",
          "statutory", "required by law", "first-class");
    }
  }

  /** The speech case signed by Oliver himself, 18 since October 2026. */
  private static Case eligibleStudent() {
    return TestCaseEdits.withRelationship(TestCaseEdits.withDateOfBirth(SPEECH, LocalDate.of(2008, 10, 1)),
        Relationship.STUDENT);
  }
}
