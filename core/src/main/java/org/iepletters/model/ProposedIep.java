package org.iepletters.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.iepletters.validation.ConsistentIep;

/**
 * A proposed IEP the parent has not accepted.
 *
 * @param proposedOn the date of the proposal
 * @param receivedOn the date the parent received it, or {@code null}
 * @param start first day of the proposed IEP period
 * @param end last day of the proposed IEP period
 * @param services its service lines, matched to the accepted IEP's by id; may be empty
 */
@ConsistentIep
public record ProposedIep(
    @NotNull(message = "is required") LocalDate proposedOn,
    LocalDate receivedOn,
    @NotNull(message = "is required") LocalDate start,
    @NotNull(message = "is required") LocalDate end,
    List<@NotNull(message = "is required") @Valid ServiceLine> services) {

  /** Copies the list once; a missing list is empty. */
  public ProposedIep {
    services = Lists.copy(services);
  }

  /** The date the response window runs from: the date received, else the date proposed. */
  public LocalDate responseWindowStart() {
    return receivedOn == null ? proposedOn : receivedOn;
  }
}
