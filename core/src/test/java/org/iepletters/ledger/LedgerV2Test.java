package org.iepletters.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepletters.SyntheticCases.YEAR_2026;
import static org.iepletters.SyntheticCases.caseOf;
import static org.iepletters.SyntheticCases.cycleLine;
import static org.iepletters.SyntheticCases.delivered;
import static org.iepletters.SyntheticCases.entry;
import static org.iepletters.SyntheticCases.line;
import static org.iepletters.SyntheticCases.list;
import static org.iepletters.SyntheticCases.logsThrough;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.iepletters.model.Case;
import org.iepletters.model.District;
import org.iepletters.model.EsyCalendar;
import org.iepletters.model.Grid;
import org.iepletters.model.LogStatus;
import org.iepletters.model.Period;
import org.iepletters.model.SchoolCalendar;
import org.iepletters.model.ServiceLine;
import org.iepletters.model.ServiceLogEntry;
import org.junit.jupiter.api.Test;

/** The ledger rules of SPEC version 2 (section 4), each figure worked out by hand. */
class LedgerV2Test {
  private static final LocalDate IEP_END = LocalDate.of(2027, 9, 7);
  /** Wed 2027-09-01 to Wed 2028-06-14, no closures. */
  private static final SchoolCalendar YEAR_2027 =
      new SchoolCalendar(LocalDate.of(2027, 9, 1), LocalDate.of(2028, 6, 14), list());

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static Case withCalendars(Case c, List<SchoolCalendar> years, List<EsyCalendar> esy) {
    District d = c.district();
    District district = new District(d.name(), d.address(), d.contacts(), null, years, esy);
    return new Case(c.student(), c.guardian(), district, c.iep(), c.proposedIep(), c.serviceLogs(),
        c.nextTeamMeeting(), c.correspondence(), c.refusedRequests(), c.concerns(), c.logsThrough(), c.bseaCase());
  }

  private static ServiceLine esyLine(int sessions, int minutes, LocalDate start, LocalDate end) {
    return new ServiceLine("esy", "Extended school year", Grid.C, "Special education teacher", sessions, minutes,
        Period.WEEK, null, start, end, true);
  }

  @Test
  void theCurrentUnfinishedWeekIsNeverCounted() {
    // 3 x 30 = 90 a week from Wed 9/9; as of Tue 9/22 with no log entry, E = 9/22.
    // Week of 9/7: 3 school days, 54; week of 9/14: 90; week of 9/21 ends Fri 9/25, after E: not counted.
    // Required 144; countedThrough Fri 9/18.
    Case c = caseOf(YEAR_2026, d(2026, 9, 9), IEP_END, list(line("speech", 3, 30, Period.WEEK)), list());
    ServiceLedger ledger = ServiceLedger.of(c, d(2026, 9, 22));
    LineLedger l = ledger.services().get(0);
    assertThat(ledger.evidenceThrough()).isEqualTo(d(2026, 9, 22));
    assertThat(l.requiredMinutes()).isEqualTo(144);
    assertThat(l.periods()).isEqualTo(2);
    assertThat(l.countedThrough()).isEqualTo(d(2026, 9, 18));
    assertThat(l.uncountedPeriods()).extracting(PeriodFigures::start).containsExactly(d(2026, 9, 21));
  }

  @Test
  void withoutLogsThroughTheLatestEntryIsTheEvidenceDateAndLaterPeriodsShowNothing() {
    // 1 x 60 a week from Mon 9/14. Entries Mon 9/14 (60) and Wed 9/23 (30); as of Wed 9/30.
    // E = 9/23 (the latest entry). Week of 9/14 (last school day 9/18) is counted: met. Week of 9/21 ends Fri 9/25,
    // after E: not counted, so its 30 minutes count as delivered (90 in all) but no shortfall is shown.
    List<ServiceLogEntry> logs = list(delivered("speech", d(2026, 9, 14), 60), delivered("speech", d(2026, 9, 23), 30));
    Case c = caseOf(YEAR_2026, d(2026, 9, 14), IEP_END, list(line("speech", 1, 60, Period.WEEK)), logs);
    ServiceLedger ledger = ServiceLedger.of(c, d(2026, 9, 30));
    LineLedger l = ledger.services().get(0);
    assertThat(ledger.evidenceThrough()).isEqualTo(d(2026, 9, 23));
    assertThat(l.periods()).isEqualTo(1);
    assertThat(l.deliveredMinutes()).isEqualTo(90);
    assertThat(l.owedMinutes()).isZero();
    assertThat(l.countedThrough()).isEqualTo(d(2026, 9, 18));
    // logsThrough Fri 9/25 says the logs cover the whole week: it is counted, 60 - 30 = 30 owed.
    ServiceLedger covered = ServiceLedger.of(logsThrough(c, d(2026, 9, 25)), d(2026, 9, 30));
    assertThat(covered.evidenceThrough()).isEqualTo(d(2026, 9, 25));
    assertThat(covered.services().get(0).owedMinutes()).isEqualTo(30);
    assertThat(covered.services().get(0).countedThrough()).isEqualTo(d(2026, 9, 25));
  }

