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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iepletters.model.Case;
import org.iepletters.model.Grid;
import org.iepletters.model.LogStatus;
import org.iepletters.model.Period;
import org.iepletters.model.SchoolCalendar;
import org.iepletters.model.ServiceLine;
import org.iepletters.model.ServiceLogEntry;
import org.iepletters.CaseFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceLedgerTest {
  private static final LocalDate IEP_END = LocalDate.of(2027, 9, 7);

  /** Mon 2027-03-01 to Fri 2027-03-26, no closures and no holiday: 20 school days. */
  private static final SchoolCalendar MARCH_2027 =
      new SchoolCalendar(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 26), list());

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  /** 3 x 30 a week, ending on a date. */
  private static ServiceLine lineUntil(LocalDate end) {
    return new ServiceLine("speech", "Speech", Grid.C, "SLP", 3, 30, Period.WEEK, null, null, end);
  }

  private static LineLedger only(Case c, LocalDate asOf) {
    return ServiceLedger.of(c, asOf).services().get(0);
  }

  @Test
  void proratesPartialFirstAndLastWeeks() {
    // 3 x 30 = 90 a week. The line runs Wed 9/9 to Tue 9/22; as of 9/30, with no log entry, E = 9/30.
    // Week of 9/7: Wed-Fri = 3 school days, 90 x 3/5 = 54. Week of 9/14: 90. Week of 9/21: Mon, Tue = 2, 36; it is
    // complete by E, since its last school day before the line's end (Tue 9/22) is before E.
    Case c = caseOf(YEAR_2026, d(2026, 9, 9), IEP_END, list(lineUntil(d(2026, 9, 22))), list());
    LineLedger l = only(c, d(2026, 9, 30));
    assertThat(l.periodFigures()).extracting(PeriodFigures::requiredMinutes).containsExactly(54L, 90L, 36L);
    assertThat(l.periodFigures()).extracting(PeriodFigures::schoolDays).containsExactly(3, 5, 2);
    assertThat(l.requiredMinutes()).isEqualTo(180);
    assertThat(l.periods()).isEqualTo(3);
    // No entry in the window: everything is owed, and the shortfall is presumed.
    assertThat(l.owedMinutes()).isEqualTo(180);
    assertThat(l.hasLogEntries()).isFalse();
    assertThat(l.unlogged()).isTrue();
    assertThat(l.countedThrough()).isEqualTo(d(2026, 9, 22));
    assertThat(l.firstShortfallDate()).isEqualTo(d(2026, 9, 9));
    assertThat(l.lastShortfallDate()).isEqualTo(d(2026, 9, 22));
  }

  @Test
  void proratesAWeekShortenedByAHoliday() {
    // Week of Mon 10/12 (Columbus Day): 4 school days, 90 x 4/5 = 72.
    Case c = caseOf(YEAR_2026, d(2026, 10, 12), IEP_END, list(line("speech", 3, 30, Period.WEEK)), list());
    LineLedger l = only(c, d(2026, 10, 18));
    assertThat(l.requiredMinutes()).isEqualTo(72);
    assertThat(l.periodFigures().get(0).nominalSchoolDays()).isEqualTo(5);
  }

  @Test
  void countsSixDayCyclesFromTheCalendarFirstDayEvenWhenTheFirstCycleStartsBeforeTheWindow() {
    // 1 x 45 per 6-day cycle. School days from Mon 3/1: cycle 1 = 3/1-3/5, 3/8 (owns 3/1-3/8);
    // cycle 2 = 3/9-3/12, 3/15, 3/16 (owns 3/9-3/16); cycle 3 = 3/17-3/19, 3/22-3/24 (owns 3/17-3/24).
    // Window Thu 3/4 to Wed 3/17: cycle 1 has 3/4, 3/5, 3/8 = 3 days, 45 x 3/6 = 22.5 -> 23;
    // cycle 2 has 6, 45; cycle 3 has 3/17 only, 45 x 1/6 = 7.5 -> 8. Total 76.
    // The IEP ends on 3/17, so cycle 3 is complete by E = 3/17: its last school day before the end is 3/17.
    Case c = caseOf(MARCH_2027, d(2027, 3, 4), d(2027, 3, 17), list(cycleLine("ot", 1, 45, 6)), list());
    LineLedger l = only(c, d(2027, 3, 17));
    assertThat(l.periodFigures()).extracting(PeriodFigures::start)
        .containsExactly(d(2027, 3, 1), d(2027, 3, 9), d(2027, 3, 17));
    assertThat(l.periodFigures()).extracting(PeriodFigures::end)
        .containsExactly(d(2027, 3, 8), d(2027, 3, 16), d(2027, 3, 24));
    assertThat(l.periodFigures()).extracting(PeriodFigures::schoolDays).containsExactly(3, 6, 1);
    assertThat(l.periodFigures()).extracting(PeriodFigures::requiredMinutes).containsExactly(23L, 45L, 8L);
    assertThat(l.requiredMinutes()).isEqualTo(76);
    assertThat(l.firstShortfallDate()).isEqualTo(d(2027, 3, 4));
  }

  @Test
  void theLastShortCycleOfTheYearKeepsItsNominalLength() {
    // 20 school days in 6-day cycles: 6, 6, 6 and a last run of 2 (3/25, 3/26), still nominal 6.
    // 45 + 45 + 45 + 45 x 2/6 = 15 -> 150.
    Case c = caseOf(MARCH_2027, d(2027, 3, 1), d(2027, 12, 31), list(cycleLine("ot", 1, 45, 6)), list());
    LineLedger l = only(c, d(2027, 4, 30));
    assertThat(l.periodFigures()).extracting(PeriodFigures::requiredMinutes).containsExactly(45L, 45L, 45L, 15L);
    assertThat(l.periodFigures().get(3).nominalSchoolDays()).isEqualTo(6);
    assertThat(l.requiredMinutes()).isEqualTo(150);
  }

  @Test
  void roundsEachPeriodHalfUp() {
    // 1 x 50 per 4-day cycle. Cycles from 3/1: 3/1-3/4, 3/5-3/10, 3/11-3/16, ...
    // Window Thu 3/4 to Thu 3/11: 1 day (12.5 -> 13), 4 days (50), 1 day (12.5 -> 13) = 76.
    // The IEP ends on 3/11, so the last cycle is complete by E = 3/11.
    Case c = caseOf(MARCH_2027, d(2027, 3, 4), d(2027, 3, 11), list(cycleLine("ot", 1, 50, 4)), list());
    LineLedger l = only(c, d(2027, 3, 11));
    assertThat(l.periodFigures()).extracting(PeriodFigures::requiredMinutes).containsExactly(13L, 50L, 13L);
    assertThat(l.requiredMinutes()).isEqualTo(76);
  }

  @Test
  void proratesMonthsOnlyByTheWindowAgainstTheWholeMonthsSchoolDays() {
    // 4 x 30 = 120 a month. October 2026: 22 weekdays less Columbus Day = 21 school days; the window from Thu
    // 10/15 holds 10/15, 10/16, 10/19-23, 10/26-30 = 12: 120 x 12/21 = 68.57 -> 69.
    // November 2026: 21 weekdays less Veterans Day and the 11/25-27 recess = 17; the window to Fri 11/13 holds
    // 11/2-6 and 11/9, 10, 12, 13 = 9: 120 x 9/17 = 63.53 -> 64. Total 133.
    // The IEP ends on Fri 11/13, so November is complete by E = 11/13 and still has its whole month's nominal.
    Case c = caseOf(YEAR_2026, d(2026, 10, 15), d(2026, 11, 13), list(line("speech", 4, 30, Period.MONTH)), list());
    LineLedger l = only(c, d(2026, 11, 13));
    assertThat(l.periodFigures()).extracting(PeriodFigures::nominalSchoolDays).containsExactly(21, 17);
    assertThat(l.periodFigures()).extracting(PeriodFigures::schoolDays).containsExactly(12, 9);
    assertThat(l.periodFigures()).extracting(PeriodFigures::requiredMinutes).containsExactly(69L, 64L);
    assertThat(l.requiredMinutes()).isEqualTo(133);
  }

  @Test
  void excusesStudentAbsencesUpToWhatWasNotDelivered() {
    // 3 x 30 = 90 a week; weeks of 9/14 and 9/21, full.
    // Week 1: 30 delivered, 3 absences would excuse 90, capped at 90 - 30 = 60: no shortfall.
    // Week 2: 30 delivered, 1 absence excuses 30: shortfall 90 - 30 - 30 = 30.
    List<ServiceLogEntry> logs = list(
        delivered("speech", d(2026, 9, 14), 30),
        entry("speech", d(2026, 9, 16), 0, LogStatus.STUDENT_ABSENT),
        entry("speech", d(2026, 9, 17), 0, LogStatus.STUDENT_ABSENT),
        entry("speech", d(2026, 9, 18), 0, LogStatus.STUDENT_ABSENT),
        delivered("speech", d(2026, 9, 21), 30),
        entry("speech", d(2026, 9, 22), 0, LogStatus.STUDENT_ABSENT));
    Case c = logsThrough(caseOf(YEAR_2026, d(2026, 9, 14), IEP_END, list(line("speech", 3, 30, Period.WEEK)), logs),
        d(2026, 9, 25));
    LineLedger l = only(c, d(2026, 9, 25));
    assertThat(l.periodFigures()).extracting(PeriodFigures::excusedMinutes).containsExactly(60L, 30L);
    assertThat(l.excusedMinutes()).isEqualTo(90);
    assertThat(l.owedMinutes()).isEqualTo(30);
    assertThat(l.shortfallPeriods()).isEqualTo(1);
    assertThat(l.firstShortfallDate()).isEqualTo(d(2026, 9, 21));
    assertThat(l.lastShortfallDate()).isEqualTo(d(2026, 9, 25));
  }

  @Test
  void excusesNothingWhenMoreThanRequiredWasDelivered() {
    // 90 required, 120 delivered: max(0, 90 - 120) = 0 can be excused.
    List<ServiceLogEntry> logs = list(
        delivered("speech", d(2026, 9, 14), 60), delivered("speech", d(2026, 9, 15), 60),
        entry("speech", d(2026, 9, 16), 0, LogStatus.STUDENT_ABSENT));
    Case c = caseOf(YEAR_2026, d(2026, 9, 14), IEP_END, list(line("speech", 3, 30, Period.WEEK)), logs);
    LineLedger l = only(c, d(2026, 9, 20));
    assertThat(l.excusedMinutes()).isZero();
    assertThat(l.owedMinutes()).isZero();
  }

  @Test
  void extraMinutesInOnePeriodNeverOffsetAnother() {
    // 1 x 60 a week: week of 9/14 gets 120, week of 9/21 gets nothing: 60 owed.
    List<ServiceLogEntry> logs = list(delivered("speech", d(2026, 9, 14), 120));
    Case c = logsThrough(caseOf(YEAR_2026, d(2026, 9, 14), IEP_END, list(line("speech", 1, 60, Period.WEEK)), logs),
        d(2026, 9, 27));
    LineLedger l = only(c, d(2026, 9, 27));
    assertThat(l.deliveredMinutes()).isEqualTo(120);
    assertThat(l.owedMinutes()).isEqualTo(60);
  }

  @Test
  void creditsMakeUpMinutesToTheOldestShortfallFirst() {
    // 1 x 60 a week, weeks of 9/14, 9/21, 9/28. Shortfalls 60, 30 (30 delivered), 0 (60 delivered): 90.
    // 45 make-up minutes go to week 1: owed 15 + 30 = 45.
    List<ServiceLogEntry> logs = list(
        delivered("speech", d(2026, 9, 22), 30),
        delivered("speech", d(2026, 9, 29), 60),
        entry("speech", d(2026, 9, 30), 45, LogStatus.MAKEUP));
    Case c = logsThrough(caseOf(YEAR_2026, d(2026, 9, 14), IEP_END, list(line("speech", 1, 60, Period.WEEK)), logs),
        d(2026, 10, 2));
    LineLedger l = only(c, d(2026, 10, 2));
    assertThat(l.periodFigures()).extracting(PeriodFigures::makeupMinutes).containsExactly(45L, 0L, 0L);
    assertThat(l.periodFigures()).extracting(PeriodFigures::owedMinutes).containsExactly(15L, 30L, 0L);
    assertThat(l.makeupMinutes()).isEqualTo(45);
    assertThat(l.owedMinutes()).isEqualTo(45);
    assertThat(l.deliveredMinutes()).as("make-up minutes are not delivered minutes").isEqualTo(90);
  }

  @Test
  void neverCreditsMoreMakeUpThanTheTotalShortfall() {
    // Same shortfalls, 90 in all; 140 make-up minutes: 90 credited, nothing owed. The shortfall dates and the
    // count of shortfall periods are taken before make-up.
    List<ServiceLogEntry> logs = list(
        delivered("speech", d(2026, 9, 22), 30),
        delivered("speech", d(2026, 9, 29), 60),
        entry("speech", d(2026, 9, 30), 120, LogStatus.MAKEUP),
        entry("speech", d(2026, 10, 1), 20, LogStatus.MAKEUP));
    Case c = caseOf(YEAR_2026, d(2026, 9, 14), IEP_END, list(line("speech", 1, 60, Period.WEEK)), logs);
    LineLedger l = only(c, d(2026, 10, 2));
    assertThat(l.makeupMinutes()).isEqualTo(90);
    assertThat(l.owedMinutes()).isZero();
    assertThat(l.shortfallPeriods()).isEqualTo(2);
    assertThat(l.firstShortfallDate()).isEqualTo(d(2026, 9, 14));
    assertThat(l.lastShortfallDate()).isEqualTo(d(2026, 9, 25));
  }

  @Test
  void leavesEntriesOutsideTheWindowOutOfEverySum() {
    // Window Mon 9/14 to Fri 9/18. Entries on 9/11 (before) and 9/21 (after the as-of date) are ignored.
    List<ServiceLogEntry> logs = list(
        delivered("speech", d(2026, 9, 11), 30),
        delivered("speech", d(2026, 9, 15), 30),
        entry("speech", d(2026, 9, 21), 0, LogStatus.CANCELLED));
    Case c = caseOf(YEAR_2026, d(2026, 9, 14), IEP_END, list(line("speech", 3, 30, Period.WEEK)), logs);
    LineLedger l = only(c, d(2026, 9, 18));
    assertThat(l.ignoredEntries()).isEqualTo(2);
    assertThat(l.sessionsDelivered()).isEqualTo(1);
    assertThat(l.sessionsCancelled()).isZero();
    assertThat(l.deliveredMinutes()).isEqualTo(30);
    assertThat(l.owedMinutes()).isEqualTo(60);
  }

  @Test
  void countsAnEntryInAWeekWithoutSchoolDaysAsDeliveredButOffsetsNothing() {
    // Window Mon 12/21 to Fri 1/8. Week of 12/21: 12/21-23 (12/24-25 closed) = 3 days, 90 x 3/5 = 54.
    // Week of 12/28: all closed, not counted. Week of 1/4: 90. Required 144; the 30 minutes of 12/29 count as
    // delivered but offset nothing: 144 owed.
    List<ServiceLogEntry> logs = list(delivered("speech", d(2026, 12, 29), 30));
    Case c = logsThrough(caseOf(YEAR_2026, d(2026, 12, 21), IEP_END, list(line("speech", 3, 30, Period.WEEK)), logs),
        d(2027, 1, 8));
    LineLedger l = only(c, d(2027, 1, 8));
    assertThat(l.periods()).isEqualTo(2);
    assertThat(l.requiredMinutes()).isEqualTo(144);
    assertThat(l.deliveredMinutes()).isEqualTo(30);
    assertThat(l.sessionsDelivered()).isEqualTo(1);
    assertThat(l.owedMinutes()).isEqualTo(144);
    assertThat(l.hasLogEntries()).isTrue();
  }

  @Test
  void countsAWeekendEntryInTheWeekThatHoldsIt() {
    // 1 x 60 a week; 60 minutes on Sat 9/19 meet the week of 9/14.
    List<ServiceLogEntry> logs = list(delivered("speech", d(2026, 9, 19), 60));
    Case c = caseOf(YEAR_2026, d(2026, 9, 14), IEP_END, list(line("speech", 1, 60, Period.WEEK)), logs);
    LineLedger l = only(c, d(2026, 9, 20));
    assertThat(l.owedMinutes()).isZero();
    assertThat(l.periodFigures().get(0).deliveredMinutes()).isEqualTo(60);
  }

  @Test
  void countsAWeekendEntryInTheCycleThatOwnsIt() {
    // 1 x 45 per 6-day cycle; Sat 3/6 lies in cycle 1 (3/1-3/8), which it meets in full.
    List<ServiceLogEntry> logs = list(delivered("ot", d(2027, 3, 6), 45));
    Case c = logsThrough(caseOf(MARCH_2027, d(2027, 3, 1), d(2027, 12, 31), list(cycleLine("ot", 1, 45, 6)), logs),
        d(2027, 3, 8));
    LineLedger l = only(c, d(2027, 3, 8));
    assertThat(l.periodFigures()).singleElement().satisfies(p -> {
      assertThat(p.deliveredMinutes()).isEqualTo(45);
      assertThat(p.shortfallMinutes()).isZero();
    });
  }

  @Test
  void withoutProrationRequiresEveryPeriodWithASchoolDayInFull() {
    // The window of the first test: 3 weeks with 3, 5 and 2 school days, each 90 in full = 270.
    Case c = caseOf(YEAR_2026, d(2026, 9, 9), IEP_END, list(lineUntil(d(2026, 9, 22))), list());
    ServiceLedger ledger = ServiceLedger.of(c, d(2026, 9, 30), Proration.NONE);
    assertThat(ledger.proration()).isEqualTo(Proration.NONE);
    assertThat(ledger.services().get(0).requiredMinutes()).isEqualTo(270);
    // A week with no school day still requires nothing: 12/21 (3 days) 90 + 12/28 (none) + 1/4 90 = 180.
    Case winter = caseOf(YEAR_2026, d(2026, 12, 21), IEP_END, list(line("speech", 3, 30, Period.WEEK)), list());
    assertThat(ServiceLedger.of(winter, d(2027, 1, 8), Proration.NONE).totalOwedMinutes()).isEqualTo(180);
  }

  @Test
  void anAsOfDateBeforeTheIepGivesAnEmptyWindowWithZerosAndEveryEntryIgnored() {
    List<ServiceLogEntry> logs = list(delivered("speech", d(2026, 9, 8), 30), delivered("speech", d(2026, 9, 9), 30));
    Case c = caseOf(YEAR_2026, d(2026, 9, 14), IEP_END, list(line("speech", 3, 30, Period.WEEK)), logs);
    ServiceLedger ledger = ServiceLedger.of(c, d(2026, 9, 10));
    LineLedger l = ledger.services().get(0);
    assertThat(l.window().isEmpty()).isTrue();
    assertThat(l.requiredMinutes()).isZero();
    assertThat(l.deliveredMinutes()).isZero();
    assertThat(l.owedMinutes()).isZero();
    assertThat(l.periods()).isZero();
    assertThat(l.sessionsDelivered()).isZero();
    assertThat(l.firstShortfallDate()).isNull();
    assertThat(l.lastShortfallDate()).isNull();
    assertThat(l.ignoredEntries()).isEqualTo(2);
    assertThat(l.periodFigures()).isEmpty();
    assertThat(ledger.warnings()).as("an empty window is not a window without school days").isEmpty();
  }

  @Test
  void warnsNamingTheLineWhenItsWindowHoldsNoSchoolDay() {
    // An extended-school-year line from 7/6 to 8/12/2027, after the school year's last day (6/16).
    ServiceLine esy = new ServiceLine("esy", "Extended school year", null, "Teacher", 4, 180, Period.WEEK, null,
        d(2027, 7, 6), d(2027, 8, 12));
    Case c = caseOf(YEAR_2026, d(2026, 9, 8), IEP_END, list(esy), list());
    ServiceLedger ledger = ServiceLedger.of(c, d(2027, 8, 31));
    assertThat(ledger.services().get(0).requiredMinutes()).isZero();
    assertThat(ledger.services().get(0).window()).isEqualTo(new Window(d(2027, 7, 6), d(2027, 8, 12)));
    assertThat(ledger.warnings()).singleElement().asString().contains("'esy'").contains("no school day");
  }

  @Test
  void warnsWithoutACalendarAndCountsEveryWeekdayThatIsNoStateHoliday() {
    // No calendar, window Mon 12/21/2026 to Fri 1/8/2027: week of 12/21 loses Christmas (Fri) = 4 days, 72;
    // week of 12/28 loses New Year's Day (Fri) = 4 days, 72; week of 1/4 = 90. Total 234.
    Case c = caseOf(null, d(2026, 12, 21), IEP_END, list(line("speech", 3, 30, Period.WEEK)), list());
    ServiceLedger ledger = ServiceLedger.of(c, d(2027, 1, 8));
    assertThat(ledger.warnings()).containsExactly(ServiceLedger.NO_CALENDAR_WARNING);
    assertThat(ledger.totalOwedMinutes()).isEqualTo(234);
  }

  @Test
  void usesTheLinesOwnDatesInsideTheIep() {
    // IEP from 9/8; the line runs Mon 9/14 to Fri 9/18 only. As of 10/30 the window is 9/14-9/18: one week, 90.
    ServiceLine shortLine = new ServiceLine("speech", "Speech", null, "SLP", 3, 30, Period.WEEK, null,
        d(2026, 9, 14), d(2026, 9, 18));
    Case c = logsThrough(caseOf(YEAR_2026, d(2026, 9, 8), IEP_END, list(shortLine),
        list(delivered("speech", d(2026, 9, 10), 30))), d(2026, 10, 30));
    LineLedger l = only(c, d(2026, 10, 30));
    assertThat(l.window()).isEqualTo(new Window(d(2026, 9, 14), d(2026, 9, 18)));
    assertThat(l.requiredMinutes()).isEqualTo(90);
    assertThat(l.ignoredEntries()).isEqualTo(1);
  }

  @Test
  void countsTwoSessionsOnOneDate() {
    List<ServiceLogEntry> logs = list(delivered("speech", d(2026, 9, 15), 30), delivered("speech", d(2026, 9, 15), 30));
    Case c = caseOf(YEAR_2026, d(2026, 9, 14), IEP_END, list(line("speech", 2, 30, Period.WEEK)), logs);
    LineLedger l = only(c, d(2026, 9, 18));
    assertThat(l.sessionsDelivered()).isEqualTo(2);
    assertThat(l.owedMinutes()).isZero();
  }

  @Test
  void sumsOwedMinutesOverLinesAndKeepsTheIepOrder() {
    // Week of 9/14: speech 90 owed, ot 60 owed (nothing delivered).
    Case c = caseOf(YEAR_2026, d(2026, 9, 14), IEP_END,
        list(line("speech", 3, 30, Period.WEEK), line("ot", 2, 30, Period.WEEK)), list());
    ServiceLedger ledger = ServiceLedger.of(c, d(2026, 9, 18));
    assertThat(ledger.services()).extracting(LineLedger::id).containsExactly("speech", "ot");
    assertThat(ledger.totalOwedMinutes()).isEqualTo(150);
    assertThat(ledger.line("ot")).map(LineLedger::owedMinutes).contains(60L);
    assertThat(ledger.line("none")).isEmpty();
  }

  @Test
  void handlesTwentyThousandEntriesWithExactSums() {
    // 20,000 one-minute sessions spread over the school year; every one is in the window.
    List<ServiceLogEntry> logs = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      logs.add(delivered("speech", d(2026, 9, 8).plusDays(i % 280), 1));
    }
    Case c = caseOf(YEAR_2026, d(2026, 9, 8), IEP_END, list(line("speech", 5, 30, Period.WEEK)), logs);
    LineLedger l = only(c, d(2027, 6, 16));
    assertThat(l.deliveredMinutes()).isEqualTo(20_000);
    assertThat(l.sessionsDelivered()).isEqualTo(20_000);
    assertThat(l.ignoredEntries()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"budget-cut", "ot-vacancy", "speech-one-of-three"})
  void reproducesTheExpectedLedgerOfEachSampleCase(String name) {
    ServiceLedger ledger = ServiceLedger.of(CaseFixtures.read(name), CaseFixtures.asOf(name));
    assertThat(CaseFixtures.tree(asJson(ledger))).isEqualTo(CaseFixtures.expected(name, "ledger"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"budget-cut", "ot-vacancy", "speech-one-of-three"})
  void reproducesTheExpectedLedgerWithoutProrationOfEachSampleCase(String name) {
    ServiceLedger ledger = ServiceLedger.of(CaseFixtures.read(name), CaseFixtures.asOf(name), Proration.NONE);
    assertThat(CaseFixtures.tree(asJson(ledger))).isEqualTo(CaseFixtures.expected(name, "ledger-none"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"budget-cut", "ot-vacancy", "speech-one-of-three"})
  void reproducesEveryPeriodAndCancelledEntryOfEachSampleCase(String name) {
    ServiceLedger ledger = ServiceLedger.of(CaseFixtures.read(name), CaseFixtures.asOf(name));
    JsonNode expected = CaseFixtures.expected(name, "ledger-detail");
    assertThat(expected).hasSize(ledger.services().size());
    for (int i = 0; i < expected.size(); i++) {
      JsonNode e = expected.get(i);
      LineLedger l = ledger.services().get(i);
      assertThat(l.id()).isEqualTo(e.get("id").asText());
      assertThat(l.line().isEsy()).isEqualTo(e.get("esy").asBoolean());
      assertThat(List.of(l.window().start().toString(), l.window().end().toString()))
          .containsExactly(e.get("window").get(0).asText(), e.get("window").get(1).asText());
      assertThat(l.obligationEnd()).hasToString(e.get("obligationEnd").asText());
      assertThat(l.makeupLoggedMinutes()).isEqualTo(e.get("makeupLogged").asLong());
      assertThat(l.uncountedPeriods()).hasSize(e.get("notCounted").size());
      List<Map<String, Object>> periods = new ArrayList<>();
      for (PeriodFigures p : l.periodFigures()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", p.start().toString());
        m.put("end", p.end().toString());
        m.put("nominal", p.nominalSchoolDays());
        m.put("k", p.schoolDays());
        m.put("firstSchoolDay", p.firstSchoolDay().toString());
        m.put("lastSchoolDay", p.lastSchoolDay().toString());
        m.put("required", p.requiredMinutes());
        m.put("delivered", p.deliveredMinutes());
        m.put("absences", p.absences());
        m.put("excused", p.excusedMinutes());
        m.put("shortfall", p.shortfallMinutes());
        m.put("makeupCredited", p.makeupMinutes());
        m.put("owed", p.owedMinutes());
        List<Map<String, Object>> cancelled = new ArrayList<>();
        for (CancelledSession x : p.cancelled()) {
          Map<String, Object> cm = new LinkedHashMap<>();
          cm.put("date", x.date().toString());
          cm.put("note", x.note());
          cancelled.add(cm);
        }
        m.put("cancelled", cancelled);
        periods.add(m);
      }
      JsonNode expectedPeriods = e.get("periodFigures").deepCopy();
      expectedPeriods.forEach(p -> ((ObjectNode) p).remove("period"));
      assertThat(CaseFixtures.tree(periods)).as(l.id()).isEqualTo(expectedPeriods);
    }
  }

  /** The ledger in the shape of the command's JSON output (SPEC section 8). */
  private static Map<String, Object> asJson(ServiceLedger ledger) {
    List<Map<String, Object>> services = new ArrayList<>();
    for (LineLedger l : ledger.services()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", l.id());
      m.put("requiredMinutes", l.requiredMinutes());
      m.put("deliveredMinutes", l.deliveredMinutes());
      m.put("excusedMinutes", l.excusedMinutes());
      m.put("makeupMinutes", l.makeupMinutes());
      m.put("owedMinutes", l.owedMinutes());
      m.put("periods", l.periods());
      m.put("shortfallPeriods", l.shortfallPeriods());
      m.put("sessionsDelivered", l.sessionsDelivered());
      m.put("sessionsCancelled", l.sessionsCancelled());
      m.put("firstShortfallDate", l.firstShortfallDate() == null ? null : l.firstShortfallDate().toString());
      m.put("lastShortfallDate", l.lastShortfallDate() == null ? null : l.lastShortfallDate().toString());
      m.put("ignoredEntries", l.ignoredEntries());
      m.put("countedThrough", l.countedThrough() == null ? null : l.countedThrough().toString());
      m.put("unlogged", l.unlogged());
      services.add(m);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("asOf", ledger.asOf().toString());
    json.put("evidenceThrough", ledger.evidenceThrough().toString());
    json.put("services", services);
    json.put("totalOwedMinutes", ledger.totalOwedMinutes());
    json.put("warnings", ledger.warnings());
    return json;
  }
}
