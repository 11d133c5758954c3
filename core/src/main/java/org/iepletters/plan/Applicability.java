package org.iepletters.plan;

import java.time.LocalDate;
import java.util.Optional;
import org.iepletters.LetterKind;
import org.iepletters.LetterNotApplicableException;
import org.iepletters.change.IepChange;
import org.iepletters.ledger.ServiceLedger;
import org.iepletters.model.Case;

/**
 * Whether a letter applies to a case on a date, and if not, why.
 *
 * <p>A records request always applies. A demand and a PRS complaint need owed minutes (default proration). A partial
 * rejection needs a proposed IEP that reduces or removes a service. A written-notice request needs a reduction, a
 * removal or a refused request.
 */
public final class Applicability {
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
    return switch (kind) {
      case RECORDS_REQUEST -> Optional.empty();
      case DEMAND, PRS_COMPLAINT -> ServiceLedger.of(c, date).hasOwedMinutes()
          ? Optional.empty()
          : Optional.of("the service logs show no minutes owed on the accepted IEP as of " + date);
      case PARTIAL_REJECTION -> c.proposedIep() == null
          ? Optional.of("the case has no proposed IEP")
          : IepChange.of(c).hasCut()
              ? Optional.empty()
              : Optional.of("the proposed IEP reduces or removes no service");
      case WRITTEN_NOTICE_REQUEST -> IepChange.of(c).hasCut() || !c.refusedRequests().isEmpty()
          ? Optional.empty()
          : Optional.of("no proposed IEP reduces or removes a service, and no request was refused");
    };
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
    check(kind, c, date).ifPresent(reason -> {
      throw new LetterNotApplicableException(kind, reason);
    });
  }
}