  @Test
  void logsThroughAfterTheAsOfDateIsCappedAtIt() {
    // logsThrough 12/31, as of Fri 9/18: E = 9/18; the week of 9/14 (Friday 9/18 = E) is complete: 90 owed.
    Case c = logsThrough(caseOf(YEAR_2026, d(2026, 9, 14), IEP_END, list(line("speech", 3, 30, Period.WEEK)),
        list(delivered("speech", d(2026, 9, 14), 30))), d(2026, 12, 31));
    ServiceLedger ledger = ServiceLedger.of(c, d(2026, 9, 18));
    assertThat(ledger.evidenceThrough()).isEqualTo(d(2026, 9, 18));
    assertThat(ledger.totalOwedMinutes()).isEqualTo(60);
  }

  @Test
  void aLineWithNoEntryInItsWindowIsUnloggedAndAnEmptyWindowIsNot() {
    // speech has an entry, ot none: ot is unlogged and everything required is owed, 2 x 30 = 60 for the week of 9/14.
    ServiceLine late = new ServiceLine("late", "Reading", Grid.C, "Teacher", 1, 30, Period.WEEK, null,
        d(2027, 1, 4), null);
    Case c = logsThrough(caseOf(YEAR_2026, d(2026, 9, 14), IEP_END,
        list(line("speech", 1, 30, Period.WEEK), line("ot", 2, 30, Period.WEEK), late),
        list(delivered("speech", d(2026, 9, 15), 30))), d(2026, 9, 18));
    ServiceLedger ledger = ServiceLedger.of(c, d(2026, 9, 18));
    assertThat(ledger.services()).extracting(LineLedger::unlogged).containsExactly(false, true, false);
    assertThat(ledger.line("ot")).map(LineLedger::owedMinutes).contains(60L);
    assertThat(ledger.line("late").orElseThrow().window().isEmpty()).isTrue();
  }

  @Test
  void aCaseWithNoLogEntryAtAllCountsToTheAsOfDateAndEveryLineIsUnlogged() {
    Case c = caseOf(YEAR_2026, d(2026, 9, 14), IEP_END,
        list(line("speech", 1, 30, Period.WEEK), line("ot", 2, 30, Period.WEEK)), list());
    ServiceLedger ledger = ServiceLedger.of(c, d(2026, 9, 18));
    assertThat(ledger.evidenceThrough()).isEqualTo(d(2026, 9, 18));
    assertThat(ledger.services()).allMatch(LineLedger::unlogged);
    // 30 + 60 for the week of 9/14, whose Friday is E
    assertThat(ledger.totalOwedMinutes()).isEqualTo(90);
  }

  @Test
  void anIepYearAcrossTwoSchoolYearsCountsBothAndNoSummerDay() {
    // 1 x 60 a week, IEP Mon 2027-06-07 to 2027-10-29, as of Fri 2027-09-10 with no entry (E = 9/10).
    // Week of 6/7: 5 days, 60. Week of 6/14: Mon-Wed 6/16 (last day of YEAR_2026) = 3, 36. Summer: no school day.
    // Week of 8/30: Wed 9/1-Fri 9/3 = 3, 36. Week of 9/6: Labor Day Mon 9/6, 4 days, 48. Total 180 in 4 periods.
    Case c = withCalendars(caseOf(null, d(2027, 6, 7), d(2027, 10, 29), list(line("speech", 1, 60, Period.WEEK)),
        list()), list(YEAR_2026, YEAR_2027), null);
    ServiceLedger ledger = ServiceLedger.of(c, d(2027, 9, 10));
    LineLedger l = ledger.services().get(0);
    assertThat(l.periodFigures()).extracting(PeriodFigures::requiredMinutes).containsExactly(60L, 36L, 36L, 48L);
    assertThat(l.requiredMinutes()).isEqualTo(180);
    assertThat(ledger.warnings()).isEmpty();
  }

  @Test
  void cyclesStartAgainOnTheFirstDayOfEachSchoolYear() {
    // 1 x 45 per 6-day cycle. March 2027 (Mon 3/1 to Fri 3/26, 20 school days): cycles from 3/1, 3/9, 3/17 and a
    // last run 3/25-3/26 (2 days, 45 x 2/6 = 15). April (Mon 4/5 to Fri 4/30; Patriots' Day Mon 4/19): the count
    // starts again on 4/5: 4/5-4/12, 4/13-4/21 (13, 14, 15, 16, 20, 21), 4/22-4/29, and 4/30 alone (45 x 1/6 = 7.5,
    // rounded to 8). Required 45 x 3 + 15 + 45 x 3 + 8 = 293.
    SchoolCalendar march = new SchoolCalendar(d(2027, 3, 1), d(2027, 3, 26), list());
    SchoolCalendar april = new SchoolCalendar(d(2027, 4, 5), d(2027, 4, 30), list());
    Case c = withCalendars(caseOf(null, d(2027, 3, 1), d(2027, 4, 30), list(cycleLine("ot", 1, 45, 6)), list()),
        list(march, april), null);
    LineLedger l = ServiceLedger.of(c, d(2027, 4, 30)).services().get(0);
    assertThat(l.periodFigures()).extracting(PeriodFigures::start).containsExactly(d(2027, 3, 1), d(2027, 3, 9),
        d(2027, 3, 17), d(2027, 3, 25), d(2027, 4, 5), d(2027, 4, 13), d(2027, 4, 22), d(2027, 4, 30));
    assertThat(l.periodFigures().get(3).end()).as("the last run owns the dates to its year's last day")
        .isEqualTo(d(2027, 3, 26));
    assertThat(l.requiredMinutes()).isEqualTo(293);
  }

