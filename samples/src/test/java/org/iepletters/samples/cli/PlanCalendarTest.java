package org.iepletters.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan --ics}: the plan's dates as an iCalendar file, read back by ical4j as a calendar program would. */
class PlanCalendarTest {
  @TempDir
  Path dir;

  private Calendar parse(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return new CalendarBuilder().build(in);
    }
  }

  @Test
  void holdsOneAllDayEventPerDateWithAReminderTheDayBeforeAndTheRule() throws Exception {
    Path ics = dir.resolve("plan.ics");
    Cli.run("plan", "--case", Cli.caseFile("speech-one-of-three"), "--as-of", "2026-11-13", "--ics", ics.toString())
        .assertOk();
    Calendar calendar = parse(ics);
    List<VEvent> events = calendar.getComponents("VEVENT");
    // Steps: demand from 11/13; prs-complaint from 11/21 by 2027-10-09. Deadlines from the as-of date on:
    // recordsAccessDue 11/23, demandResponseDue 11/20, prsDecisionDue 2027-01-12, prsFullCoverageBy 2027-10-09
    // (the complaint's by date too), dueProcessLimit 2028-10-05; prsEarliestViolation (2025-11-13) is in the past.
    List<LocalDate> dates = new ArrayList<>();
    for (VEvent e : events) {
      Property start = e.getProperty("DTSTART").orElseThrow();
      assertThat(start.getParameter("VALUE").map(Object::toString)).as("all-day").contains("VALUE=DATE");
      dates.add(LocalDate.parse(start.getValue(), java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
      List<VAlarm> alarms = e.getAlarms();
      assertThat(alarms).singleElement().satisfies(a ->
          assertThat(a.getProperty("TRIGGER").orElseThrow().getValue()).isEqualTo("-P1D"));
      assertThat(e.getProperty("DTSTAMP").orElseThrow().getValue()).isEqualTo("20261113T000000Z");
    }
    assertThat(dates).containsExactly(LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 20),
        LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 23), LocalDate.of(2027, 1, 12), LocalDate.of(2027, 10, 9),
        LocalDate.of(2028, 10, 5));
    assertThat(events).extracting(e -> e.getProperty("UID").orElseThrow().getValue()).doesNotHaveDuplicates();
    VEvent october = events.get(5);
    assertThat(october.getProperty("SUMMARY").orElseThrow().getValue())
        .contains("prs-complaint").contains("prsFullCoverageBy");
    assertThat(october.getProperty("DESCRIPTION").orElseThrow().getValue())
        .contains("still reaches every shortfall").contains("34 CFR 300.153(c)");
    assertThat(Files.readString(ics)).doesNotContain("Oliver").doesNotContain("Tremaine");
  }

  @Test
  void theSameInputGivesTheSameBytes() throws Exception {
    Path first = dir.resolve("a.ics");
    Path second = dir.resolve("b.ics");
    for (Path p : List.of(first, second)) {
      Cli.run("plan", "--case", Cli.caseFile("ot-vacancy"), "--as-of", "2026-12-11", "--json", "--ics", p.toString())
          .assertOk();
    }
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    assertThat(Files.readString(first)).startsWith("BEGIN:VCALENDAR\r\n").contains("VERSION:2.0\r\n");
  }
}
