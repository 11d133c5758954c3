package org.iepletters.letters;

import java.time.LocalDate;
import org.iepletters.model.Address;
import org.iepletters.model.Case;
import org.iepletters.plan.CaseFigures;

/**
 * What a hearing request to the Bureau of Special Education Appeals states, element by element of 34 CFR
 * 300.508(b): the child, the residence, the school, the nature of the problem with its facts, and a proposed
 * resolution, with a request that the last accepted IEP stay in place.
 *
 * <p>A hearing request reaches back two years (34 CFR 300.511(e)): a shortfall period whose last school day is
 * before the letter date less two years is left out.
 *
 * @param filedOn the filing date, the letter date, written out
 * @param residence the child's residence on one line: the student's own address, else the guardian's
 * @param dispute the minutes owed within two years and the rejected portions of a proposed IEP
 */
public record BseaHearingRequestFacts(
    String filedOn,
    String residence,
    Dispute dispute) implements LetterFacts {

  /**
   * The facts of a hearing request filed on the figures' date.
   *
   * @param figures a valid case's figures as of the filing date
   * @return the facts
   */
  static BseaHearingRequestFacts of(CaseFigures figures) {
    Case c = figures.aCase();
    LocalDate filed = figures.date();
    Address residence = c.student().address() != null ? c.student().address() : c.guardian().address();
    return new BseaHearingRequestFacts(
        Wording.date(filed),
        String.join(", ", LetterViews.addressLines(residence)),
        Dispute.of(figures, filed.minusYears(2)));
  }
}
