package org.iepletters.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iepletters.calendar.SchoolDays;
import org.iepletters.model.Case;
import org.iepletters.model.District;
import org.iepletters.model.Iep;
import org.iepletters.model.SchoolCalendar;
import org.iepletters.model.ServiceLine;
import org.iepletters.model.ServiceLogEntry;
import org.iepletters.calendar.SupportedDates;

/**
 * What each service line of the accepted IEP required, and what was delivered, excused, made up and owed, up to
 * an as-of date.
 *
 * <p>All arithmetic is exact; the one rounding is of each period's required minutes, half up. The work grows
 * linearly with the number of log entries and the days of the IEP.
 *
 * @param asOf the last date counted
 * @param evidenceThrough the evidence date E: the as-of date, capped by {@code logsThrough} or else by the latest
 *     log entry; only periods complete by it are counted
 * @param proration how short periods are counted
 * @param services one ledger per service line, in the IEP's order
 * @param totalOwedMinutes owed minutes summed over the lines
 * @param warnings what makes the figures less certain, without personal data
 */
public record ServiceLedger(
    LocalDate asOf,
    LocalDate evidenceThrough,
    Proration proration, List<LineLedger> services, long totalOwedMinutes, List<String> warnings) {

  /** The warning a ledger carries when the case has no district calendar. */
  public static final String NO_CALENDAR_WARNING =
      "The case has no district calendar: every weekday that is not a Massachusetts legal holiday counts as a "
          + "school day, so vacations count too and the figures may overstate what is owed.";

  /** The days past a window worked out ahead: a month, the longest period. */
  private static final int LOOK_AHEAD_DAYS = 31;

  /**
   * Copies the lists once.
   *
   * @param asOf the last date counted
   * @param evidenceThrough the evidence date E: the as-of date, capped by {@code logsThrough} or else by the latest log
   *     entry; only periods complete by it are counted
   * @param proration how short periods are counted
   * @param services one ledger per service line, in the IEP's order
   * @param totalOwedMinutes owed minutes summed over the lines
   * @param warnings what makes the figures less certain, without personal data
   */
  public ServiceLedger {
    services = List.copyOf(services);
    warnings = List.copyOf(warnings);
  }

  /**
   * The ledger of a case with school-day proration, the default.
   *
   * @param c a valid case
   * @param asOf the last date counted
   * @return the ledger of every line of the case's accepted IEP
   * @throws IllegalArgumentException when a date is outside {@link SupportedDates}
   */
  public static ServiceLedger of(Case c, LocalDate asOf) {
    return of(c, asOf, Proration.SCHOOL_DAYS);
  }

  /**
   * The ledger of a case.
   *
   * @param c a valid case
   * @param asOf the last date counted
   * @param proration how short periods are counted
   * @return the ledger of every line of the case's accepted IEP
   * @throws IllegalArgumentException when a date is outside {@link SupportedDates}
   */
  public static ServiceLedger of(Case c, LocalDate asOf, Proration proration) {
    SupportedDates.require(asOf, "asOf");
    Iep iep = c.iep();
    LocalDate evidence = evidenceThrough(c, asOf);
    List<Window> windows = new ArrayList<>();
    LocalDate from = null;
    LocalDate to = null;
    LocalDate esyFrom = null;
    LocalDate esyTo = null;
    for (ServiceLine line : iep.services()) {
      Window w = windowOf(iep, line, asOf);
      windows.add(w);
      if (!w.isEmpty()) {
        // a period can end up to a month after the window; work those days out ahead too
        LocalDate end = w.end().isAfter(SupportedDates.LAST.minusDays(LOOK_AHEAD_DAYS))
            ? SupportedDates.LAST : w.end().plusDays(LOOK_AHEAD_DAYS);
        if (line.isEsy()) {
          esyFrom = esyFrom == null || w.start().isBefore(esyFrom) ? w.start() : esyFrom;
          esyTo = esyTo == null || end.isAfter(esyTo) ? end : esyTo;
        } else {
          from = from == null || w.start().isBefore(from) ? w.start() : from;
          to = to == null || end.isAfter(to) ? end : to;
        }
      }
    }
    District district = c.district();
    List<SchoolCalendar> years = district == null ? List.of() : district.schoolYears();
    SchoolDays schoolDays = from == null
        ? SchoolDays.ofYears(years, asOf, asOf.minusDays(1))
        : SchoolDays.ofYears(years, from, to);
    SchoolDays esyDays = null;
    if (esyFrom != null) {
      esyDays = SchoolDays.esy(district == null ? List.of() : district.esyYears(), esyFrom, esyTo);
    }

    List<String> warnings = new ArrayList<>();
    if (!schoolDays.hasCalendar()) {
      warnings.add(NO_CALENDAR_WARNING);
    }
    List<LineComputation> computations = new ArrayList<>();
    // the lines of each id: an entry counts for every line it names
    Map<String, LineComputation[]> byId = new HashMap<>();
    for (int i = 0; i < iep.services().size(); i++) {
      ServiceLine line = iep.services().get(i);
      SchoolDays days = line.isEsy() && esyDays != null ? esyDays : schoolDays;
      LineComputation computation = new LineComputation(line, i, windows.get(i), obligationEnd(iep, line), evidence,
          days, proration, warnings);
      computation.prepare();
      computations.add(computation);
      byId.merge(line.id(), new LineComputation[] {computation}, ServiceLedger::concat);
    }
    // one pass over the log in its own order, which is the order it sits in memory
    for (ServiceLogEntry e : c.serviceLogs()) {
      if (e != null && e.service() != null) {
        LineComputation[] named = byId.get(e.service());
        if (named != null) {
          for (LineComputation computation : named) {
            computation.add(e);
          }
        }
      }
    }
    List<LineLedger> lines = new ArrayList<>();
    long total = 0;
    for (LineComputation computation : computations) {
      LineLedger ledger = computation.finish();
      lines.add(ledger);
      total = Math.addExact(total, ledger.owedMinutes());
    }
    return new ServiceLedger(asOf, evidence, proration, lines, total, warnings);
  }

  /**
   * The evidence date E of a case: {@code min(asOf, logsThrough)} when the logs say how far they go; otherwise
   * {@code min(asOf, the latest date of any log entry)}, or the as-of date when the case has no log entry.
   *
   * @param c a valid case
   * @param asOf the last date counted
   * @return the evidence date
   */
  public static LocalDate evidenceThrough(Case c, LocalDate asOf) {
    LocalDate through = c.logsThrough();
    if (through == null) {
      for (ServiceLogEntry e : c.serviceLogs()) {
        if (e != null && e.date() != null && (through == null || e.date().isAfter(through))) {
          through = e.date();
        }
      }
    }
    return through == null || through.isAfter(asOf) ? asOf : through;
  }

  /**
   * The ledger of one line.
   *
   * @param id the service line's id
   * @return the line's ledger, or empty when no line has that id
   */
  public Optional<LineLedger> line(String id) {
    return services.stream().filter(l -> l.id().equals(id)).findFirst();
  }

  /** {@return whether any line has owed minutes} */
  public boolean hasOwedMinutes() {
    return totalOwedMinutes > 0;
  }

  private static LineComputation[] concat(LineComputation[] a, LineComputation[] b) {
    LineComputation[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  private static LocalDate obligationEnd(Iep iep, ServiceLine line) {
    return line.end() != null && line.end().isBefore(iep.end()) ? line.end() : iep.end();
  }

  private static Window windowOf(Iep iep, ServiceLine line, LocalDate asOf) {
    LocalDate start = iep.start();
    if (line.start() != null && line.start().isAfter(start)) {
      start = line.start();
    }
    LocalDate end = iep.end();
    if (line.end() != null && line.end().isBefore(end)) {
      end = line.end();
    }
    if (asOf.isBefore(end)) {
      end = asOf;
    }
    return new Window(start, end);
  }
}
