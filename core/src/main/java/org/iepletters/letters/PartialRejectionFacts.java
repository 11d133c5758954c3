package org.iepletters.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.iepletters.calendar.Deadline;
import org.iepletters.change.IepChange;
import org.iepletters.model.Case;
import org.iepletters.model.ProposedIep;
import org.iepletters.model.ServiceLine;

/**
 * What the partial rejection states: the proposed IEP accepted except the rejected set (the cuts, the changed lines
 * the parent has not accepted, the other rejected portions), the parent's reasons, stay-put on the last accepted IEP,
 * and the BSEA forwarding date.
 *
 * @param proposedStart the first day of the proposed IEP, written out
 * @param proposedEnd the last day of the proposed IEP, written out
 * @param proposedOn the date of the proposal, written out
 * @param acceptedStart the first day of the last accepted IEP, written out
 * @param acceptedEnd the last day of the last accepted IEP, written out
 * @param acceptedOn the date the last accepted IEP was accepted, written out
 * @param cuts the reduced and removed services, which the letter rejects; may be empty
 * @param changes the lines the proposal changes otherwise and the parent has not accepted; may be empty
 * @param rejectedPortions the other portions the parent rejects, as typed; may be empty
 * @param concerns the parent's reasons for rejecting, as typed, or {@code null}
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
    List<ChangedLine> changes,
    List<String> rejectedPortions,
    String concerns,
    String bseaForwardingDue,
    String proposedIepResponseDue) implements LetterFacts {

  /**
   * Copies the lists once.
   *
   * @param proposedStart the first day of the proposed IEP, written out
   * @param proposedEnd the last day of the proposed IEP, written out
   * @param proposedOn the date of the proposal, written out
   * @param acceptedStart the first day of the last accepted IEP, written out
   * @param acceptedEnd the last day of the last accepted IEP, written out
   * @param acceptedOn the date the last accepted IEP was accepted, written out
   * @param cuts the reduced and removed services, which the letter rejects; may be empty
   * @param changes the lines the proposal changes otherwise and the parent has not accepted; may be empty
   * @param rejectedPortions the other portions the parent rejects, as typed; may be empty
   * @param concerns the parent's reasons for rejecting, as typed, or {@code null}
   * @param bseaForwardingDue the date the district is to forward the rejection to the BSEA, with its weekday
   * @param proposedIepResponseDue the last day of the parent's thirty days to respond, written out, or {@code null}
   *     when the letter is dated after it
   */
  public PartialRejectionFacts {
    cuts = List.copyOf(cuts);
    changes = List.copyOf(changes);
    rejectedPortions = List.copyOf(rejectedPortions);
  }

  /**
   * A line the proposal changes without cutting it, which the parent has not accepted.
   *
   * @param service what the service is, as the accepted IEP names it
   * @param accepted the line as last accepted, such as {@code 2 × 30 minutes per week}
   * @param proposed the line as proposed, such as {@code 4 × 15 minutes per week}
   * @param changed what differs, such as {@code the provider (Speech-language pathologist to SLP assistant)}
   */
  public record ChangedLine(String service, String accepted, String proposed, String changed) {}

  /** The parts of a line that differ, in the order of the case file's fields: "provider and grid". */
  private static String whatChanged(ServiceLine a, ServiceLine p) {
    List<String> parts = new ArrayList<>();
    if (!a.service().equals(p.service())) {
      parts.add("the service");
    }
    if (a.grid() != p.grid()) {
      parts.add("the grid section (" + a.grid().name() + " to " + p.grid().name() + ")");
    }
    if (!a.provider().equals(p.provider())) {
      parts.add("the provider (" + a.provider() + " to " + p.provider() + ")");
    }
    if (!a.sessions().equals(p.sessions()) || !a.minutes().equals(p.minutes()) || a.per() != p.per()
        || !Objects.equals(a.cycleDays(), p.cycleDays())) {
      parts.add("the sessions and their length");
    }
    if (!Objects.equals(a.start(), p.start()) || !Objects.equals(a.end(), p.end())) {
      parts.add("the dates");
    }
    if (a.isEsy() != p.isEsy()) {
      parts.add("extended school year");
    }
    return parts.isEmpty() ? "the line" : Wording.join(parts);
  }

  /** The facts of a case whose proposed IEP cuts a service, as if the letter is sent on the letter date. */
  static PartialRejectionFacts of(Case c, LocalDate letterDate, IepChange change) {
    ProposedIep proposed = c.proposedIep();
    LocalDate responseDue = Deadline.proposedIepResponseDue(proposed.receivedOn(), proposed.proposedOn()).date();
    return new PartialRejectionFacts(
        Wording.date(proposed.start()),
        Wording.date(proposed.end()),
        Wording.date(proposed.proposedOn()),
        Wording.date(c.iep().start()),
        Wording.date(c.iep().end()),
        Wording.date(c.iep().acceptedOn()),
        ServiceCut.of(change),
        change.rejectedChanges().stream()
            .map(l -> new ChangedLine(l.accepted().service(), ServiceCut.frequency(l.accepted()),
                ServiceCut.frequency(l.proposed()), whatChanged(l.accepted(), l.proposed())))
            .toList(),
        proposed.rejectedPortions(),
        proposed.concerns(),
        Wording.dateWithWeekday(Deadline.bseaForwardingDue(letterDate).date()),
        letterDate.isAfter(responseDue) ? null : Wording.date(responseDue));
  }
}
