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
import java.util.stream.Stream;
import org.iepletters.LetterKind;
import org.iepletters.calendar.BusinessDays;
import org.iepletters.calendar.Deadline;
import org.iepletters.calendar.DeadlineKind;
import org.iepletters.calendar.Deadlines;
import org.iepletters.calendar.SchoolDays;
import org.iepletters.change.ChangeKind;
import org.iepletters.change.IepChange;
import org.iepletters.change.LineChange;
import org.iepletters.ledger.ServiceLedger;
import org.iepletters.model.Case;
import org.iepletters.model.Correspondence;
import org.iepletters.model.Direction;
import org.iepletters.model.RefusedRequest;
import org.iepletters.model.SchoolCalendar;
import org.iepletters.calendar.SupportedDates;

/**
 * Where a case stands on a date and what to send when.
 *
 * <p>Steps, each a window from the first date it should be sent to the last date it keeps its full effect:
 * <ol>
 *   <li>a records request, when some line with owed minutes is unlogged and none was sent;</li>
 *   <li>a demand, unless one was sent; from the day after the records are due when the records request comes
 *       first;</li>
 *   <li>a PRS complaint, unless one was sent after the latest demand; from the day after the demand's answer is
 *       due (at once after a reply, or once that day has passed), by the last date on which it reaches every
 *       shortfall;</li>
 *   <li>a written-notice request about the cuts, unless sent since the proposal;</li>
 *   <li>a partial rejection of the cuts and rejected changes, unless sent since the proposal, by the 30th day;</li>
 *   <li>a written-notice request about a refused request that is not an IEE, unless step 4 asks already or one
 *       was sent since the refusal;</li>
 *   <li>an IEE request answering a refused IEE, unless sent since the refusal.</li>
 * </ol>
 * Steps are ordered by their first date, ties in that order. Options (a Team meeting, BSEA mediation, a BSEA
 * hearing) are listed beside them whenever their condition holds: a person chooses them. Correspondence dated
 * after the as-of date is not read. The deadlines are computed as if each letter were sent on the as-of date.
 *
 * @param asOf the date the plan is made for
 * @param evidenceThrough the ledger's evidence date: the last date its figures rest on
 * @param situations where the case stands, in the order of {@link Situation}
 * @param steps the letters to send, ordered by their first date
 * @param options the letters a person may choose to send: a Team meeting, BSEA mediation, a BSEA hearing, in that order
 * @param deadlines the deadlines that apply, as if each letter were sent on the as-of date
 * @param notes advice in plain English, without personal data
 * @param ledger the service ledger with the default proration
 * @param change the proposed IEP compared with the accepted one
 */
