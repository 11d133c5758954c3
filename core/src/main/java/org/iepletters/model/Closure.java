package org.iepletters.model;

import java.time.LocalDate;

/**
 * Days without school: a vacation, a professional day, a storm.
 *
 * @param from first day closed
 * @param to last day closed; {@code null} for a single day
 * @param reason why, or {@code null}
 */
public record Closure(LocalDate from, LocalDate to, String reason) {

  /** The last day closed: {@code to}, or {@code from} for a one-day closure. */
  public LocalDate lastDay() {
    return to == null ? from : to;
  }
}
