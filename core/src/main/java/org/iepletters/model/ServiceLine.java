package org.iepletters.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.iepletters.validation.ConsistentServiceLine;

/**
 * One line of the service delivery grid.
 *
 * @param id a short identifier, unique in its IEP (letters, digits, {@code -}, {@code _})
 * @param service what the service is
 * @param grid where it is delivered on the service delivery grid
 * @param provider who provides it
 * @param sessions sessions per period, 1 to {@value #MAX_SESSIONS}
 * @param minutes minutes per session, 1 to {@value #MAX_MINUTES}
 * @param per the period the sessions are counted in: a week, a cycle of {@code cycleDays} school days, or a month
 * @param cycleDays school days per cycle, only when {@code per} is {@link Period#CYCLE}
 * @param start first day of the line when it starts after the IEP, or {@code null}
 * @param end last day of the line when it ends before the IEP, or {@code null}
 * @param esy whether it is an extended-school-year service, counted on ESY days; {@code false} when not given
 */
@ConsistentServiceLine
public record ServiceLine(
    @NotBlank(message = "is required")
        @Pattern(regexp = "[A-Za-z0-9_-]+", message = "must be letters, digits, - and _ only")
        String id,
    @NotBlank(message = "is required") String service,
    @NotNull(message = "is required") Grid grid,
    @NotBlank(message = "is required") String provider,
    @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1")
        @Max(value = MAX_SESSIONS, message = "must be at most 1,000 sessions per period") Integer sessions,
    @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1")
        @Max(value = MAX_MINUTES, message = "must be at most 1,440 minutes (a day)") Integer minutes,
    @NotNull(message = "is required") Period per,
    Integer cycleDays,
    LocalDate start,
    LocalDate end,
    Boolean esy) {

  /** The most sessions a line may have per period: more than any period's school days could hold. */
  public static final int MAX_SESSIONS = 1_000;
  /** The most minutes a session may last, and a log entry may record: a whole day. */
  public static final int MAX_MINUTES = 1_440;

  /**
   * A missing {@code esy} is {@code false}.
   *
   * @param id a short identifier, unique in its IEP (letters, digits, {@code -}, {@code _})
   * @param service what the service is
   * @param grid where it is delivered on the service delivery grid
   * @param provider who provides it
   * @param sessions sessions per period, 1 to {@value #MAX_SESSIONS}
   * @param minutes minutes per session, 1 to {@value #MAX_MINUTES}
   * @param per the period the sessions are counted in: a week, a cycle of {@code cycleDays} school days, or a month
   * @param cycleDays school days per cycle, only when {@code per} is {@link Period#CYCLE}
   * @param start first day of the line when it starts after the IEP, or {@code null}
   * @param end last day of the line when it ends before the IEP, or {@code null}
   * @param esy whether it is an extended-school-year service, counted on ESY days; {@code false} when not given
   */
  public ServiceLine {
    esy = esy != null && esy;
  }

  /**
   * A service line of the school year (not ESY).
   *
   * @param id a short identifier
   * @param service what the service is
   * @param grid where it is delivered
   * @param provider who provides it
   * @param sessions sessions per period
   * @param minutes minutes per session
   * @param per the period the sessions are counted in: a week, a cycle of {@code cycleDays} school days, or a month
   * @param cycleDays school days per cycle, or {@code null}
   * @param start first day of the line, or {@code null}
   * @param end last day of the line, or {@code null}
   */
  public ServiceLine(String id, String service, Grid grid, String provider, Integer sessions, Integer minutes,
      Period per, Integer cycleDays, LocalDate start, LocalDate end) {
    this(id, service, grid, provider, sessions, minutes, per, cycleDays, start, end, false);
  }

  /** {@return whether it is an extended-school-year line} */
  public boolean isEsy() {
    return esy;
  }
}
