package org.iepletters.samples.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.iepletters.calendar.Deadline;
import org.iepletters.plan.EscalationPlan;
import org.iepletters.plan.Step;

/**
 * The plan's dates as an iCalendar file (RFC 5545), written by ical4j: one all-day event per date, for the steps'
 * first and last dates and the deadlines from the as-of date on, each with a reminder the day before and the rule in
 * its description.
 *
 * <p>The same plan gives the same bytes: the time stamp is the as-of date's midnight (UTC), never the time of the
 * run, and each event's UID is a digest of its date and text.
 */
final class PlanCalendar {
  private PlanCalendar() {}

  /**
   * The calendar of a plan.
   *
   * @param plan the plan
   * @return the iCalendar text, lines ending in CRLF
   */
  static String of(EscalationPlan plan) {
    Map<LocalDate, List<String[]>> byDate = new TreeMap<>();
    for (Step step : plan.steps()) {
      String letter = step.letter().cliName();
      add(byDate, step.from(), "send " + letter + " from this date", step.why());
      if (step.by() != null) {
        add(byDate, step.by(), "last date for " + letter + " to keep its full effect", step.why());
      }
    }
    for (Deadline d : plan.deadlines().list()) {
      if (d.date() != null && !d.date().isBefore(plan.asOf())) {
        add(byDate, d.date(), d.name(), d.rule() + (d.authority().isEmpty() ? "" : " (" + d.authority() + ")"));
      }
    }

    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//IEP Letters//Escalation plan//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    DtStamp stamp = new DtStamp(plan.asOf().atStartOfDay(ZoneOffset.UTC).toInstant());
    for (Map.Entry<LocalDate, List<String[]>> day : byDate.entrySet()) {
      List<String> titles = new ArrayList<>();
      StringBuilder description = new StringBuilder();
      for (String[] item : day.getValue()) {
        titles.add(item[0]);
        if (description.length() > 0) {
          description.append("\n\n");
        }
        description.append(item[0]).append(": ").append(item[1]);
      }
      String summary = "IEP letters: " + String.join("; ", titles);
      VEvent event = new VEvent(false);
      event.add(stamp);
      event.add(new Uid(uid(day.getKey(), summary, description.toString())));
      event.add(new DtStart<>(day.getKey()));
      event.add(new Summary(summary));
      event.add(new Description(description + "\n\nThis plan is not legal advice."));
      VAlarm alarm = new VAlarm(Duration.ofDays(-1));
      alarm.add(ImmutableAction.DISPLAY);
      alarm.add(new Description("Tomorrow: " + summary));
      event.add(alarm);
      calendar.add(event);
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter().output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void add(Map<LocalDate, List<String[]>> byDate, LocalDate date, String title, String text) {
    byDate.computeIfAbsent(date, d -> new ArrayList<>()).add(new String[] {title, text});
  }

  /** A stable UID: a digest of the event's date and text, so the same plan gives the same UIDs. */
  private static String uid(LocalDate date, String summary, String description) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest((date + "\n" + summary + "\n" + description).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16) + "@iep-letters";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
