package org.iepletters.letters;

import java.time.LocalDate;
import java.util.List;
import org.iepletters.calendar.Deadline;
import org.iepletters.change.IepChange;
import org.iepletters.model.Case;
import org.iepletters.model.RefusedRequest;

/**
 * What the request for written notice and data states: the proposed cuts (notice N1), the refused requests
 * (notice N2), the accepted IEP the cuts are measured against, and the date an answer is asked for.
 *
 * @param acceptedStart the first day of the last accepted IEP, written out
 * @param acceptedEnd the last day of the last accepted IEP, written out
 * @param acceptedOn the date the last accepted IEP was accepted, written out
 * @param proposedOn the date of the proposed IEP that cuts services, written out, or {@code null} when no proposal
 *     cuts a service
 * @param cuts the reduced and removed services; empty when no proposal cuts a service
 * @param refusals the requests the district refused, other than independent educational evaluations (an IEE
 *     refusal is not an action a notice of refusal could make lawful), in the case's order; may be empty
 * @param concerns the parent's reasons about the proposed IEP, as typed, or {@code null}
 * @param writtenNoticeResponseDue the date the signer asks for an answer by, with its weekday
 */
public record WrittenNoticeRequestFacts(
    String acceptedStart,
    String acceptedEnd,
    String acceptedOn,
    String proposedOn,
    List<ServiceCut> cuts,
    List<Refusal> refusals,
    String concerns,
    String writtenNoticeResponseDue) implements LetterFacts {

  /**
   * Copies the lists once.
   *
   * @param acceptedStart the first day of the last accepted IEP, written out
   * @param acceptedEnd the last day of the last accepted IEP, written out
   * @param acceptedOn the date the last accepted IEP was accepted, written out
   * @param proposedOn the date of the proposed IEP that cuts services, written out, or {@code null} when no proposal
   *     cuts a service
   * @param cuts the reduced and removed services; empty when no proposal cuts a service
   * @param refusals the requests the district refused, other than independent educational evaluations (an IEE refusal
   *     is not an action a notice of refusal could make lawful), in the case's order; may be empty
   * @param concerns the parent's reasons about the proposed IEP, as typed, or {@code null}
   * @param writtenNoticeResponseDue the date the signer asks for an answer by, with its weekday
   */
  public WrittenNoticeRequestFacts {
    cuts = List.copyOf(cuts);
    refusals = List.copyOf(refusals);
  }

  /**
   * A request the district refused.
   *
   * @param request what was asked for, as the case states it
   * @param refusedOn the date of the refusal, written out
   */
  public record Refusal(String request, String refusedOn) {}

  /** The facts of a case with a cut or a refused request, as if the letter is sent on the letter date. */
  static WrittenNoticeRequestFacts of(Case c, LocalDate letterDate, IepChange change) {
    List<ServiceCut> cuts = ServiceCut.of(change);
    // an IEE refusal is answered by the IEE request, never by asking for an N2
    List<Refusal> refusals = c.refusedRequests().stream()
        .filter(r -> !r.isIee())
        .map((RefusedRequest r) -> new Refusal(r.request(), Wording.date(r.date())))
        .toList();
    return new WrittenNoticeRequestFacts(
        Wording.date(c.iep().start()),
        Wording.date(c.iep().end()),
        Wording.date(c.iep().acceptedOn()),
        cuts.isEmpty() ? null : Wording.date(c.proposedIep().proposedOn()),
        cuts,
        refusals,
        c.proposedIep() == null ? null : c.proposedIep().concerns(),
        Wording.dateWithWeekday(Deadline.writtenNoticeResponseDue(letterDate).date()));
  }

}
