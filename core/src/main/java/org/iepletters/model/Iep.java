package org.iepletters.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.iepletters.validation.ConsistentIep;

/**
 * The last accepted IEP.
 *
 * @param start first day of the IEP period
 * @param end last day of the IEP period
 * @param acceptedOn the date the parent accepted it
 * @param services its service lines
 */
@ConsistentIep
public record Iep(
    @NotNull(message = "is required") LocalDate start,
    @NotNull(message = "is required") LocalDate end,
    @NotNull(message = "is required") LocalDate acceptedOn,
    @NotEmpty(message = "must list at least one service line")
        List<@NotNull(message = "is required") @Valid ServiceLine> services) {

  /**
   * Copies the list once; a missing list is empty.
   *
   * @param start first day of the IEP period
   * @param end last day of the IEP period
   * @param acceptedOn the date the parent accepted it
   * @param services its service lines
   */
  public Iep {
    services = Lists.copy(services);
  }
}
