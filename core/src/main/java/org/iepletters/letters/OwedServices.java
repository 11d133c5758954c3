package org.iepletters.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.iepletters.LetterKind;
import org.iepletters.ledger.LineLedger;
import org.iepletters.ledger.PeriodFigures;
import org.iepletters.ledger.ServiceLedger;
import org.iepletters.model.Case;
import org.iepletters.model.Direction;

/**
 * The minutes a letter says are owed, as the ledger counts them from the logs: the lines whose logs show a shortfall
 * (with their Exhibit A), apart from the lines the district gave no logs for, whose minutes are never stated as a
 * shortfall.
 *
 * @param lines the lines whose logs show owed minutes, in the IEP's order; may be empty
 * @param unlogged the lines with no log entry in their window and minutes required, in the IEP's order; may be empty
 * @param totalOwedMinutes the owed minutes of {@code lines}, with thousands separators
 * @param spanFrom the first school day any of {@code lines} counts, written out, or {@code null} without lines
 * @param spanThrough the last school day any of {@code lines} counts, written out, or {@code null} without lines
 * @param cancelledSessions the number of sessions the logs of {@code lines} record as cancelled in the periods counted
 * @param countedWithoutCalendar whether the case has no school calendar, so that vacation days may be counted
 * @param recordsRequestedOn the date of the latest records request sent, written out, or {@code null}
 * @param leftOutBefore the date before which shortfalls were left out, written out, or {@code null} when none was
 */
public record OwedServices(
    List<ShortfallLine> lines,
    List<UnloggedLine> unlogged,
    String totalOwedMinutes,
    String spanFrom,
    String spanThrough,
    int cancelledSessions,
    boolean countedWithoutCalendar,
    String recordsRequestedOn,
    String leftOutBefore) {

  /**
   * Copies the lists once.
   *
   * @param lines the lines whose logs show owed minutes, in the IEP's order; may be empty
   * @param unlogged the lines with no log entry in their window and minutes required, in the IEP's order; may be empty
   * @param totalOwedMinutes the owed minutes of {@code lines}, with thousands separators
   * @param spanFrom the first school day any of {@code lines} counts, written out, or {@code null} without lines
   * @param spanThrough the last school day any of {@code lines} counts, written out, or {@code null} without lines
   * @param cancelledSessions the number of sessions the logs of {@code lines} record as cancelled in the periods
   *     counted
   * @param countedWithoutCalendar whether the case has no school calendar, so that vacation days may be counted
   * @param recordsRequestedOn the date of the latest records request sent, written out, or {@code null}
   * @param leftOutBefore the date before which shortfalls were left out, written out, or {@code null} when none was
   */
  public OwedServices {
    lines = List.copyOf(lines);
    unlogged = List.copyOf(unlogged);
  }

  /** {@return whether more than one line shows owed minutes, so that a total is worth stating} */
  public boolean severalLines() {
    return lines.size() > 1;
  }

  /**
   * The owed minutes of a case as of a letter's date.
   *
   * @param c a valid case
   * @param ledger the case's ledger as of the letter date
   * @param letterDate the letter's date; correspondence after it is not read
   * @param earliest periods whose last school day is before this date are left out, or {@code null} to keep all
   * @return the figures
   */
  static OwedServices of(Case c, ServiceLedger ledger, LocalDate letterDate, LocalDate earliest) {
    List<ShortfallLine> lines = new ArrayList<>();
    List<UnloggedLine> unlogged = new ArrayList<>();
    long total = 0;
    boolean leftOut = false;
    LocalDate from = null;
    LocalDate through = null;
    for (LineLedger line : ledger.services()) {
      if (!line.hasOwedMinutes()) {
        continue;
      }
      List<PeriodFigures> periods = line.periodFigures().stream()
          .filter(p -> earliest == null || !p.lastSchoolDay().isBefore(earliest))
          .toList();
      leftOut |= periods.size() < line.periodFigures().size()
          && line.periodFigures().stream().anyMatch(p -> p.hasShortfall() && p.lastSchoolDay().isBefore(earliest));
      long owed = periods.stream().mapToLong(PeriodFigures::owedMinutes).sum();
      if (owed == 0) {
        continue;
      }
      if (line.unlogged()) {
        unlogged.add(UnloggedLine.of(line, periods));
        continue;
      }
      lines.add(ShortfallLine.of(line, periods));
      total += owed;
      LocalDate first = periods.get(0).firstSchoolDay();
      LocalDate last = periods.get(periods.size() - 1).lastSchoolDay();
      from = from == null || first.isBefore(from) ? first : from;
      through = through == null || last.isAfter(through) ? last : through;
    }
    LocalDate requested = c.correspondence().stream()
        .filter(m -> m.direction() == Direction.SENT && m.letter() == LetterKind.RECORDS_REQUEST)
        .filter(m -> !m.date().isAfter(letterDate))
        .map(m -> m.date())
        .max(Comparator.naturalOrder())
        .orElse(null);
    return new OwedServices(lines, unlogged, Wording.number(total), Wording.date(from), Wording.date(through),
        lines.stream().mapToInt(l -> l.cancelled().size()).sum(),
        ledger.warnings().contains(ServiceLedger.NO_CALENDAR_WARNING),
        Wording.date(requested),
        leftOut ? Wording.date(earliest) : null);
  }
}
