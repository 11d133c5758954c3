package org.iepletters.letters;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.iepletters.calendar.Deadline;
import org.iepletters.calendar.DeadlineKind;
import org.iepletters.model.RefusedRequest;
import org.iepletters.plan.CaseFigures;

/**
 * What a request for an independent educational evaluation at public expense states, answering the district's
 * refusal: each refused request, and the date by which the district is to agree to pay or ask the BSEA for a
 * hearing (603 CMR 28.04(5)(d); 34 CFR 300.502(b)(2)).
 *
 * @param refusals the refused requests for an independent evaluation, oldest refusal first; never empty
 * @param ieeResponseDue the fifth school day after the letter date, with its weekday, or {@code null} when the
 *     case's school-year calendars end before it
 */
public record IeeRequestFacts(List<Refusal> refusals, String ieeResponseDue) implements LetterFacts {

  /**
   * Copies the list once.
   *
   * @param refusals the refused requests for an independent evaluation, oldest refusal first; never empty
   * @param ieeResponseDue the fifth school day after the letter date, with its weekday, or {@code null} when the case's
   *     school-year calendars end before it
   */
  public IeeRequestFacts {
    refusals = List.copyOf(refusals);
  }

  /**
   * The facts of an IEE request sent on the figures' date.
   *
   * @param figures a valid case's figures as of the letter date
   * @return the facts
   */
  static IeeRequestFacts of(CaseFigures figures) {
    List<Refusal> refusals = figures.aCase().refusedRequests().stream()
        .filter(RefusedRequest::isIee)
        .sorted(Comparator.comparing(RefusedRequest::date))
        .map(r -> new Refusal(r.request(), Wording.date(r.requestedOn()), Wording.date(r.date())))
        .toList();
    LocalDate due = figures.deadlines().get(DeadlineKind.IEE_RESPONSE_DUE)
        .map(Deadline::date)
        .orElse(null);
    return new IeeRequestFacts(refusals, Wording.dateWithWeekday(due));
  }

  /**
   * One refused request for an independent evaluation.
   *
   * @param request what was asked for, as typed
   * @param requestedOn the date the parent asked, written out, or {@code null} when not known
   * @param refusedOn the date of the refusal, written out
   */
  public record Refusal(String request, String requestedOn, String refusedOn) {}
}
