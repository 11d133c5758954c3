package org.iepletters.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The last accepted IEP.
 *
 * @param start first day of the IEP period
 * @param end last day of the IEP period
 * @param acceptedOn the date the parent accepted it
 * @param services its service lines
 */
public record Iep(LocalDate start, LocalDate end, LocalDate acceptedOn, List<ServiceLine> services) {

  /** Copies the list once; a missing list is empty. */
  public Iep {
    services = Lists.copy(services);
  }
}
