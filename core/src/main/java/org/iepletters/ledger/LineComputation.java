package org.iepletters.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.iepletters.calendar.SchoolDays;
import org.iepletters.model.SchoolCalendar;
import org.iepletters.model.ServiceLine;
import org.iepletters.model.ServiceLogEntry;
import org.iepletters.validation.InvalidCaseException;
import org.iepletters.validation.Violation;

/**
 * The ledger of one service line over its window: periods ({@link #prepare}), then entries ({@link #add}, in
 * the order of the log), then make-up ({@link #finish}). The log is read once for all lines, in its own
 * order: a large log is read front to back, not line by line.
 *
 * <p>A period is counted when it has a day of the line's kind in the window and is complete by the evidence
 * date: its last such day on or before the obligation end is on or before that date.
 */
final class LineComputation {
  private final ServiceLine line;
  private final String path;
  private final Window window;
  private final LocalDate obligationEnd;
  private final LocalDate evidence;
  private final SchoolDays days;
  private final Proration proration;
  private final List<String> warnings;

  private List<Slot> slots;
  /** For each day of the window, from its start, the index of the period with a day in the window holding it, or -1. */
  private int[] slotOfDay;
  private long windowStart;
  private long windowEnd;
  private long delivered;
  private long makeupPool;
  private int sessionsDelivered;
  private int sessionsCancelled;
  private int ignored;
  private boolean anyInWindow;

  /** A period overlapping the window, counted or not, with the sums of its entries. */
  private static final class Slot {
    final LocalDate start;
    final LocalDate end;
    final int schoolDays;
    final int nominal;
    boolean counted;
    long delivered;
    int absences;
    final List<CancelledSession> cancelled = new ArrayList<>();
    long required;
    long excused;
    long shortfall;

    Slot(LocalDate start, LocalDate end, int schoolDays, int nominal) {
      this.start = start;
      this.end = end;
      this.schoolDays = schoolDays;
      this.nominal = nominal;
    }
  }

  LineComputation(ServiceLine line, int index, Window window, LocalDate obligationEnd, LocalDate evidence,
      SchoolDays days, Proration proration, List<String> warnings) {
    this.line = line;
    this.path = "iep.services[" + index + "]";
    this.window = window;
    this.obligationEnd = obligationEnd;
    this.evidence = evidence;
    this.days = days;
    this.proration = proration;
    this.warnings = warnings;
  }

  /**
   * Checks the line and works out its periods, before any entry is added.
   *
   * @throws InvalidCaseException when the line lacks what its ledger needs
   */
  void prepare() {
    if (window.isEmpty()) {
      return;
    }
    bounded(line.sessions(), "sessions", ServiceLine.MAX_SESSIONS, "must be at most 1,000 sessions per period");
    bounded(line.minutes(), "minutes", ServiceLine.MAX_MINUTES, "must be at most 1,440 minutes (a day)");
    if (line.per() == null) {
      throw invalid("per", "is required");
    }
    if (days.isEsy() && !days.hasCalendar()) {
      warnings.add("Service line '" + line.id() + "' is an extended-school-year service and the case has no ESY "
          + "calendar: every weekday that is not a Massachusetts legal holiday counts for it.");
    }
    if (days.count(window.start(), window.end()) == 0) {
      warnings.add("Service line '" + line.id() + "' has no " + (days.isEsy() ? "ESY" : "school") + " day from "
          + window.start() + " to " + window.end() + ", so nothing is counted as required for it.");
    }
    slots = slots();
    windowStart = window.start().toEpochDay();
    windowEnd = window.end().toEpochDay();
    slotOfDay = new int[(int) (windowEnd - windowStart + 1)];
    Arrays.fill(slotOfDay, -1);
    for (int i = 0; i < slots.size(); i++) {
      Slot s = slots.get(i);
      if (s.schoolDays == 0) {
        continue;
      }
      LocalDate last = days.last(s.start, earlier(s.end, obligationEnd));
      s.counted = last != null && !last.isAfter(evidence);
      long from = Math.max(s.start.toEpochDay(), windowStart);
      long to = Math.min(s.end.toEpochDay(), windowEnd);
      for (long d = from; d <= to; d++) {
        slotOfDay[(int) (d - windowStart)] = i;
      }
    }
  }

