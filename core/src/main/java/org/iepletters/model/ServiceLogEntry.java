package org.iepletters.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.iepletters.validation.ConsistentLogEntry;

/**
 * One entry of the service delivery logs.
 *
 * @param service the id of the accepted IEP's service line
 * @param date the date of the session
 * @param minutes minutes delivered
 * @param status what happened
 * @param note a note, or {@code null}
 */
@ConsistentLogEntry
public record ServiceLogEntry(
    @NotBlank(message = "is required") String service,
    @NotNull(message = "is required") LocalDate date,
    @NotNull(message = "is required") @Min(value = 0, message = "must not be negative")
        @Max(value = ServiceLine.MAX_MINUTES, message = "must be at most 1,440 minutes (a day)") Integer minutes,
    @NotNull(message = "is required") LogStatus status,
    String note) {}
