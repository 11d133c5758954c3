package org.iepletters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.iepletters.model.Address;
import org.iepletters.model.Case;
import org.iepletters.model.Closure;
import org.iepletters.model.Contact;
import org.iepletters.model.ContactRole;
import org.iepletters.model.Correspondence;
import org.iepletters.model.District;
import org.iepletters.model.Grid;
import org.iepletters.model.Guardian;
import org.iepletters.model.Iep;
import org.iepletters.model.LogStatus;
import org.iepletters.model.Period;
import org.iepletters.model.ProposedIep;
import org.iepletters.model.RefusedRequest;
import org.iepletters.model.Relationship;
import org.iepletters.model.SchoolCalendar;
import org.iepletters.model.ServiceLine;
import org.iepletters.model.ServiceLogEntry;
import org.iepletters.model.Student;

/** Small fictional cases built in code for the computation tests. */
public final class SyntheticCases {
  /**
   * A school year from Mon 2026-08-31 to Wed 2027-06-16, closed Nov 25-27 2026 and Dec 24 2026 to Jan 1 2027.
   *
   * <p>Holidays on weekdays inside it: Labor Day Mon 9/7, Columbus Day Mon 10/12, Veterans Day Wed 11/11,
   * Thanksgiving Thu 11/26, Christmas Fri 12/25, New Year Fri 1/1, MLK Day Mon 1/18, Washington's Birthday Mon
   * 2/15, Patriots' Day Mon 4/19, Memorial Day Mon 5/31.
   */
  public static final SchoolCalendar YEAR_2026 = new SchoolCalendar(
      LocalDate.of(2026, 8, 31), LocalDate.of(2027, 6, 16),
      list(new Closure(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 27), "Thanksgiving recess"),
          new Closure(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 1), "Winter recess")));

  private SyntheticCases() {}

  /** A mutable list: the model's list copy asks contains(null), which List.of rejects. */
  @SafeVarargs
  public static <T> List<T> list(T... items) {
    List<T> list = new ArrayList<>(items.length);
    for (T item : items) {
      list.add(item);
    }
    return list;
  }

  /** A service line with no own dates. */
  public static ServiceLine line(String id, int sessions, int minutes, Period per) {
    return new ServiceLine(id, "Speech-language therapy", Grid.C, "Speech-language pathologist",
        sessions, minutes, per, null, null, null);
  }

  /** A CYCLE service line. */
  public static ServiceLine cycleLine(String id, int sessions, int minutes, int cycleDays) {
    return new ServiceLine(id, "Occupational therapy", Grid.C, "Occupational therapist",
        sessions, minutes, Period.CYCLE, cycleDays, null, null);
  }

  /** A log entry. */
  public static ServiceLogEntry entry(String line, LocalDate date, int minutes, LogStatus status) {
    return new ServiceLogEntry(line, date, minutes, status, null);
  }

  /** A {@code DELIVERED} entry. */
  public static ServiceLogEntry delivered(String line, LocalDate date, int minutes) {
    return entry(line, date, minutes, LogStatus.DELIVERED);
  }

  /** A case with an accepted IEP, its logs and a calendar (or none). */
  public static Case caseOf(SchoolCalendar calendar, LocalDate iepStart, LocalDate iepEnd, List<ServiceLine> lines,
      List<ServiceLogEntry> logs) {
    return caseOf(calendar, new Iep(iepStart, iepEnd, iepStart.minusDays(10), new ArrayList<>(lines)), null, logs, null,
        List.of(), List.of());
  }

  /** A case with every part that the plan reads. */
  public static Case caseOf(SchoolCalendar calendar, Iep iep, ProposedIep proposed, List<ServiceLogEntry> logs,
      LocalDate nextTeamMeeting, List<Correspondence> correspondence, List<RefusedRequest> refused) {
    Address address = new Address("1 Example Street", null, "Springfield", "MA", "01105");
    District district = new District("Example Public Schools", address,
        list(new Contact(ContactRole.SPECIAL_EDUCATION_DIRECTOR, "Pat Example", "director@example.org"),
            new Contact(ContactRole.TEAM_CHAIR, "Lee Example", "chair@example.org")),
        calendar);
    return new Case(
        new Student("Sam", "Example", LocalDate.of(2016, 3, 14), null, "4", "Example Elementary School", null, null),
        new Guardian("Alex Example", Relationship.PARENT, address, "alex@example.org", null, null),
        district, iep, proposed, new ArrayList<>(logs), nextTeamMeeting, new ArrayList<>(correspondence),
        new ArrayList<>(refused), null);
  }

  /** The same case with {@code logsThrough} set: the logs cover every date up to that one. */
  public static Case logsThrough(Case c, LocalDate through) {
    return new Case(c.student(), c.guardian(), c.district(), c.iep(), c.proposedIep(), c.serviceLogs(),
        c.nextTeamMeeting(), c.correspondence(), c.refusedRequests(), c.concerns(), through, c.bseaCase());
  }
}
