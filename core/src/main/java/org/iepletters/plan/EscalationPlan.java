package org.iepletters.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.iepletters.LetterKind;
import org.iepletters.calendar.Deadline;
import org.iepletters.calendar.DeadlineKind;
import org.iepletters.calendar.Deadlines;
import org.iepletters.change.ChangeKind;
import org.iepletters.change.IepChange;
import org.iepletters.change.LineChange;
import org.iepletters.ledger.LineLedger;
import org.iepletters.ledger.ServiceLedger;
import org.iepletters.model.Case;
import org.iepletters.model.Correspondence;
import org.iepletters.model.Direction;
import org.iepletters.model.RefusedRequest;
import org.iepletters.calendar.SupportedDates;

/**
 * Where a case stands on a date and what to send when (SPEC section 7).
 *
 * <p>Steps, ordered by their send-by date (ties keep the order of the situations):
 * <ul>
 *   <li>{@link Situation#NON_IMPLEMENTATION}: a records request first, by the as-of date, when some line with owed
 *       minutes has no log entry in its window and no records request was sent; then a demand, by the as-of date
 *       (or by the records due date when the records come first); then a PRS complaint, the day after the
 *       demand's response is due. A demand already sent moves the plan on: with no reply received on or after its
 *       date and its response date passed, the PRS complaint is due at once; before that date, the day after it;
 *       after a reply, at once, since the ledger still shows owed minutes. A PRS complaint already sent (on or
 *       after the last demand) ends the non-implementation steps.</li>
 *   <li>{@link Situation#PROPOSED_REDUCTION}: a written-notice request by the as-of date, and a partial rejection by
 *       the proposed IEP's response date (by the as-of date once that has passed), each unless already sent on or
 *       after the proposal's date.</li>
 *   <li>{@link Situation#REFUSED_REQUEST}: a written-notice request by the as-of date, unless one is already a step
 *       or was sent on or after the latest refusal.</li>
 * </ul>
 * Correspondence dated after the as-of date is not read. The deadlines are computed as if each letter were sent on
 * the as-of date.
 *
 * @param asOf the date the plan is made for
 * @param situations where the case stands, in the order of {@link Situation}
 * @param steps the letters to send, ordered by send-by date
 * @param deadlines the deadlines that apply, as if each letter were sent on the as-of date
 * @param notes advice in plain English, without personal data
 * @param ledger the service ledger with the default proration
 * @param change the proposed IEP compared with the accepted one
 */
