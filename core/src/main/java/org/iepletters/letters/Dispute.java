package org.iepletters.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.iepletters.change.IepChange;
import org.iepletters.change.LineChange;
import org.iepletters.model.Case;
import org.iepletters.model.ProposedIep;
import org.iepletters.model.ServiceLine;
import org.iepletters.plan.CaseFigures;

/**
 * What a case's dispute with the district is, as the Team meeting, mediation and hearing requests state it: the
 * minutes owed on the accepted IEP, and what the parent rejects in a proposed IEP.
 *
 * @param owed the minutes owed, as the ledger counts them from the logs, with the lines the district gave no logs for
 * @param rejectedItems everything the parent rejects in the proposed IEP, one sentence each: every cut and every
 *     changed line not accepted, with the last accepted and the proposed line, then every other rejected portion as
 *     typed; may be empty
 * @param proposedOn the date of the proposed IEP, written out, or {@code null} without one
 * @param proposedStart the first day of the proposed IEP, written out, or {@code null}
 * @param proposedEnd the last day of the proposed IEP, written out, or {@code null}
 * @param proposalConcerns the parent's reasons for rejecting parts of the proposal, as typed, or {@code null}
 * @param acceptedStart the first day of the last accepted IEP, written out
 * @param acceptedEnd the last day of the last accepted IEP, written out
 * @param acceptedOn the date the last accepted IEP was accepted, written out
 */
public record Dispute(
    OwedServices owed,
    List<String> rejectedItems,
    String proposedOn,
    String proposedStart,
    String proposedEnd,
    String proposalConcerns,
    String acceptedStart,
    String acceptedEnd,
    String acceptedOn) {

  /**
   * Copies the lists once.
   *
   * @param owed the minutes owed, as the ledger counts them from the logs, with the lines the district gave no logs for
   * @param rejectedItems everything the parent rejects in the proposed IEP, one sentence each: every cut and every
   *     changed line not accepted, with the last accepted and the proposed line, then every other rejected portion as
   *     typed; may be empty
   * @param proposedOn the date of the proposed IEP, written out, or {@code null} without one
   * @param proposedStart the first day of the proposed IEP, written out, or {@code null}
   * @param proposedEnd the last day of the proposed IEP, written out, or {@code null}
   * @param proposalConcerns the parent's reasons for rejecting parts of the proposal, as typed, or {@code null}
   * @param acceptedStart the first day of the last accepted IEP, written out
   * @param acceptedEnd the last day of the last accepted IEP, written out
   * @param acceptedOn the date the last accepted IEP was accepted, written out
   */
  public Dispute {
    rejectedItems = List.copyOf(rejectedItems);
  }

  /** {@return whether anything in the proposed IEP is rejected} */
  public boolean hasRejected() {
    return !rejectedItems.isEmpty();
  }

  /** {@return whether minutes are owed on the accepted IEP, shown by the logs or required on a line with no logs} */
  public boolean hasOwed() {
    return !owed.lines().isEmpty() || !owed.unlogged().isEmpty();
  }

  /**
   * The dispute of a case on the letter date, every shortfall counted.
   *
   * @param figures a valid case's figures as of the letter date
   * @return the dispute
   */
  static Dispute of(CaseFigures figures) {
    return of(figures, null);
  }

  /**
   * The dispute of a case on the letter date, leaving out shortfall periods whose last school day is before a date.
   *
   * @param figures a valid case's figures as of the letter date
   * @param earliest the first date a shortfall may be counted from, or {@code null} to count every one
   * @return the dispute
   */
  static Dispute of(CaseFigures figures, LocalDate earliest) {
    Case c = figures.aCase();
    ProposedIep proposed = c.proposedIep();
    return new Dispute(
        OwedServices.of(c, figures.ledger(), figures.date(), earliest),
        rejectedItems(figures.change()),
        proposed == null ? null : Wording.date(proposed.proposedOn()),
        proposed == null ? null : Wording.date(proposed.start()),
        proposed == null ? null : Wording.date(proposed.end()),
        proposed == null ? null : proposed.concerns(),
        Wording.date(c.iep().start()),
        Wording.date(c.iep().end()),
        Wording.date(c.iep().acceptedOn()));
  }

  /** What the parent rejects, in words: each rejected line, then each other rejected portion. */
  static List<String> rejectedItems(IepChange change) {
    List<String> items = new ArrayList<>();
    for (LineChange l : change.rejectedLines()) {
      String service = l.accepted().service();
      String accepted = ServiceCut.frequency(l.accepted());
      items.add(switch (l.kind()) {
        case REMOVED -> service + ": removed (the last accepted IEP provides " + accepted + ")";
        case REDUCED -> service + ": reduced from " + accepted + " to " + ServiceCut.frequency(l.proposed());
        case LESS_DIRECT -> service + ": turned from direct service (grid " + l.accepted().grid().name()
            + " of the service delivery grid) into consultation (grid A), as " + l.proposed().service() + ", "
            + ServiceCut.frequency(l.proposed());
        default -> service + ": changed, " + whatChanged(l.accepted(), l.proposed());
      });
    }
    items.addAll(change.rejectedPortions());
    return items;
  }

  /** What differs between two lines of one id: "from 1 × 40 minutes per week to 2 × 20 minutes per week". */
  private static String whatChanged(ServiceLine a, ServiceLine p) {
    List<String> parts = new ArrayList<>();
    String from = ServiceCut.frequency(a);
    String to = ServiceCut.frequency(p);
    if (!from.equals(to)) {
      parts.add("from " + from + " to " + to);
    }
    if (!a.service().equals(p.service())) {
      parts.add("the service from " + a.service() + " to " + p.service());
    }
    if (!a.provider().equals(p.provider())) {
      parts.add("the provider from " + a.provider() + " to " + p.provider());
    }
    if (a.grid() != p.grid()) {
      parts.add("the grid section from " + a.grid().name() + " to " + p.grid().name());
    }
    if (a.isEsy() != p.isEsy()) {
      parts.add(p.isEsy() ? "to an extended school year service" : "from an extended school year service");
    }
    return parts.isEmpty() ? "as the proposed IEP describes it" : Wording.join(parts);
  }
}
