package org.iepletters.plan;

import java.time.LocalDate;
import java.util.Optional;
import org.iepletters.LetterKind;
import org.iepletters.LetterNotApplicableException;
import org.iepletters.calendar.Deadline;
import org.iepletters.ledger.ServiceLedger;
import org.iepletters.model.Case;
import org.iepletters.model.Direction;
import org.iepletters.model.RefusedRequest;

/**
 * Whether a letter applies to a case on a date, and if not, why.
 *
 * <p>A records request always applies. A demand and a PRS complaint need owed minutes (default proration); a PRS
 * complaint needs some of them in a period whose last school day is within one year of filing. A partial
 * rejection needs a proposed IEP that cuts a service. A written-notice request needs a cut or a refused request
 * that is not an IEE. A Team meeting request needs owed minutes, something rejected in a proposed IEP, or an
 * accepted IEP whose last day has passed; an IEE request, a refused request for an independent evaluation; a
 * mediation request, owed minutes or something rejected; a hearing request, something rejected or minutes owed
 * within two years of filing.
 */
public final class Applicability {
  private static final String NOTHING_OWED_OR_REJECTED = "no minutes are owed on the accepted IEP as of ";

  private Applicability() {}

  /**
   * Why a letter does not apply.
   *
   * @param kind the letter
   * @param c a valid case
   * @param date the letter's date; the ledger is worked out as of it
   * @return the reason, without personal data, or empty when the letter applies
   */
  public static Optional<String> check(LetterKind kind, Case c, LocalDate date) {
    return check(kind, CaseFigures.of(c, date));
  }

  /**
   * Why a letter does not apply, from figures the caller goes on to use.
   *
   * @param kind the letter
   * @param figures a valid case's figures as of the letter's date
   * @return the reason, without personal data, or empty when the letter applies
   */
  public static Optional<String> check(LetterKind kind, CaseFigures figures) {
    Case c = figures.aCase();
    LocalDate date = figures.date();
    return switch (kind) {
      case RECORDS_REQUEST -> Optional.empty();
      case DEMAND -> owedMinutes(figures.ledger(), date);
      case PRS_COMPLAINT -> {
        ServiceLedger ledger = figures.ledger();
        yield owedMinutes(ledger, date).or(() -> owedWithinAYear(ledger, date))
            .or(() -> loggedOrRequested(c, ledger, date));
      }
      case PARTIAL_REJECTION -> c.proposedIep() == null
          ? Optional.of("the case has no proposed IEP")
          : figures.change().hasRejection()
              ? Optional.empty()
              : Optional.of("the proposed IEP reduces or removes no service, changes no line the parent has not "
                  + "accepted, and the case rejects no other portion");
      case WRITTEN_NOTICE_REQUEST -> figures.change().hasCut()
          || c.refusedRequests().stream().anyMatch(r -> r != null && !r.isIee())
          ? Optional.empty()
          : Optional.of("no proposed IEP cuts a service, and no request other than an independent evaluation was "
              + "refused (an IEE refusal is answered by the IEE request, not by a request for written notice)");
      case TEAM_MEETING_REQUEST -> figures.ledger().hasOwedMinutes() || rejectsSomething(c, figures)
          || c.iep().end().isBefore(date)
          ? Optional.empty()
          : Optional.of(NOTHING_OWED_OR_REJECTED + date + ", nothing in a proposed IEP is rejected, and the accepted "
              + "IEP has not ended");
      case IEE_REQUEST -> c.refusedRequests().stream().anyMatch(RefusedRequest::isIee)
          ? Optional.empty()
          : Optional.of("the case has no refused request for an independent educational evaluation");
      case BSEA_MEDIATION_REQUEST -> figures.ledger().hasOwedMinutes() || rejectsSomething(c, figures)
          ? Optional.empty()
          : Optional.of(NOTHING_OWED_OR_REJECTED + date + ", and nothing in a proposed IEP is rejected");
      case BSEA_HEARING_REQUEST -> rejectsSomething(c, figures)
          ? Optional.empty()
          : figures.ledger().hasOwedMinutes()
              ? owedWithinTwoYears(figures.ledger(), date)
              : Optional.of(NOTHING_OWED_OR_REJECTED + date + ", and nothing in a proposed IEP is rejected");
    };
  }

  /** Whether the parent rejects something in a proposed IEP: a cut, a changed line not accepted, another portion. */
  private static boolean rejectsSomething(Case c, CaseFigures figures) {
    return c.proposedIep() != null && figures.change().hasRejection();
  }

  private static Optional<String> owedMinutes(ServiceLedger ledger, LocalDate date) {
    return ledger.hasOwedMinutes()
        ? Optional.empty()
        : Optional.of("the service logs show no minutes owed on the accepted IEP as of " + date);
  }

  /**
   * A complaint states only what the logs show: when every line with owed minutes has no log entry, the records are
   * asked for first.
   */
  private static Optional<String> loggedOrRequested(Case c, ServiceLedger ledger, LocalDate date) {
    boolean logged = ledger.services().stream().anyMatch(l -> l.hasOwedMinutes() && l.hasLogEntries());
    boolean requested = c.correspondence().stream().anyMatch(m -> m.direction() == Direction.SENT
        && m.letter() == LetterKind.RECORDS_REQUEST && !m.date().isAfter(date));
    return logged || requested
        ? Optional.empty()
        : Optional.of("the district has provided no service delivery logs for any line with owed minutes, and no "
            + "records request was sent: send the records request first");
  }

  /** A complaint may allege only violations within one year of filing (34 CFR 300.153(c)). */
  static Optional<String> owedWithinAYear(ServiceLedger ledger, LocalDate filed) {
    LocalDate earliest = Deadline.prsEarliestViolation(filed).date();
    boolean recent = ledger.services().stream()
        .flatMap(line -> line.periodFigures().stream())
        .anyMatch(p -> p.owedMinutes() > 0 && !p.lastSchoolDay().isBefore(earliest));
    return recent
        ? Optional.empty()
        : Optional.of("every shortfall in the service logs is more than one year before " + filed
            + ", and a complaint may allege only violations within one year (34 CFR 300.153(c))");
  }

  /** A hearing request reaches shortfalls within two years of filing (34 CFR 300.511(e)). */
  private static Optional<String> owedWithinTwoYears(ServiceLedger ledger, LocalDate filed) {
    LocalDate earliest = filed.minusYears(2);
    boolean recent = ledger.services().stream()
        .flatMap(line -> line.periodFigures().stream())
        .anyMatch(p -> p.owedMinutes() > 0 && !p.lastSchoolDay().isBefore(earliest));
    return recent
        ? Optional.empty()
        : Optional.of("every shortfall in the service logs is more than two years before " + filed
            + ", and a hearing request reaches back two years (34 CFR 300.511(e)); nothing in a proposed IEP is "
            + "rejected");
  }

  /**
   * Checks that a letter applies.
   *
   * @param kind the letter
   * @param c a valid case
   * @param date the letter's date
   * @throws LetterNotApplicableException when it does not apply, with the reason
   */
  public static void require(LetterKind kind, Case c, LocalDate date) {
    require(kind, CaseFigures.of(c, date));
  }

  /**
   * Checks that a letter applies, from figures the caller goes on to use.
   *
   * @param kind the letter
   * @param figures a valid case's figures as of the letter's date
   * @throws LetterNotApplicableException when it does not apply, with the reason
   */
  public static void require(LetterKind kind, CaseFigures figures) {
    check(kind, figures).ifPresent(reason -> {
      throw new LetterNotApplicableException(kind, reason);
    });
  }
}
