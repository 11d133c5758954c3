package org.iepletters.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A hearing request already pending at the Bureau of Special Education Appeals about the case's issues.
 *
 * @param number the BSEA case number
 * @param filedOn the date the hearing request was filed
 */
public record BseaCase(
    @NotBlank(message = "is required") String number, @NotNull(message = "is required") LocalDate filedOn) {}
