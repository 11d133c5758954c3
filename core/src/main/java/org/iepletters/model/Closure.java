package org.iepletters.model;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.iepletters.validation.OrderedClosure;

/**
 * Days without school: a vacation, a professional day, a storm.
 *
 * @param from first day closed
 * @param to last day closed; {@code null} for a single day
 * @param reason why, or {@code null}
 */
@OrderedClosure
public record Closure(@NotNull(message = "is required") LocalDate from, LocalDate to, String reason) {

  /** {@return the last day closed: {@code to}, or {@code from} for a one-day closure} */
  public LocalDate lastDay() {
    return to == null ? from : to;
  }
}