  /**
   * Counts one log entry of this line.
   *
   * @param e the entry
   */
  void add(ServiceLogEntry e) {
    if (window.isEmpty()) {
      ignored++;
      return;
    }
    LocalDate date = e.date();
    long day = date == null ? Long.MIN_VALUE : date.toEpochDay();
    if (day < windowStart || day > windowEnd) {
      ignored++;
      return;
    }
    anyInWindow = true;
    long entryMinutes = e.minutes() == null ? 0 : e.minutes();
    // an uncounted period keeps its sums for the record, but requires nothing, so they offset nothing
    int index = slotOfDay[(int) (day - windowStart)];
    Slot slot = index < 0 ? null : slots.get(index);
    if (e.status() == null) {
      return;
    }
    switch (e.status()) {
      case DELIVERED -> {
        // exact sums: a figure that overflowed would be a wrong figure in a letter
        delivered = Math.addExact(delivered, entryMinutes);
        sessionsDelivered++;
        if (slot != null) {
          slot.delivered = Math.addExact(slot.delivered, entryMinutes);
        }
      }
      case CANCELLED -> {
        sessionsCancelled++;
        if (slot != null) {
          slot.cancelled.add(new CancelledSession(date, e.note()));
        }
      }
      case STUDENT_ABSENT -> {
        if (slot != null) {
          slot.absences++;
        }
      }
      case MAKEUP -> makeupPool = Math.addExact(makeupPool, entryMinutes);
    }
  }

  /**
   * The line's ledger, once every entry is added.
   *
   * @return the ledger
   */
  LineLedger finish() {
    if (window.isEmpty()) {
      return new LineLedger(line, window, obligationEnd, List.of(), 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, ignored,
          null, false, 0, List.of());
    }
    int minutes = line.minutes();
    long perPeriod = Math.multiplyExact((long) line.sessions(), minutes);
    List<Slot> counted = new ArrayList<>();
    List<PeriodFigures> uncounted = new ArrayList<>();
    long totalShortfall = 0;
    for (Slot s : slots) {
      if (s.schoolDays == 0) {
        continue;
      }
      if (!s.counted) {
        uncounted.add(figures(s, 0, 0, 0, 0));
        continue;
      }
      s.required = required(perPeriod, s.schoolDays, s.nominal);
      s.excused = Math.min(Math.multiplyExact((long) s.absences, minutes), Math.max(0, s.required - s.delivered));
      s.shortfall = Math.max(0, s.required - s.delivered - s.excused);
      counted.add(s);
      totalShortfall = Math.addExact(totalShortfall, s.shortfall);
    }

    long makeupLeft = Math.min(makeupPool, totalShortfall);
    long makeupCredited = makeupLeft;
    List<PeriodFigures> periodFigures = new ArrayList<>();
    long required = 0;
    long excused = 0;
    int shortfallPeriods = 0;
    LocalDate firstShortfall = null;
    LocalDate lastShortfall = null;
    LocalDate countedThrough = null;
    for (Slot s : counted) {
      long credit = Math.min(makeupLeft, s.shortfall);
      makeupLeft -= credit;
      PeriodFigures p = figures(s, s.required, s.excused, s.shortfall, credit);
      periodFigures.add(p);
      required = Math.addExact(required, s.required);
      excused = Math.addExact(excused, s.excused);
      countedThrough = p.lastSchoolDay();
      if (s.shortfall > 0) {
        shortfallPeriods++;
        if (firstShortfall == null) {
          firstShortfall = p.firstSchoolDay();
        }
        lastShortfall = p.lastSchoolDay();
      }
    }
    return new LineLedger(line, window, obligationEnd, periodFigures, required, delivered, excused, makeupCredited,
        totalShortfall - makeupCredited, counted.size(), shortfallPeriods, sessionsDelivered, sessionsCancelled,
        firstShortfall, lastShortfall, ignored, countedThrough, !anyInWindow, makeupPool, uncounted);
  }

