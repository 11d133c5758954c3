package org.iepletters.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.iepletters.LetterKind;
import org.iepletters.calendar.Deadline;
import org.iepletters.ledger.ServiceLedger;
import org.iepletters.model.Address;
import org.iepletters.model.Case;
import org.iepletters.model.Correspondence;
import org.iepletters.model.Direction;

/**
 * What a complaint to the DESE Problem Resolution System states, element by element of 34 CFR 300.153(b).
 *
 * <p>The complaint reaches back one year (34 CFR 300.153(c)): periods whose last school day is before
 * {@code prsEarliestViolation} are left out, the line's figures are summed from the periods that remain, and the
 * letter says that what was left out remains open to a BSEA hearing request.
 *
 * @param filedOn the filing date, the letter date, written out
 * @param iepAcceptedOn the date the IEP was accepted, written out
 * @param iepStart the first day of the IEP, written out
 * @param iepEnd the last day of the IEP, written out
 * @param residence the child's residence on one line: the student's own address, else the guardian's
 * @param owed the owed minutes within the year, the span they cover and the lines without logs
 * @param prsDecisionDue the written decision's due date, sixty days after filing, with its weekday
 * @param attempts the letters sent and replies received up to the filing date, oldest first; may be empty
 * @param unansweredDemand the date of the last demand sent with no reply received since, written out, or
 *     {@code null}
 * @param bseaCaseNumber the number of a hearing about these issues pending at the BSEA, or {@code null} when none is
 * @param bseaCaseFiledOn the date that hearing was requested, written out, or {@code null}
 * @param concerns the parent's own words about the services not delivered, or {@code null}
 */
public record PrsComplaintFacts(
    String filedOn,
    String iepAcceptedOn,
    String iepStart,
    String iepEnd,
    String residence,
    OwedServices owed,
    String prsDecisionDue,
    List<Attempt> attempts,
    String unansweredDemand,
    String bseaCaseNumber,
    String bseaCaseFiledOn,
    String concerns)
    implements LetterFacts {

  /**
   * Copies the list once.
   *
   * @param filedOn the filing date, the letter date, written out
   * @param iepAcceptedOn the date the IEP was accepted, written out
   * @param iepStart the first day of the IEP, written out
   * @param iepEnd the last day of the IEP, written out
   * @param residence the child's residence on one line: the student's own address, else the guardian's
   * @param owed the owed minutes within the year, the span they cover and the lines without logs
   * @param prsDecisionDue the written decision's due date, sixty days after filing, with its weekday
   * @param attempts the letters sent and replies received up to the filing date, oldest first; may be empty
   * @param unansweredDemand the date of the last demand sent with no reply received since, written out, or {@code null}
   * @param bseaCaseNumber the number of a hearing about these issues pending at the BSEA, or {@code null} when none is
   * @param bseaCaseFiledOn the date that hearing was requested, written out, or {@code null}
   * @param concerns the parent's own words about the services not delivered, or {@code null}
   */
  public PrsComplaintFacts {
    attempts = List.copyOf(attempts);
  }

  /**
   * A letter sent to the district or a reply received from it, as the case records it.
   *
   * @param date the date, written out
   * @param sent whether the parent sent it; otherwise it is a reply from the district
   * @param letter the title of the letter sent, or {@code null} for a reply
   * @param note the case's note about it, as written
   * @param unanswered whether it is a demand no reply has followed
   */
  public record Attempt(String date, boolean sent, String letter, String note, boolean unanswered) {}

  /**
   * The facts of a complaint filed on a date.
   *
   * @param c a valid case
   * @param filed the filing date; the ledger counts up to it
   * @param ledger the case's ledger as of the filing date
   * @return the facts
   */
  static PrsComplaintFacts of(Case c, LocalDate filed, ServiceLedger ledger) {
    LocalDate earliest = Deadline.prsEarliestViolation(filed).date();
    Address residence = c.student().address() != null ? c.student().address() : c.guardian().address();
    List<Correspondence> mail = correspondence(c, filed);
    List<Attempt> attempts = mail.stream()
        .map(m -> new Attempt(Wording.date(m.date()), m.direction() == Direction.SENT,
            m.direction() == Direction.SENT && m.letter() != null ? m.letter().title() : null, m.note(),
            isUnansweredDemand(m, mail)))
        .toList();
    return new PrsComplaintFacts(
        Wording.date(filed),
        Wording.date(c.iep().acceptedOn()),
        Wording.date(c.iep().start()),
        Wording.date(c.iep().end()),
        String.join(", ", LetterViews.addressLines(residence)),
        OwedServices.of(c, ledger, filed, earliest),
        Wording.dateWithWeekday(Deadline.prsDecisionDue(filed).date()),
        attempts,
        mail.stream()
            .filter(m -> isUnansweredDemand(m, mail))
            .reduce((first, second) -> second)
            .map(m -> Wording.date(m.date()))
            .orElse(null),
        c.bseaCase() == null ? null : c.bseaCase().number(),
        c.bseaCase() == null ? null : Wording.date(c.bseaCase().filedOn()),
        c.concerns());
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