public record EscalationPlan(
    LocalDate asOf,
    List<Situation> situations,
    List<Step> steps,
    Deadlines deadlines,
    List<String> notes,
    ServiceLedger ledger,
    IepChange change) {

  /** The note every plan carries: an IEP that gives too little is a BSEA matter, never a PRS complaint. */
  public static final String BSEA_NOT_PRS_NOTE =
      "If you think the accepted IEP itself gives too little, that is a dispute for the BSEA (mediation or a "
          + "hearing), not for a PRS complaint: PRS looks at whether the accepted IEP is carried out.";

  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

  /** Copies the lists once. */
  public EscalationPlan {
    situations = List.copyOf(situations);
    steps = List.copyOf(steps);
    notes = List.copyOf(notes);
  }

  /**
   * The plan of a case on a date.
   *
   * @param c a valid case
   * @param asOf the date; the ledger is worked out up to it and the deadlines are computed from it
   * @return the plan
   * @throws IllegalArgumentException when a date is outside {@link SupportedDates}
   */
  public static EscalationPlan of(Case c, LocalDate asOf) {
    SupportedDates.require(asOf, "asOf");
    ServiceLedger ledger = ServiceLedger.of(c, asOf);
    IepChange change = IepChange.of(c);
    Deadlines deadlines = CaseDeadlines.of(c, asOf, ledger, change);

    List<Situation> situations = new ArrayList<>();
    if (ledger.hasOwedMinutes()) {
      situations.add(Situation.NON_IMPLEMENTATION);
    }
    if (change.hasCut()) {
      situations.add(Situation.PROPOSED_REDUCTION);
    }
    if (!c.refusedRequests().isEmpty()) {
      situations.add(Situation.REFUSED_REQUEST);
    }

    List<Step> steps = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Correspondences mail = new Correspondences(c.correspondence(), asOf);
    if (situations.contains(Situation.NON_IMPLEMENTATION)) {
      nonImplementation(c, asOf, ledger, deadlines, mail, steps, notes);
    }
    if (situations.contains(Situation.PROPOSED_REDUCTION)) {
      proposedReduction(c, asOf, change, deadlines, mail, steps, notes);
    }
    if (situations.contains(Situation.REFUSED_REQUEST)) {
      refusedRequest(c, asOf, mail, steps);
    }
    notes.add(BSEA_NOT_PRS_NOTE);
    notes.addAll(ledger.warnings());
    steps.sort(Comparator.comparing(Step::sendBy));
    return new EscalationPlan(asOf, situations, steps, deadlines, notes, ledger, change);
  }

  /** Whether the plan lists a step for the letter. */
  public boolean hasStep(LetterKind letter) {
    return steps.stream().anyMatch(s -> s.letter() == letter);
  }

  private static void nonImplementation(Case c, LocalDate asOf, ServiceLedger ledger, Deadlines deadlines,
      Correspondences mail, List<Step> steps, List<String> notes) {
    String owed = ledger.totalOwedMinutes() + " minutes";
    Optional<Correspondence> demand = mail.lastSent(LetterKind.DEMAND);
    Optional<Correspondence> complaint = mail.lastSent(LetterKind.PRS_COMPLAINT)
        .filter(p -> demand.isEmpty() || !p.date().isBefore(demand.get().date()));

    List<String> presumed = ledger.services().stream()
        .filter(l -> l.hasOwedMinutes() && !l.hasLogEntries())
        .map(l -> "'" + l.id() + "'")
        .toList();
    if (!presumed.isEmpty()) {
      notes.add("No service delivery log entry shows for " + String.join(", ", presumed)
          + ": the shortfall there is presumed from the IEP, not shown by the logs.");
    }

    if (complaint.isPresent()) {
      LocalDate filed = complaint.get().date();
      notes.add("A PRS complaint was sent on " + format(filed) + "; its written decision is due by "
          + format(Deadline.prsDecisionDue(filed).date()) + ".");
      return;
    }

    LocalDate demandBy = asOf;
    Optional<Correspondence> records = mail.lastSent(LetterKind.RECORDS_REQUEST);
    if (!presumed.isEmpty() && records.isEmpty()) {
      Deadline access = deadlines.get(DeadlineKind.RECORDS_ACCESS_DUE).orElseThrow();
      steps.add(new Step(LetterKind.RECORDS_REQUEST, asOf,
          "Ask for the student record with the service delivery logs first: no log entry shows for "
              + String.join(", ", presumed) + ", so the shortfall is presumed, not shown. Access is due by "
              + format(access.date()) + "."));
      demandBy = access.date();
    } else if (records.isPresent()) {
      notes.add("The student record was requested on " + format(records.get().date()) + "; access was due by "
          + format(Deadline.recordsAccessDue(records.get().date(), c.nextTeamMeeting()).date()) + ".");
    }

    if (demand.isEmpty()) {
      LocalDate answerBy = Deadline.demandResponseDue(demandBy).date();
      steps.add(new Step(LetterKind.DEMAND, demandBy,
          "The service logs as of " + format(asOf) + " show " + owed + " owed on the accepted IEP. Ask the "
              + "district to resume the services and plan compensatory services, with an answer by "
              + format(answerBy) + "."));
      complaint(ledger, answerBy.plusDays(1),
          "If the district has not answered the demand by " + format(answerBy) + ", file a complaint with the "
              + "DESE Problem Resolution System; it decides within sixty days.", steps, notes);
      return;
    }

    LocalDate sent = demand.get().date();
    LocalDate answerBy = Deadline.demandResponseDue(sent).date();
    Optional<Correspondence> reply = mail.firstReceivedFrom(sent);
    if (reply.isPresent()) {
      complaint(ledger, asOf,
          "The district replied on " + format(reply.get().date()) + " to the demand of " + format(sent)
              + ", but the service logs as of " + format(asOf) + " still show " + owed + " owed. File with the "
              + "DESE Problem Resolution System unless the reply resumes the services and plans compensatory "
              + "services.", steps, notes);
    } else if (asOf.isAfter(answerBy)) {
      complaint(ledger, asOf,
          "The demand of " + format(sent) + " asked for an answer by " + format(answerBy) + " and none came. "
              + "File a complaint with the DESE Problem Resolution System now; it decides within sixty days.",
          steps, notes);
    } else {
      complaint(ledger, answerBy.plusDays(1),
          "The demand of " + format(sent) + " asks for an answer by " + format(answerBy) + ". If none comes, "
              + "file a complaint with the DESE Problem Resolution System; it decides within sixty days.",
          steps, notes);
    }
  }

  /**
   * The PRS complaint step, when a complaint filed on that day could allege a shortfall; otherwise a note
   * saying why there is none (34 CFR 300.153(c)).
   */
  private static void complaint(ServiceLedger ledger, LocalDate fileBy, String why, List<Step> steps,
      List<String> notes) {
    Optional<String> tooOld = Applicability.owedWithinAYear(ledger, fileBy);
    if (tooOld.isEmpty()) {
      steps.add(new Step(LetterKind.PRS_COMPLAINT, fileBy, why));
    } else {
      notes.add("No PRS complaint: " + tooOld.get() + ". A hearing request to the BSEA may still be made "
          + "within two years of the shortfall (34 CFR 300.511(e)).");
    }
  }

  private static void proposedReduction(Case c, LocalDate asOf, IepChange change, Deadlines deadlines,
      Correspondences mail, List<Step> steps, List<String> notes) {
    LocalDate proposedOn = c.proposedIep().proposedOn();
    String cuts = change.cuts().stream().map(EscalationPlan::describe).collect(Collectors.joining("; "));
    if (mail.lastSentOnOrAfter(LetterKind.WRITTEN_NOTICE_REQUEST, proposedOn).isEmpty()) {
      String refused = c.refusedRequests().isEmpty()
          ? ""
          : ", and the notice of refusal (N2) for each refused request";
      steps.add(new Step(LetterKind.WRITTEN_NOTICE_REQUEST, asOf,
          "The proposed IEP of " + format(proposedOn) + " cuts services (" + cuts + "). Ask for the written "
              + "notice of the proposed action (N1) and the data behind each cut" + refused + "."));
    }
    Deadline response = deadlines.get(DeadlineKind.PROPOSED_IEP_RESPONSE_DUE).orElseThrow();
    if (mail.lastSentOnOrAfter(LetterKind.PARTIAL_REJECTION, proposedOn).isEmpty()) {
      boolean late = asOf.isAfter(response.date());
      steps.add(new Step(LetterKind.PARTIAL_REJECTION, late ? asOf : response.date(),
          late
              ? "The response to the proposed IEP was due by " + format(response.date()) + " and no response "
                  + "counts as a rejection. Send the partial rejection now: accept the rest and reject the cuts."
              : "Accept the proposed IEP except the cuts, and reject those, by " + format(response.date())
                  + "; after that date no response counts as a rejection."));
    }
    notes.add("Stay-put: while the rejected cuts are in dispute, the services of the IEP accepted on "
        + format(c.iep().acceptedOn()) + " continue (603 CMR 28.08(7); 34 CFR 300.518; 20 U.S.C. 1415(j)).");
    notes.add("The district must forward a rejection to the BSEA within five calendar days (603 CMR 28.08(3)(b)); "
        + "for a rejection sent on " + format(asOf) + " that is by "
        + format(deadlines.get(DeadlineKind.BSEA_FORWARDING_DUE).orElseThrow().date())
        + ". The BSEA can then hold a mediation or a hearing.");
  }

  private static void refusedRequest(Case c, LocalDate asOf, Correspondences mail, List<Step> steps) {
    if (steps.stream().anyMatch(s -> s.letter() == LetterKind.WRITTEN_NOTICE_REQUEST)) {
      return;
    }
    LocalDate latest = c.refusedRequests().stream()
        .map(RefusedRequest::date)
        .filter(Objects::nonNull)
        .max(LocalDate::compareTo)
        .orElse(LocalDate.MIN);
    if (mail.lastSentOnOrAfter(LetterKind.WRITTEN_NOTICE_REQUEST, latest).isPresent()) {
      return;
    }
    int n = c.refusedRequests().size();
    steps.add(new Step(LetterKind.WRITTEN_NOTICE_REQUEST, asOf,
        "The district refused " + (n == 1 ? "a request" : n + " requests") + ". Ask for the written notice of "
            + "refusal (N2) and the data behind it."));
  }

  private static String describe(LineChange l) {
    String id = "'" + l.id() + "'";
    return l.kind() == ChangeKind.REMOVED
        ? id + " removed"
        : id + " from " + l.acceptedWeekly().toDisplayString() + " to " + l.proposedWeekly().toDisplayString()
            + " minutes a week";
  }

  private static String format(LocalDate date) {
    return LONG_DATE.format(date);
  }

  /** The correspondence up to the as-of date. */
  private record Correspondences(List<Correspondence> all, LocalDate asOf) {

    Optional<Correspondence> lastSent(LetterKind kind) {
      return lastSentOnOrAfter(kind, LocalDate.MIN);
    }

    Optional<Correspondence> lastSentOnOrAfter(LetterKind kind, LocalDate from) {
      return all.stream()
          .filter(m -> m != null && m.direction() == Direction.SENT && m.letter() == kind && readable(m))
          .filter(m -> !m.date().isBefore(from))
          .max(Comparator.comparing(Correspondence::date));
    }

    Optional<Correspondence> firstReceivedFrom(LocalDate from) {
      return all.stream()
          .filter(m -> m != null && m.direction() == Direction.RECEIVED && readable(m))
          .filter(m -> !m.date().isBefore(from))
          .min(Comparator.comparing(Correspondence::date));
    }

    private boolean readable(Correspondence m) {
      return m.date() != null && !m.date().isAfter(asOf);
    }
  }
}
