package org.iepletters.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A request the district refused.
 *
 * @param date when it was refused
 * @param request what was asked for
 */
public record RefusedRequest(
    @NotNull(message = "is required") LocalDate date, @NotBlank(message = "is required") String request) {}
