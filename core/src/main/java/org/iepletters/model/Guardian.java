package org.iepletters.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.iepletters.validation.ContactableGuardian;
import org.iepletters.validation.PlausibleEmail;

/**
 * The person who signs the letters; reachable by e-mail, phone, or both.
 *
 * @param name full name
 * @param relationship relationship to the student
 * @param address postal address
 * @param email e-mail address, or {@code null}
 * @param phone telephone number, or {@code null}
 * @param language primary language when it is not English, or {@code null}
 */
@ContactableGuardian
public record Guardian(
    @NotBlank(message = "is required") String name,
    @NotNull(message = "is required") Relationship relationship,
    @NotNull(message = "is required") @Valid Address address,
    @PlausibleEmail String email,
    String phone,
    String language) {}
