package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iepletters.SyntheticCases.YEAR_2026;
import static org.iepletters.SyntheticCases.caseOf;
import static org.iepletters.SyntheticCases.delivered;
import static org.iepletters.SyntheticCases.line;
import static org.iepletters.SyntheticCases.list;

import java.time.LocalDate;
import org.iepletters.model.Case;
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
  void speechTableStatesTheLedgerFigures() {
    // speech-one-of-three.ledger.json: required 828, delivered 540, owed 324, shortfall 2026-10-05 to 2026-11-13
    assertThat(demand(SPEECH, SPEECH_DATE)).contains("Service| Frequency on the IEP| Minutes required| "
            + "Minutes delivered| Minutes owed| Shortfall from| Shortfall through\n"
            + "Speech-language therapy (individual)| 3 sessions of 30 minutes per week| 828| 540| 324| "
            + "October 5, 2026| November 13, 2026\n");
  }

  @Test
  void otTableStatesTheLedgerFigures() {
    // ot-vacancy.ledger.json: required 708, delivered 420, owed 300, shortfall 2026-10-19 to 2026-11-24
    assertThat(demand(OT, OT_DATE)).contains("Occupational therapy| 2 sessions of 30 minutes per week| 708| 420| 300| "
        + "October 19, 2026| November 24, 2026\n");
  }

  @Test
  void demandStatesTheAcceptedIepAndTheDateTheFiguresCount() {
    assertThat(demand(SPEECH, SPEECH_DATE)).contains(
        "I accepted the IEP on June 18, 2026; it runs from September 8, 2026 to September 7, 2027.",
        "As of November 13, 2026, the services on the IEP fell short as follows:");
  }

  @Test
  void demandCitesTheFederalImplementationRuleAndNoStateSubsection() {
    String text = demand(SPEECH, SPEECH_DATE);

    assertThat(text).contains("Under 34 CFR 300.323(c)(2), the district must ensure that \"As soon as possible "
        + "following development of the IEP, special education and related services are made available to the "
        + "child in accordance with the child's IEP.\"");
    assertThat(text).doesNotContain("28.05(7)", "28.08(7)(b)", "without delay");
  }

  @Test
  void demandAsksForAnExplanationTheResumptionDateAndACompensatoryPlanPerService() {
    assertThat(demand(SPEECH, SPEECH_DATE)).contains(
        "1. Explain in writing why these services were not delivered as the IEP requires.",
        "2. Tell me in writing the date on which full delivery of every service on the IEP will resume.",
        "3. Give me a written compensatory services plan for the minutes owed: 324 minutes of Speech-language "
            + "therapy (individual).");
    assertThat(demand(OT, OT_DATE)).contains("for the minutes owed: 300 minutes of Occupational therapy.");
  }

  @Test
  void compensatoryServicesAreNotClaimedToBeOrderedHourForHour() {
    String text = demand(SPEECH, SPEECH_DATE);

    assertThat(text).contains("corrective action such as compensatory services (34 CFR 300.151(b))");
    assertThat(text).doesNotContainIgnoringCase("hour-for-hour").doesNotContainIgnoringCase("one-for-one");
  }

  @Test
  void answerIsDueFiveBusinessDaysLaterAsTheParentsRequest() {
    // speech-one-of-three.deadlines.json: demandResponseDue 2026-11-20; ot-vacancy: 2026-12-18
    String speech = demand(SPEECH, SPEECH_DATE);

    assertThat(speech).contains("Please answer in writing by Friday, November 20, 2026.",
        "within five business days", "this is my request, not a period set by law");
    assertThat(demand(OT, OT_DATE)).contains("Please answer in writing by Friday, December 18, 2026.");
  }

  @Test
  void demandSaysAComplaintToTheProblemResolutionSystemFollowsOtherwise() {
    assertThat(demand(SPEECH, SPEECH_DATE)).contains("If I have not received a written answer by then, I will file a "
        + "complaint with the Problem Resolution System of the Massachusetts Department of Elementary and Secondary "
        + "Education");
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
  void lineWithoutLogsIsPresumedShortAndItsLogsAreAskedFor() {
    // Tue 2026-09-08 to Fri 2026-10-09, no logs: the week of Labor Day has 4 school days (300 x 4/5 = 240),
    // then four full weeks of 300: 1,440 minutes required and owed.
    ServiceLine ot = new ServiceLine("ot", "Occupational therapy", Grid.C, "Occupational therapist", 1, 30,
        Period.MONTH, null, null, null);
    Case c = caseOf(YEAR_2026, LocalDate.of(2026, 9, 8), LocalDate.of(2027, 6, 16),
        list(line("speech", 5, 60, Period.WEEK), ot),
        list(delivered("ot", LocalDate.of(2026, 9, 15), 30), delivered("ot", LocalDate.of(2026, 10, 6), 30)));
    c = SyntheticCases.logsThrough(c, LocalDate.of(2026, 10, 9)); // the logs cover the week of 10/5 in full

    String text = demand(c, LocalDate.of(2026, 10, 9));

    assertThat(text).contains(
        "Speech-language therapy| 5 sessions of 60 minutes per week| 1,440| 0| 1,440| September 8, 2026| "
            + "October 9, 2026\n",
        "No service delivery logs were provided for Speech-language therapy from September 8, 2026. Because no "
            + "logs were provided, the shortfall for this service is presumed",
        "for the minutes owed: 1,440 minutes of Speech-language therapy.",
        "4. Send me the service delivery logs for Speech-language therapy from the start of the IEP to date.");
    assertThat(text).doesNotContain("Occupational therapy", "In total");
  }

  @Test
  void severalLinesAreListedAndTotalled() {
    // no logs from Tue 2026-09-08 to Fri 2026-10-09: 5 x 60 weekly is 240 + 4 x 300 = 1,440;
    // 1 x 30 weekly is 24 (30 x 4/5 in the week of Labor Day) + 4 x 30 = 144; 1,584 in all
    ServiceLine ot = new ServiceLine("ot", "Occupational therapy", Grid.C, "Occupational therapist", 1, 30,
        Period.WEEK, null, null, null);
    Case c = caseOf(YEAR_2026, LocalDate.of(2026, 9, 8), LocalDate.of(2027, 6, 16),
        list(line("speech", 5, 60, Period.WEEK), ot), list());

    assertThat(demand(c, LocalDate.of(2026, 10, 9))).contains(
        "Occupational therapy| 1 session of 30 minutes per week| 144| 0| 144| September 8, 2026| October 9, 2026\n",
        "In total, 1,584 minutes of services are owed.",
        "for the minutes owed: 1,440 minutes of Speech-language therapy and 144 minutes of Occupational therapy.",
        "4. Send me the service delivery logs for Speech-language therapy and Occupational therapy from the start");
  }

  @Test
  void demandWithLogsForEveryLineAsksForNoMissingLogs() {
    assertThat(demand(SPEECH, SPEECH_DATE)).doesNotContain("presumed", "4. Send me");
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
    assertThat(demand(SPEECH, SPEECH_DATE)).contains("the services on my son's IEP as written")
        .contains("Parent of Oliver Tremaine-Baptiste");
    assertThat(demand(OT, OT_DATE)).contains("the services on my daughter's IEP as written");
    assertThat(demand(TestCaseEdits.withPronouns(SPEECH, Pronouns.THEY), SPEECH_DATE))
        .contains("the services on my child's IEP as written");
    assertThat(demand(TestCaseEdits.withRelationship(SPEECH, Relationship.GUARDIAN), SPEECH_DATE))
        .contains("the services on Oliver's IEP as written", "Guardian of Oliver Tremaine-Baptiste");
  }

  @Test
  void eligibleStudentWritesAboutThemself() {
    String text = demand(eligibleStudent(), SPEECH_DATE);

    assertThat(text).contains("the services on my IEP as written. I accepted the IEP on June 18, 2026");
    assertThat(text).doesNotContain("my son", "Parent of", " he ", " his ");
  }

  @Test
  void demandStatesNothingUnconfirmedOrOutdated() {
    for (String text : new String[] {demand(SPEECH, SPEECH_DATE), demand(OT, OT_DATE)}) {
      assertThat(text).doesNotContain("Letter of Finding", "5 school days", "$", "765", "82%", "75 Pleasant Street",
          "statutory", "required by law");
    }
  }

  /** The speech case signed by Oliver himself, 18 since October 2026. */
  private static Case eligibleStudent() {
    return TestCaseEdits.withRelationship(TestCaseEdits.withDateOfBirth(SPEECH, LocalDate.of(2008, 10, 1)),
        Relationship.STUDENT);
  }
}
