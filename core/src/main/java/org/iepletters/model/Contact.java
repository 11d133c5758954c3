package org.iepletters.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.iepletters.validation.PlausibleEmail;

/**
 * A person at the district.
 *
 * @param role what they do
 * @param name full name
 * @param email e-mail address, or {@code null}
 */
public record Contact(
    @NotNull(message = "is required") ContactRole role,
    @NotBlank(message = "is required") String name,
    @PlausibleEmail String email) {}
