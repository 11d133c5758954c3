package org.iepletters.model;

import java.time.LocalDate;

/**
 * One line of the service delivery grid.
 *
 * @param id a short identifier, unique in its IEP (letters, digits, {@code -}, {@code _})
 * @param service what the service is
 * @param grid where it is delivered on the service delivery grid
 * @param provider who provides it
 * @param sessions sessions per period
 * @param minutes minutes per session
 * @param per the period
 * @param cycleDays school days per cycle, only when {@code per} is {@link Period#CYCLE}
 * @param start first day of the line when it starts after the IEP, or {@code null}
 * @param end last day of the line when it ends before the IEP, or {@code null}
 */
public record ServiceLine(
    String id,
    String service,
    Grid grid,
    String provider,
    Integer sessions,
    Integer minutes,
    Period per,
    Integer cycleDays,
    LocalDate start,
    LocalDate end) {}