public record EscalationPlan(
    LocalDate asOf,
    LocalDate evidenceThrough,
    List<Situation> situations,
    List<Step> steps,
    List<Step> options,
    Deadlines deadlines,
    List<String> notes,
    ServiceLedger ledger,
    IepChange change) {

  /** The note every plan carries: an IEP that gives too little is a BSEA matter, never a PRS complaint. */
  public static final String BSEA_NOT_PRS_NOTE =
      "If you think the accepted IEP itself gives too little, that is a dispute for the BSEA (mediation or a "
          + "hearing), not for a PRS complaint: PRS looks at whether the accepted IEP is carried out.";

  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

  /**
   * Copies the lists once.
   *
   * @param asOf the date the plan is made for
   * @param evidenceThrough the ledger's evidence date: the last date its figures rest on
   * @param situations where the case stands, in the order of {@link Situation}
   * @param steps the letters to send, ordered by their first date
   * @param options the letters a person may choose to send: a Team meeting, BSEA mediation, a BSEA hearing, in that
   *     order
   * @param deadlines the deadlines that apply, as if each letter were sent on the as-of date
   * @param notes advice in plain English, without personal data
   * @param ledger the service ledger with the default proration
   * @param change the proposed IEP compared with the accepted one
   */
  public EscalationPlan {
    situations = List.copyOf(situations);
    steps = List.copyOf(steps);
    options = List.copyOf(options);
    notes = List.copyOf(notes);
  }

  /**
   * The plan of a case on a date.
   *
   * @param c a valid case
   * @param asOf the date; the ledger is worked out up to it and the deadlines are computed from it
   * @return the plan: the situations found, the steps and options in order, their deadlines and notes
   * @throws IllegalArgumentException when a date is outside {@link SupportedDates}
   */
  public static EscalationPlan of(Case c, LocalDate asOf) {
    SupportedDates.require(asOf, "asOf");
    ServiceLedger ledger = ServiceLedger.of(c, asOf);
    IepChange change = IepChange.of(c);
    Deadlines deadlines = CaseDeadlines.of(c, asOf, ledger, change);
    List<RefusedRequest> refused = c.refusedRequests().stream().filter(Objects::nonNull).toList();

    List<Situation> situations = new ArrayList<>();
    if (ledger.hasOwedMinutes()) {
      situations.add(Situation.NON_IMPLEMENTATION);
    }
    if (change.hasCut()) {
      situations.add(Situation.PROPOSED_REDUCTION);
    } else if (change.hasRejection()) {
      situations.add(Situation.PROPOSED_CHANGE);
    }
    if (refused.stream().anyMatch(r -> !r.isIee())) {
      situations.add(Situation.REFUSED_REQUEST);
    }
    if (refused.stream().anyMatch(RefusedRequest::isIee)) {
      situations.add(Situation.REFUSED_IEE);
    }

    List<Step> steps = new ArrayList<>();
    Correspondences mail = new Correspondences(c.correspondence(), asOf);
    if (situations.contains(Situation.NON_IMPLEMENTATION)) {
      nonImplementation(asOf, ledger, deadlines, mail, steps);
    }
    boolean reduction = situations.contains(Situation.PROPOSED_REDUCTION);
    if (reduction || situations.contains(Situation.PROPOSED_CHANGE)) {
      proposal(c, asOf, change, deadlines, mail, reduction, steps);
    }
    if (situations.contains(Situation.REFUSED_REQUEST)) {
      refusedRequest(refused, asOf, mail, steps);
    }
    if (situations.contains(Situation.REFUSED_IEE)) {
      refusedIee(refused, asOf, deadlines, mail, steps);
    }
    // a stable sort: ties keep the numbering of the specification
    steps.sort(Comparator.comparing(Step::from));

    List<Step> options = options(c, asOf, situations, change, deadlines);
    List<String> notes = notes(c, asOf, ledger, deadlines, mail, steps, options);
    return new EscalationPlan(asOf, ledger.evidenceThrough(), situations, steps, options, deadlines, notes, ledger,
        change);
  }

  /**
   * Whether the plan lists a step for the letter.
   *
   * @param letter the letter looked for
   * @return true when one of {@link #steps()} names the letter
   */
  public boolean hasStep(LetterKind letter) {
    return steps.stream().anyMatch(s -> s.letter().names(letter));
  }

  /**
   * The steps to write on a date: those whose first date is on or before it and that wait for no answer.
   *
   * @param date the day the letters would be sent
   * @return the steps, in the plan's order; never an option
   */
  public List<Step> stepsDueBy(LocalDate date) {
    return steps.stream().filter(s -> !s.from().isAfter(date) && !s.awaitsAnswer()).toList();
  }

  private static void nonImplementation(LocalDate asOf, ServiceLedger ledger, Deadlines deadlines,
      Correspondences mail, List<Step> steps) {
    String owed = ledger.totalOwedMinutes() + " minutes";
    Optional<Correspondence> demand = mail.lastSent(PlanLetter.DEMAND);
    Optional<Correspondence> complaint = mail.lastSent(PlanLetter.PRS_COMPLAINT)
        .filter(p -> demand.isEmpty() || !demand.get().date().isAfter(p.date()));
    List<String> presumed = ledger.services().stream()
        .filter(l -> l.hasOwedMinutes() && l.unlogged())
        .map(l -> "'" + l.id() + "'")
        .toList();

    LocalDate demandFrom = asOf;
    if (!presumed.isEmpty() && mail.lastSent(PlanLetter.RECORDS_REQUEST).isEmpty()) {
      Deadline access = deadlines.get(DeadlineKind.RECORDS_ACCESS_DUE).orElseThrow();
      steps.add(new Step(PlanLetter.RECORDS_REQUEST, asOf, null,
          "Ask for the student record with the service delivery logs first: no log entry shows for "
              + String.join(", ", presumed) + ", so what the IEP required there is presumed owed, not shown by the "
              + "logs. Access is due by " + format(access.date()) + ".", false));
      demandFrom = access.date().plusDays(1);
    }
    LocalDate fullCoverage = deadlines.get(DeadlineKind.PRS_FULL_COVERAGE_BY).map(Deadline::date).orElse(null);

    if (demand.isEmpty()) {
      LocalDate answerBy = BusinessDays.after(demandFrom, 5);
      steps.add(new Step(PlanLetter.DEMAND, demandFrom, null,
          "The service logs through " + format(ledger.evidenceThrough()) + " show " + owed + " owed on the accepted "
              + "IEP. Ask the district to resume the services and plan compensatory services, with an answer within "
              + "five business days.", false));
      if (complaint.isEmpty()) {
        complaint(ledger, answerBy.plusDays(1), fullCoverage, true,
            "If the district has not answered the demand within five business days, file a complaint with the "
                + "DESE Problem Resolution System; it decides within sixty days.", steps);
      }
      return;
    }
    if (complaint.isPresent()) {
      return;
    }
    LocalDate sent = demand.get().date();
    LocalDate answerBy = Deadline.demandResponseDue(sent).date();
    Optional<Correspondence> reply = mail.firstReceivedFrom(sent);
    if (reply.isPresent()) {
      complaint(ledger, asOf, fullCoverage, false,
          "The district replied on " + format(reply.get().date()) + " to the demand of " + format(sent)
              + ", but the service logs through " + format(ledger.evidenceThrough()) + " still show " + owed
              + " owed. File with the DESE Problem Resolution System unless the reply resumes the services and plans "
              + "compensatory services.", steps);
    } else if (asOf.isAfter(answerBy)) {
      complaint(ledger, asOf, fullCoverage, false,
          "The demand of " + format(sent) + " asked for an answer by " + format(answerBy) + " and none came. "
              + "File a complaint with the DESE Problem Resolution System now; it decides within sixty days.", steps);
    } else {
      complaint(ledger, answerBy.plusDays(1), fullCoverage, true,
          "The demand of " + format(sent) + " asks for an answer by " + format(answerBy) + ". If none comes, "
              + "file a complaint with the DESE Problem Resolution System; it decides within sixty days.", steps);
    }
  }

  /**
   * The PRS complaint step, when a complaint filed on its first date could allege a shortfall within one year
   * (34 CFR 300.153(c)); otherwise none, and a note says why.
   */
  private static void complaint(ServiceLedger ledger, LocalDate from, LocalDate fullCoverage, boolean awaits,
      String why, List<Step> steps) {
    if (Applicability.owedWithinAYear(ledger, from).isPresent()) {
      return;
    }
    LocalDate by = fullCoverage != null && !fullCoverage.isBefore(from) ? fullCoverage : null;
    String reach = by == null ? "" : " Filed by " + format(by) + ", it still reaches every shortfall.";
    steps.add(new Step(PlanLetter.PRS_COMPLAINT, from, by, why + reach, awaits));
  }

  private static void proposal(Case c, LocalDate asOf, IepChange change, Deadlines deadlines, Correspondences mail,
      boolean reduction, List<Step> steps) {
    LocalDate proposedOn = c.proposedIep().proposedOn();
    if (reduction && mail.lastSentOnOrAfter(PlanLetter.WRITTEN_NOTICE_REQUEST, proposedOn).isEmpty()) {
      String cuts = change.cuts().stream().map(EscalationPlan::describe).collect(Collectors.joining("; "));
      boolean refused = c.refusedRequests().stream().anyMatch(r -> r != null && !r.isIee());
      steps.add(new Step(PlanLetter.WRITTEN_NOTICE_REQUEST, asOf, null,
          "The proposed IEP of " + format(proposedOn) + " cuts services (" + cuts + "). Ask for the written "
              + "notice of the proposed action (N1) and the data behind each cut"
              + (refused ? ", and the notice of refusal (N2) for each refused request" : "") + ".", false));
    }
    if (mail.lastSentOnOrAfter(PlanLetter.PARTIAL_REJECTION, proposedOn).isEmpty()) {
      Deadline response = deadlines.get(DeadlineKind.PROPOSED_IEP_RESPONSE_DUE).orElseThrow();
      boolean late = asOf.isAfter(response.date());
      String what = reduction ? "the cuts" : "the changes you do not accept";
      steps.add(new Step(PlanLetter.PARTIAL_REJECTION, asOf, late ? null : response.date(),
          late
              ? "The thirty days to respond to the proposed IEP ended on " + format(response.date()) + ". Send the "
                  + "partial rejection now: accept the rest, reject " + what + ", and keep the accepted IEP's "
                  + "services in place (stay-put)."
              : "Accept the proposed IEP except " + what + ", and reject those, within thirty days of receiving it "
                  + "(by " + format(response.date()) + "); the accepted IEP's services stay in place (stay-put).",
          false));
    }
  }

  private static void refusedRequest(List<RefusedRequest> refused, LocalDate asOf, Correspondences mail,
      List<Step> steps) {
    if (steps.stream().anyMatch(s -> s.letter() == PlanLetter.WRITTEN_NOTICE_REQUEST)) {
      return;
    }
    List<RefusedRequest> others = refused.stream().filter(r -> !r.isIee()).toList();
    LocalDate latest = latest(others);
    if (mail.lastSentOnOrAfter(PlanLetter.WRITTEN_NOTICE_REQUEST, latest).isPresent()) {
      return;
    }
    int n = others.size();
    steps.add(new Step(PlanLetter.WRITTEN_NOTICE_REQUEST, asOf, null,
        "The district refused " + (n == 1 ? "a request" : n + " requests") + ". Ask for the written notice of "
            + "refusal (N2) and the data behind it.", false));
  }

  private static void refusedIee(List<RefusedRequest> refused, LocalDate asOf, Deadlines deadlines,
      Correspondences mail, List<Step> steps) {
    LocalDate latest = latest(refused.stream().filter(RefusedRequest::isIee).toList());
    if (mail.lastSentOnOrAfter(PlanLetter.IEE_REQUEST, latest).isPresent()) {
      return;
    }
    LocalDate due = deadlines.get(DeadlineKind.IEE_RESPONSE_DUE).map(Deadline::date).orElse(null);
    steps.add(new Step(PlanLetter.IEE_REQUEST, asOf, null,
        "The district refused an independent educational evaluation at public expense. It may not simply refuse: "
            + "within five school days it must agree to pay for it or ask the BSEA for a hearing (603 CMR "
            + "28.04(5)(d); 34 CFR 300.502(b)(2))" + (due == null ? "." : ", by " + format(due) + "."), false));
  }

  private static List<Step> options(Case c, LocalDate asOf, List<Situation> situations, IepChange change,
      Deadlines deadlines) {
    boolean owed = situations.contains(Situation.NON_IMPLEMENTATION);
    boolean proposal = situations.contains(Situation.PROPOSED_REDUCTION)
        || situations.contains(Situation.PROPOSED_CHANGE);
    boolean reviewOverdue = c.iep().end().isBefore(asOf);
    List<Step> options = new ArrayList<>();
    if (owed || change.hasRejection() || reviewOverdue) {
      List<String> purposes = new ArrayList<>();
      if (owed) {
        purposes.add("agree a written plan for the compensatory services owed");
      }
      if (change.hasRejection()) {
        purposes.add("discuss the rejected portions of the proposed IEP");
      }
      if (reviewOverdue) {
        purposes.add("hold the annual review, which is overdue");
      }
      options.add(new Step(PlanLetter.TEAM_MEETING_REQUEST, asOf, null,
          "Ask for a Team meeting to " + String.join(", and to ", purposes) + ".", false));
    }
    if (owed || proposal) {
      options.add(new Step(PlanLetter.BSEA_MEDIATION_REQUEST, asOf, null,
          "Ask the BSEA for mediation: voluntary, free and confidential, and it gives up no right to a hearing.",
          false));
      LocalDate limit = owed ? deadlines.get(DeadlineKind.DUE_PROCESS_LIMIT).map(Deadline::date).orElse(null) : null;
      options.add(new Step(PlanLetter.BSEA_HEARING_REQUEST, asOf, limit,
          "Ask the BSEA for a hearing"
              + (limit == null ? "." : "; it reaches shortfalls of the last two years, the first of them until "
                  + format(limit) + " (34 CFR 300.511(e))."), false));
    }
    return options;
  }

  private static List<String> notes(Case c, LocalDate asOf, ServiceLedger ledger, Deadlines deadlines,
      Correspondences mail, List<Step> steps, List<Step> options) {
    List<String> notes = new ArrayList<>();
    notes.add(BSEA_NOT_PRS_NOTE);
    if (c.iep().end().isBefore(asOf)) {
      notes.add("The accepted IEP ended on " + format(c.iep().end()) + ": the annual review is overdue (603 CMR "
          + "28.04(3): at least once a year).");
    }
    Optional<Deadline> earliest = deadlines.get(DeadlineKind.PRS_EARLIEST_VIOLATION);
    if (earliest.isPresent()) {
      LocalDate reach = earliest.get().date();
      boolean beyond = ledger.services().stream().flatMap(l -> l.periodFigures().stream())
          .anyMatch(p -> p.hasShortfall() && p.lastSchoolDay().isBefore(reach));
      if (beyond) {
        notes.add("Some shortfalls ended before " + format(reach) + ", beyond the one year a PRS complaint can "
            + "reach (34 CFR 300.153(c)); a hearing request to the BSEA can reach two years back (34 CFR "
            + "300.511(e)).");
      }
    }
    if (c.proposedIep() != null) {
      deadlines.get(DeadlineKind.PROPOSED_IEP_RESPONSE_DUE).filter(d -> asOf.isAfter(d.date())).ifPresent(d ->
          notes.add("The thirty days to respond to the proposed IEP ended on " + format(d.date()) + " (603 CMR "
              + "28.05(7)(a)); the regulation does not say what no response means, so respond in writing now."));
    }
    if (deadlines.get(DeadlineKind.IEE_RESPONSE_DUE).filter(d -> d.date() == null).isPresent()) {
      notes.add("The five school days for the district's answer to the IEE request run past the last school-year "
          + "calendar in the case: add the next school year's calendar (district.calendars) to get that date.");
    }
    List<SchoolCalendar> years = c.district().schoolYears().stream()
        .filter(y -> y != null && y.firstDay() != null && y.lastDay() != null)
        .sorted(Comparator.comparing(SchoolCalendar::firstDay))
        .toList();
    boolean closedBy = Stream.concat(steps.stream(), options.stream())
        .map(Step::by)
        .filter(Objects::nonNull)
        .anyMatch(by -> mayBeClosed(years, by));
    if (closedBy) {
      notes.add("A date to send by falls on a day without school (a weekend, a holiday or a vacation) or between "
          + "two school years, when the district may be closed: send earlier, or by email, to be safe.");
    }
    mail.lastSent(PlanLetter.PRS_COMPLAINT).ifPresent(complaint -> {
      LocalDate filed = complaint.date();
      LocalDate decision = Deadline.prsDecisionDue(filed).date();
      boolean answered = mail.all().stream().anyMatch(m -> m != null && m.direction() == Direction.RECEIVED
          && m.date() != null && m.date().isAfter(filed) && !m.date().isAfter(asOf));
      if (asOf.isAfter(decision) && !answered) {
        notes.add("The PRS complaint of " + format(filed) + " was due a written decision by " + format(decision)
            + " (34 CFR 300.152(a)) and no reply has come: write to the PRS office.");
      }
    });
    notes.addAll(ledger.warnings());
    return notes;
  }

  /** A day of a school year that is no school day (a weekend, a holiday, a vacation), or a date between two years. */
  private static boolean mayBeClosed(List<SchoolCalendar> years, LocalDate date) {
    for (int i = 0; i < years.size(); i++) {
      SchoolCalendar y = years.get(i);
      if (!date.isBefore(y.firstDay()) && !date.isAfter(y.lastDay())) {
        return !SchoolDays.isSchoolDay(y, date);
      }
      if (i + 1 < years.size() && date.isAfter(y.lastDay()) && date.isBefore(years.get(i + 1).firstDay())) {
        return true;
      }
    }
    return false;
  }

  private static LocalDate latest(List<RefusedRequest> requests) {
    return requests.stream().map(RefusedRequest::date).filter(Objects::nonNull).max(LocalDate::compareTo)
        .orElse(LocalDate.MIN);
  }

  private static String describe(LineChange l) {
    String id = "'" + l.id() + "'";
    if (l.kind() == ChangeKind.REMOVED) {
      return id + " removed";
    }
    if (l.kind() == ChangeKind.LESS_DIRECT) {
      return id + " turned from direct service into consultation";
    }
    return id + " from " + l.acceptedWeekly().toDisplayString() + " to " + l.proposedWeekly().toDisplayString()
        + " minutes a school week";
  }

  private static String format(LocalDate date) {
    return LONG_DATE.format(date);
  }

  /** The correspondence up to the as-of date. */
  private record Correspondences(List<Correspondence> all, LocalDate asOf) {

    Optional<Correspondence> lastSent(PlanLetter letter) {
      return lastSentOnOrAfter(letter, LocalDate.MIN);
    }

    Optional<Correspondence> lastSentOnOrAfter(PlanLetter letter, LocalDate from) {
      return all.stream()
          .filter(m -> m != null && m.direction() == Direction.SENT && letter.names(m.letter()) && readable(m))
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
