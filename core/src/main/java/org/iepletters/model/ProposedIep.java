package org.iepletters.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
 * @param concerns the parent's reasons for rejecting parts of it, or {@code null}
 * @param rejectedPortions other portions the parent rejects (a goal, the placement, something missing)
 * @param acceptChanges the ids of changed lines the parent accepts; a cut is always rejected
 */
@ConsistentIep
public record ProposedIep(
    @NotNull(message = "is required") LocalDate proposedOn,
    LocalDate receivedOn,
    @NotNull(message = "is required") LocalDate start,
    @NotNull(message = "is required") LocalDate end,
    List<@NotNull(message = "is required") @Valid ServiceLine> services,
    String concerns,
    List<@NotBlank(message = "is required") String> rejectedPortions,
    List<@NotBlank(message = "is required") String> acceptChanges) {

  /**
   * Copies the lists once; a missing list is empty.
   *
   * @param proposedOn the date of the proposal
   * @param receivedOn the date the parent received it, or {@code null}
   * @param start first day of the proposed IEP period
   * @param end last day of the proposed IEP period
   * @param services its service lines, matched to the accepted IEP's by id; may be empty
   * @param concerns the parent's reasons for rejecting parts of it, or {@code null}
   * @param rejectedPortions other portions the parent rejects (a goal, the placement, something missing)
   * @param acceptChanges the ids of changed lines the parent accepts; a cut is always rejected
   */
  public ProposedIep {
    services = Lists.copy(services);
    rejectedPortions = Lists.copy(rejectedPortions);
    acceptChanges = Lists.copy(acceptChanges);
  }

  /**
   * A proposed IEP with no reasons, no other rejected portion and no accepted change.
   *
   * @param proposedOn the date of the proposal
   * @param receivedOn the date the parent received it, or {@code null}
   * @param start first day of the proposed IEP period
   * @param end last day of the proposed IEP period
   * @param services its service lines
   */
  public ProposedIep(LocalDate proposedOn, LocalDate receivedOn, LocalDate start, LocalDate end,
      List<ServiceLine> services) {
    this(proposedOn, receivedOn, start, end, services, null, null, null);
  }

  /** {@return the date the response window runs from: the date received, else the date proposed} */
  public LocalDate responseWindowStart() {
    return receivedOn == null ? proposedOn : receivedOn;
  }
}
