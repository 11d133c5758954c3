package org.iepletters.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.iepletters.fixtures.CaseJson;
import org.iepletters.model.Case;
import org.iepletters.model.RequestKind;
import org.junit.jupiter.api.Test;

/** The fields and rules the case file gained in version 2 (SPEC section 3), each reported with its path. */
class CaseFileV2Test {
  private static final String YEAR_2026 = "{\"firstDay\": \"2026-09-02\", \"lastDay\": \"2027-06-15\"}";
  private static final String YEAR_2027 = "{\"firstDay\": \"2027-09-01\", \"lastDay\": \"2028-06-14\"}";

  private static CaseJson twoYears() {
    return CaseJson.valid().remove("district.calendar").setJson("district.calendars", "[" + YEAR_2026 + ", " + YEAR_2027 + "]");
  }

  @Test
  void readsSeveralCalendarsEsyCalendarsAndTheNewFields() {
    CaseJson json = twoYears()
        .setJson("district.esyCalendars", "[{\"firstDay\": \"2027-07-06\", \"lastDay\": \"2027-08-12\", "
            + "\"weekdays\": [\"monday\", \"Tuesday\", \"WEDNESDAY\", \"thursday\"]}]")
        .set("logsThrough", "2026-11-13")
        .setJson("bseaCase", "{\"number\": \"BSEA 2699999\", \"filedOn\": \"2026-10-01\"}")
        .set("refusedRequests[0].kind", "iee")
        .set("refusedRequests[0].requestedOn", "2026-10-01")
        .set("proposedIep.concerns", "The data do not support it.")
        .setJson("proposedIep.rejectedPortions", "[\"The removal of the reading goal\"]")
        .setJson("proposedIep.acceptChanges", "[\"speech\"]");
    assertThat(json.violations()).isEmpty();
    Case c = json.read();
    assertThat(c.district().schoolYears()).hasSize(2);
    assertThat(c.district().esyYears().get(0).runsOn())
        .containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
    assertThat(c.logsThrough()).isEqualTo(LocalDate.of(2026, 11, 13));
    assertThat(c.bseaCase().filedOn()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(c.refusedRequests().get(0).kind()).isEqualTo(RequestKind.IEE);
    assertThat(c.proposedIep().acceptChanges()).containsExactly("speech");
    assertThat(c.iep().services().get(0).esy()).isFalse();
  }

  @Test
  void theOneCalendarFormIsAListOfOneAndAMissingKindIsOther() {
    Case c = CaseJson.valid().read();
    assertThat(c.district().schoolYears()).containsExactly(c.district().calendar());
    assertThat(c.refusedRequests().get(0).kind()).isEqualTo(RequestKind.OTHER);
    assertThat(c.district().esyYears()).isEmpty();
  }

  @Test
  void everyV2ProblemIsReportedAtOnceWithItsPath() {
    CaseJson json = twoYears()
        // both forms at once
        .setJson("district.calendar", YEAR_2026)
        // an ESY calendar with no weekdays, one with an unknown weekday and a repeated one, overlapping
        .setJson("district.esyCalendars", "[{\"firstDay\": \"2027-07-06\", \"lastDay\": \"2027-08-12\", \"weekdays\": []},"
            + "{\"firstDay\": \"2027-08-01\", \"lastDay\": \"2027-08-20\", \"weekdays\": [\"FUNDAY\", \"MONDAY\", \"monday\"]}]")
        .set("iep.services[1].esy", true)
        .setJson("proposedIep.acceptChanges", "[\"no-such-line\"]")
        .set("refusedRequests[0].requestedOn", "2026-10-21")
        .set("refusedRequests[0].kind", "appeal");
    assertThat(json.violations()).containsExactly(
        new Violation("district.calendars", "cannot be given together with calendar: give one or the other"),
        new Violation("district.esyCalendars[0].weekdays", "must list at least one day of the week when given"),
        new Violation("district.esyCalendars[1]", "overlaps an earlier ESY calendar of the list"),
        new Violation("district.esyCalendars[1].weekdays[0]",
            "must be one of: MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY"),
        new Violation("district.esyCalendars[1].weekdays[2]", "is listed twice"),
        new Violation("iep.services[1].esy", "cannot be true on a CYCLE line: an ESY line runs by WEEK or MONTH"),
        new Violation("proposedIep.acceptChanges[0]", "names no service line of the proposed IEP"),
        new Violation("refusedRequests[0].kind", "must be one of: IEE, EVALUATION, SERVICE, RECORDS, OTHER"),
        new Violation("refusedRequests[0].requestedOn", "must not be after date (the date of the refusal)"));
  }

  @Test
  void overlappingCalendarsAreReportedAtTheLaterPosition() {
    CaseJson json = CaseJson.valid().remove("district.calendar").setJson("district.calendars",
        "[" + YEAR_2026 + ", " + YEAR_2027 + ", {\"firstDay\": \"2027-06-15\", \"lastDay\": \"2027-06-30\"}]");
    assertThat(json.violations())
        .containsExactly(new Violation("district.calendars[2]", "overlaps an earlier calendar of the list"));
  }

  @Test
  void anEmptyCalendarListIsAViolationAndACycleLineThenHasNoCalendar() {
    CaseJson json = CaseJson.valid().remove("district.calendar").setJson("district.calendars", "[]");
    assertThat(json.violations()).containsExactly(
        new Violation("district.calendars", "must list at least one calendar when given"),
        new Violation("iep.services[1].per",
            "CYCLE needs a district school-year calendar (district.calendar or district.calendars)"));
  }

  @Test
  void aLogEntryAfterLogsThroughIsAViolationButLogsThroughAfterAnyDateIsNot() {
    // the fixture's latest entry is in the autumn of 2026
    assertThat(CaseJson.valid().set("logsThrough", "2030-01-01").violations()).isEmpty();
    assertThat(CaseJson.valid().set("logsThrough", "2026-09-09").violations())
        .contains(new Violation("serviceLogs[1].date", "is after logsThrough, the last date the logs cover"))
        .doesNotContain(new Violation("serviceLogs[0].date", "is after logsThrough, the last date the logs cover"));
  }

  @Test
  void aCaseWithNoLogEntriesIsValid() {
    assertThat(CaseJson.valid().setJson("serviceLogs", "[]").violations()).isEmpty();
  }

  @Test
  void aBseaCaseNeedsItsNumberAndDate() {
    assertThat(CaseJson.valid().setJson("bseaCase", "{\"number\": \" \"}").violations()).containsExactly(
        new Violation("bseaCase.filedOn", "is required"), new Violation("bseaCase.number", "is required"));
  }

  @Test
  void esyMustBeTrueOrFalse() {
    assertThat(CaseJson.valid().set("iep.services[0].esy", "yes").violations())
        .containsExactly(new Violation("iep.services[0].esy", "must be true or false"));
  }
}
