package org.iepletters.plan;

import java.time.LocalDate;
import java.util.Objects;
import org.iepletters.calendar.Deadlines;
import org.iepletters.calendar.SupportedDates;
import org.iepletters.change.IepChange;
import org.iepletters.ledger.ServiceLedger;
import org.iepletters.model.Case;

/**
 * The figures of one case on one date that several steps of a render need (whether the letter applies, then
 * its facts): each is worked out on first use and then kept, so a letter pays for its ledger once.
 *
 * <p>Not thread-safe: make one per render.
 */
public final class CaseFigures {
  private final Case aCase;
  private final LocalDate date;
  private ServiceLedger ledger;
  private IepChange change;
  private Deadlines deadlines;

  private CaseFigures(Case aCase, LocalDate date) {
    this.aCase = Objects.requireNonNull(aCase, "aCase");
    this.date = Objects.requireNonNull(date, "date");
  }

  /**
   * The figures of a case as of a date, none worked out yet.
   *
   * @param c a valid case
   * @param date the date the ledger counts up to
   * @return the figures, each worked out on first use and then kept
   * @throws IllegalArgumentException when a date is outside {@link SupportedDates}
   */
  public static CaseFigures of(Case c, LocalDate date) {
    SupportedDates.require(date, "date");
    return new CaseFigures(c, date);
  }

  /** {@return the case} */
  public Case aCase() {
    return aCase;
  }

  /** {@return the date the ledger counts up to} */
  public LocalDate date() {
    return date;
  }

  /** {@return the service ledger as of the date, with the default proration} */
  public ServiceLedger ledger() {
    if (ledger == null) {
      ledger = ServiceLedger.of(aCase, date);
    }
    return ledger;
  }

  /** {@return the change the case's proposed IEP makes} */
  public IepChange change() {
    if (change == null) {
      change = IepChange.of(aCase);
    }
    return change;
  }

  /** {@return the deadlines that apply as of the date, from this ledger and change} */
  public Deadlines deadlines() {
    if (deadlines == null) {
      deadlines = CaseDeadlines.of(aCase, date, ledger(), change());
    }
    return deadlines;
  }
}
