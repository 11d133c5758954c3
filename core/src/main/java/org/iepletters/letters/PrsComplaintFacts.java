package org.iepletters.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.iepletters.LetterKind;
import org.iepletters.calendar.Deadline;
import org.iepletters.ledger.LineLedger;
import org.iepletters.ledger.PeriodFigures;
import org.iepletters.ledger.ServiceLedger;
import org.iepletters.letters.LetterView.Person;
import org.iepletters.model.Address;
import org.iepletters.model.Case;
import org.iepletters.model.Correspondence;
import org.iepletters.model.Direction;

/**
 * What a complaint to the DESE Problem Resolution System states, element by element of 34 CFR 300.153(b).
 *
 * <p>The complaint reaches back one year (34 CFR 300.153(c)): when a line fell short in a period whose last school
 * day is before {@code prsEarliestViolation}, the periods before that date are left out and the line's figures
 * are summed from the periods that remain.
 *
 * @param filedOn the filing date, the letter date, written out
 * @param iepAcceptedOn the date the IEP was accepted, written out
 * @param iepStart the first day of the IEP, written out
 * @param iepEnd the last day of the IEP, written out
 * @param residence the child's residence on one line: the student's own address, else the guardian's
 * @param lines the service lines with owed minutes within the year, in the IEP's order; never empty
 * @param totalOwedMinutes the owed minutes of those lines, with thousands separators
 * @param excludedBefore the date before which shortfalls were left out, written out, or {@code null} when none was
 * @param prsDecisionDue the written decision's due date, sixty days after filing, with its weekday
 * @param unansweredDemand the date of the last demand sent with no reply received since, written out, or
 *     {@code null}
 * @param concerns the parent's own words, or {@code null}
 * @param copyEmailedTo the district's people copied whose e-mail addresses are known
 * @param copyMailedTo the district's people copied without a known e-mail address
 */
public record PrsComplaintFacts(
    String filedOn,
    String iepAcceptedOn,
    String iepStart,
    String iepEnd,
    String residence,
    List<ShortfallLine> lines,
    String totalOwedMinutes,
    String excludedBefore,
    String prsDecisionDue,
    String unansweredDemand,
    String concerns,
    List<Person> copyEmailedTo,
    List<Person> copyMailedTo)
    implements LetterFacts {

  /** Copies the lists once. */
  public PrsComplaintFacts {
    lines = List.copyOf(lines);
    copyEmailedTo = List.copyOf(copyEmailedTo);
    copyMailedTo = List.copyOf(copyMailedTo);
  }

  /** The lines whose shortfall is presumed because no log entry was provided; may be empty. */
  public List<ShortfallLine> presumedLines() {
    return lines.stream().filter(ShortfallLine::presumed).toList();
  }

  /**
   * The facts of a complaint filed on a date.
   *
   * @param c a valid case
   * @param filed the filing date; the ledger counts up to it
   * @param copies the district's people who receive a copy
   * @param ledger the case's ledger as of the filing date
   * @return the facts
   */
  static PrsComplaintFacts of(Case c, LocalDate filed, List<Person> copies, ServiceLedger ledger) {
    LocalDate earliest = Deadline.prsEarliestViolation(filed).date();
    List<ShortfallLine> lines = new ArrayList<>();
    long total = 0;
    boolean leftOut = false;
    for (LineLedger line : ledger.services()) {
      if (!line.hasOwedMinutes()) {
        continue;
      }
      boolean tooOld = line.periodFigures().stream()
          .anyMatch(p -> p.hasShortfall() && p.lastSchoolDay().isBefore(earliest));
      if (!tooOld) {
        lines.add(ShortfallLine.of(line));
        total += line.owedMinutes();
        continue;
      }
      leftOut = true;
      List<PeriodFigures> recent = line.periodFigures().stream()
          .filter(p -> !p.lastSchoolDay().isBefore(earliest))
          .toList();
      long owed = recent.stream().mapToLong(PeriodFigures::owedMinutes).sum();
      if (owed > 0) {
        lines.add(ShortfallLine.ofPeriods(line, recent));
        total += owed;
      }
    }
    Address residence = c.student().address() != null ? c.student().address() : c.guardian().address();
    List<Correspondence> mail = correspondence(c, filed);
    return new PrsComplaintFacts(
        Wording.date(filed),
        Wording.date(c.iep().acceptedOn()),
        Wording.date(c.iep().start()),
        Wording.date(c.iep().end()),
        String.join(", ", LetterViews.addressLines(residence)),
        lines,
        Wording.number(total),
        leftOut ? Wording.date(earliest) : null,
        Wording.dateWithWeekday(Deadline.prsDecisionDue(filed).date()),
        mail.stream()
            .filter(m -> isUnansweredDemand(m, mail))
            .reduce((first, second) -> second)
            .map(m -> Wording.date(m.date()))
            .orElse(null),
        c.concerns(),
        copies.stream().filter(p -> p.email() != null).toList(),
        copies.stream().filter(p -> p.email() == null).toList());
  }

  /**
   * What the complaint attaches: the accepted IEP, the service delivery logs when the district gave any, and every
   * earlier letter and reply, oldest first, a demand with no reply marked as not answered.
   *
   * @param c a valid case
   * @param filed the filing date; correspondence dated after it is not listed
   * @return one line per attachment
   */
  static List<String> attachments(Case c, LocalDate filed) {
    List<String> attachments = new ArrayList<>();
    attachments.add("The accepted IEP, for " + Wording.date(c.iep().start()) + " to " + Wording.date(c.iep().end())
        + ", accepted on " + Wording.date(c.iep().acceptedOn()));
    if (!c.serviceLogs().isEmpty()) {
      attachments.add("The service delivery logs provided by the district");
    }
    List<Correspondence> mail = correspondence(c, filed);
    for (Correspondence m : mail) {
      if (m.direction() == Direction.RECEIVED) {
        attachments.add("Reply from the district, received " + Wording.date(m.date()) + ": " + m.note());
      } else {
        String answer = isUnansweredDemand(m, mail) ? ", not answered" : "";
        attachments.add(m.letter().title() + ", sent " + Wording.date(m.date()) + answer + ": " + m.note());
      }
    }
    return attachments;
  }

  /** The correspondence up to the filing date, oldest first; items of one date keep their order. */
  private static List<Correspondence> correspondence(Case c, LocalDate filed) {
    return c.correspondence().stream()
        .filter(m -> !m.date().isAfter(filed))
        .sorted(Comparator.comparing(Correspondence::date))
        .toList();
  }

  /** A demand sent with no reply received on or after its date (as the plan reads it). */
  private static boolean isUnansweredDemand(Correspondence m, List<Correspondence> mail) {
    return m.direction() == Direction.SENT && m.letter() == LetterKind.DEMAND
        && mail.stream()
            .noneMatch(r -> r.direction() == Direction.RECEIVED && !r.date().isBefore(m.date()));
  }
}