  private PeriodFigures figures(Slot s, long required, long excused, long shortfall, long credit) {
    LocalDate clipStart = later(s.start, window.start());
    LocalDate clipEnd = earlier(s.end, window.end());
    return new PeriodFigures(s.start, s.end, s.schoolDays, s.nominal, days.first(clipStart, clipEnd),
        days.last(clipStart, clipEnd), required, s.delivered, excused, shortfall, credit, shortfall - credit,
        s.absences, s.cancelled);
  }

  /** sessions × minutes × min(1, k / nominal), rounded half up once; with no proration, in full. */
  private long required(long perPeriod, int schoolDays, int nominal) {
    if (proration == Proration.NONE || schoolDays >= nominal) {
      return perPeriod;
    }
    return BigDecimal.valueOf(perPeriod)
        .multiply(BigDecimal.valueOf(schoolDays))
        .divide(BigDecimal.valueOf(nominal), 0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  /** The periods overlapping the window, oldest first, with their days inside the window. */
  private List<Slot> slots() {
    return switch (line.per()) {
      case WEEK -> weeks();
      case MONTH -> months();
      case CYCLE -> cycles();
    };
  }

  private List<Slot> weeks() {
    List<Slot> slots = new ArrayList<>();
    LocalDate monday = window.start().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    for (; !monday.isAfter(window.end()); monday = monday.plusWeeks(1)) {
      slots.add(slot(monday, monday.plusDays(6), days.weekNominal(monday)));
    }
    return slots;
  }

  private List<Slot> months() {
    List<Slot> slots = new ArrayList<>();
    YearMonth last = YearMonth.from(window.end());
    for (YearMonth m = YearMonth.from(window.start()); !m.isAfter(last); m = m.plusMonths(1)) {
      LocalDate first = m.atDay(1);
      LocalDate end = m.atEndOfMonth();
      slots.add(slot(first, end, days.count(first, end)));
    }
    return slots;
  }

  /**
   * Runs of N school days counted from the first day of each school-year calendar, the count starting again in
   * each school year; a cycle owns the dates from its first school day to the day before the next cycle of its
   * year starts, the last one to its calendar's last day.
   */
  private List<Slot> cycles() {
    if (line.cycleDays() == null || line.cycleDays() < 1) {
      throw invalid("cycleDays", "is required for a CYCLE line");
    }
    int n = line.cycleDays();
    List<LocalDate[]> years = new ArrayList<>();
    if (days.calendars().isEmpty()) {
      // Validation requires a calendar for CYCLE lines; without one, count from the window's start.
      warnings.add("Service line '" + line.id() + "' is counted in cycles, but the case has no district "
          + "calendar: its cycles are counted from " + window.start() + ".");
      years.add(new LocalDate[] {window.start(), window.end()});
    } else {
      for (SchoolCalendar c : days.calendars()) {
        years.add(new LocalDate[] {c.firstDay(), c.lastDay()});
      }
    }
    List<Slot> slots = new ArrayList<>();
    for (LocalDate[] year : years) {
      LocalDate from = year[0];
      LocalDate to = year[1];
      if (to.isBefore(window.start()) || from.isAfter(window.end())) {
        continue;
      }
      List<LocalDate> starts = new ArrayList<>();
      int ordinal = 0;
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        if (days.isSchoolDay(d)) {
          if (ordinal % n == 0) {
            starts.add(d);
          }
          ordinal++;
        }
      }
      for (int i = 0; i < starts.size(); i++) {
        LocalDate start = starts.get(i);
        LocalDate end = i + 1 < starts.size() ? starts.get(i + 1).minusDays(1) : to;
        if (!end.isBefore(window.start()) && !start.isAfter(window.end())) {
          slots.add(slot(start, end, n));
        }
      }
    }
    return slots;
  }

  private Slot slot(LocalDate start, LocalDate end, int nominal) {
    int k = days.count(later(start, window.start()), earlier(end, window.end()));
    return new Slot(start, end, k, nominal);
  }

  private void bounded(Integer value, String field, int max, String tooLarge) {
    if (value == null || value < 1) {
      throw invalid(field, "must be 1 or more");
    }
    if (value > max) {
      throw invalid(field, tooLarge);
    }
  }

  private InvalidCaseException invalid(String field, String rule) {
    return new InvalidCaseException(List.of(new Violation(path + "." + field, rule)));
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
