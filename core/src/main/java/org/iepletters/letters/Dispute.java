package org.iepletters.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.iepletters.model.Case;
import org.iepletters.model.ProposedIep;
import org.iepletters.plan.CaseFigures;

/**
 * What a case's dispute with the district is, as the Team meeting, mediation and hearing requests state it: the
 * minutes owed on the accepted IEP, and what the parent rejects in a proposed IEP.
 *
 * @param owed the minutes owed, as the ledger counts them from the logs, with the lines the district gave no logs for
 * @param cuts the reductions and removals of the proposed IEP, which the parent rejects; may be empty
 * @param rejectedPortions the other portions of the proposed IEP the parent rejects, as typed; may be empty
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
    List<ServiceCut> cuts,
    List<String> rejectedPortions,
    String proposedOn,
    String proposedStart,
    String proposedEnd,
    String proposalConcerns,
    String acceptedStart,
    String acceptedEnd,
    String acceptedOn) {

  /** Copies the lists once. */
  public Dispute {
    cuts = List.copyOf(cuts);
    rejectedPortions = List.copyOf(rejectedPortions);
  }

  /**
   * Everything the parent rejects in the proposed IEP, one sentence each: every cut with the last accepted and the
   * proposed frequency, then every other rejected portion as typed.
   */
  public List<String> rejectedItems() {
    List<String> items = new ArrayList<>();
    for (ServiceCut cut : cuts) {
      items.add(cut.removed()
          ? cut.service() + ": removed (the last accepted IEP provides " + cut.accepted() + ")"
          : cut.service() + ": reduced from " + cut.accepted() + " to " + cut.proposed());
    }
    items.addAll(rejectedPortions);
    return items;
  }

  /** Whether anything in the proposed IEP is rejected: a cut or another portion. */
  public boolean hasRejected() {
    return !cuts.isEmpty() || !rejectedPortions.isEmpty();
  }

  /** Whether minutes are owed on the accepted IEP, shown by the logs or required on a line with no logs. */
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
        ServiceCut.of(figures.change()),
        proposed == null ? List.of() : proposed.rejectedPortions(),
        proposed == null ? null : Wording.date(proposed.proposedOn()),
        proposed == null ? null : Wording.date(proposed.start()),
        proposed == null ? null : Wording.date(proposed.end()),
        proposed == null ? null : proposed.concerns(),
        Wording.date(c.iep().start()),
        Wording.date(c.iep().end()),
        Wording.date(c.iep().acceptedOn()));
  }
}
