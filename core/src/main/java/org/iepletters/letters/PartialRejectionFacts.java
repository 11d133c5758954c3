package org.iepletters.letters;

import java.time.LocalDate;
import java.util.List;
import org.iepletters.calendar.Deadline;
import org.iepletters.change.IepChange;
import org.iepletters.model.Case;
import org.iepletters.model.ProposedIep;

/**
 * What the partial rejection states: the proposed IEP accepted except its cuts, the cuts, stay-put on the last
 * accepted IEP, and the BSEA forwarding date.
 *
 * @param proposedStart the first day of the proposed IEP, written out
 * @param proposedEnd the last day of the proposed IEP, written out
 * @param proposedOn the date of the proposal, written out
 * @param acceptedStart the first day of the last accepted IEP, written out
 * @param acceptedEnd the last day of the last accepted IEP, written out
 * @param acceptedOn the date the last accepted IEP was accepted, written out
 * @param cuts the reduced and removed services, which the letter rejects; never empty
 * @param keptServices the proposed services that are not cut (unchanged, increased or new), their names joined in
 *     English, or {@code null} when there are none
 * @param bseaForwardingDue the date the district is to forward the rejection to the BSEA, with its weekday
 * @param proposedIepResponseDue the last day of the parent's thirty days to respond, written out, or {@code null}
 *     when the letter is dated after it
 */
public record PartialRejectionFacts(
    String proposedStart,
    String proposedEnd,
    String proposedOn,
    String acceptedStart,
    String acceptedEnd,
    String acceptedOn,
    List<ServiceCut> cuts,
    String keptServices,
    String bseaForwardingDue,
    String proposedIepResponseDue) implements LetterFacts {

  /** Copies the list once. */
  public PartialRejectionFacts {
    cuts = List.copyOf(cuts);
  }

  /** The facts of a case whose proposed IEP cuts a service, as if the letter is sent on the letter date. */
  static PartialRejectionFacts of(Case c, LocalDate letterDate, IepChange change) {
    ProposedIep proposed = c.proposedIep();
    LocalDate responseDue = Deadline.proposedIepResponseDue(proposed.receivedOn(), proposed.proposedOn()).date();
    List<String> kept = change.lines().stream()
        .filter(l -> !change.rejectedLines().contains(l))
        .map(l -> l.proposed().service())
        .toList();
    return new PartialRejectionFacts(
        Wording.date(proposed.start()),
        Wording.date(proposed.end()),
        Wording.date(proposed.proposedOn()),
        Wording.date(c.iep().start()),
        Wording.date(c.iep().end()),
        Wording.date(c.iep().acceptedOn()),
        ServiceCut.of(change),
        kept.isEmpty() ? null : Wording.join(kept),
        Wording.dateWithWeekday(Deadline.bseaForwardingDue(letterDate).date()),
        letterDate.isAfter(responseDue) ? null : Wording.date(responseDue));
  }
}
