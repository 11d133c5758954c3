package org.iepletters.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A postal address in the United States.
 *
 * @param street street and number
 * @param unit apartment or unit, or {@code null}
 * @param city city or town
 * @param state two-letter state code
 * @param postalCode ZIP code, {@code NNNNN} or {@code NNNNN-NNNN}
 */
public record Address(
    @NotBlank(message = "is required") String street,
    String unit,
    @NotBlank(message = "is required") String city,
    @NotBlank(message = "is required") @Pattern(regexp = "[A-Za-z]{2}", message = "must be two letters") String state,
    @NotBlank(message = "is required")
        @Pattern(regexp = "[0-9]{5}(-[0-9]{4})?", message = "must be NNNNN or NNNNN-NNNN")
        String postalCode) {}