  @Test
  void anEsyLineCountsEsyDaysOnTheProgrammesWeekdaysWithItsOwnWeeklyNominal() {
    // 4 x 60 = 240 a week, ESY Thu 2027-07-01 to Thu 8/12, Monday to Thursday (nominal 4).
    // Week of 6/28: Thu 7/1 only, 240 x 1/4 = 60. Week of 7/5: July 4 is a Sunday, so Monday 7/5 is closed too:
    // Tue-Thu = 3, 180. Weeks of 7/12, 7/19, 7/26, 8/2, 8/9: 4 days each, 240 x 5 = 1200. Total 1440, 7 periods.
    EsyCalendar esy = new EsyCalendar(d(2027, 7, 1), d(2027, 8, 12), list(),
        list(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY));
    Case c = withCalendars(caseOf(null, d(2026, 9, 8), IEP_END,
        list(esyLine(4, 60, d(2027, 7, 1), d(2027, 8, 12))), list()), list(YEAR_2026), list(esy));
    ServiceLedger ledger = ServiceLedger.of(c, d(2027, 8, 31));
    LineLedger l = ledger.services().get(0);
    assertThat(l.periodFigures()).extracting(PeriodFigures::nominalSchoolDays).containsOnly(4);
    assertThat(l.periodFigures()).extracting(PeriodFigures::requiredMinutes)
        .containsExactly(60L, 180L, 240L, 240L, 240L, 240L, 240L);
    assertThat(l.requiredMinutes()).isEqualTo(1440);
    assertThat(l.unlogged()).isTrue();
    assertThat(ledger.warnings()).isEmpty();
  }

  @Test
  void anEsyLineWithoutAnEsyCalendarCountsWeekdaysWithAWarningNamingIt() {
    // 1 x 60 a week, Mon 2027-07-12 to Fri 7/23 with no ESY calendar: two full weeks, 120.
    Case c = caseOf(YEAR_2026, d(2026, 9, 8), IEP_END, list(esyLine(1, 60, d(2027, 7, 12), d(2027, 7, 23))), list());
    ServiceLedger ledger = ServiceLedger.of(c, d(2027, 8, 31));
    assertThat(ledger.services().get(0).requiredMinutes()).isEqualTo(120);
    assertThat(ledger.warnings()).singleElement().asString().contains("'esy'").contains("no ESY calendar");
  }

  @Test
  void anEsyLineOutsideItsProgrammeWarnsThatItHasNoEsyDay() {
    EsyCalendar esy = new EsyCalendar(d(2027, 7, 6), d(2027, 8, 12), list(), null);
    Case c = withCalendars(caseOf(null, d(2026, 9, 8), IEP_END,
        list(esyLine(1, 60, d(2026, 10, 5), d(2026, 10, 30))), list()), list(YEAR_2026), list(esy));
    ServiceLedger ledger = ServiceLedger.of(c, d(2026, 11, 30));
    assertThat(ledger.services().get(0).requiredMinutes()).isZero();
    assertThat(ledger.warnings()).singleElement().asString().contains("'esy'").contains("no ESY day");
  }

  @Test
  void eachCountedPeriodListsTheDistrictsCancelledEntriesWithDateAndNote() {
    // 2 x 30 a week; week of 9/14: one delivered, one cancelled ("Provider absent"): 30 owed, the cancellation is
    // listed with its date and note. The cancellation of Tue 9/22 lies in a week not complete by E = 9/22.
    List<ServiceLogEntry> logs = list(delivered("speech", d(2026, 9, 14), 30),
        new ServiceLogEntry("speech", d(2026, 9, 16), 0, LogStatus.CANCELLED, "Provider absent"),
        entry("speech", d(2026, 9, 22), 0, LogStatus.CANCELLED));
    Case c = caseOf(YEAR_2026, d(2026, 9, 14), IEP_END, list(line("speech", 2, 30, Period.WEEK)), logs);
    LineLedger l = ServiceLedger.of(c, d(2026, 9, 30)).services().get(0);
    assertThat(l.periodFigures()).singleElement().satisfies(p -> {
      assertThat(p.cancelled()).containsExactly(new CancelledSession(d(2026, 9, 16), "Provider absent"));
      assertThat(p.owedMinutes()).isEqualTo(30);
    });
    assertThat(l.sessionsCancelled()).isEqualTo(2);
    // weeks of 9/21 and 9/28 are not counted; the first holds the other cancellation
    assertThat(l.uncountedPeriods()).extracting(p -> p.cancelled().size()).containsExactly(1, 0);
  }
}
