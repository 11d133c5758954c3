package org.iepletters.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/**
 * The child.
 *
 * @param firstName first name
 * @param lastName last name
 * @param dateOfBirth date of birth
 * @param pronouns how the letters refer to the child; {@code null} means {@link Pronouns#THEY}
 * @param grade grade, or {@code null}
 * @param school the school the child attends
 * @param stateId the ten-digit state student identifier (SASID), or {@code null}
 * @param address the child's residence when it is not the guardian's, or {@code null}
 */
public record Student(
    @NotBlank(message = "is required") String firstName,
    @NotBlank(message = "is required") String lastName,
    @NotNull(message = "is required") @Past(message = "must be in the past") LocalDate dateOfBirth,
    Pronouns pronouns,
    String grade,
    @NotBlank(message = "is required") String school,
    @Pattern(regexp = "[0-9]{10}", message = "must be exactly 10 digits") String stateId,
    @Valid Address address) {

  /** {@return the pronouns the letters use: {@link Pronouns#THEY} when none were given} */
  public Pronouns pronounsOrDefault() {
    return pronouns == null ? Pronouns.THEY : pronouns;
  }

  /** {@return the full name, first name first} */
  public String fullName() {
    return firstName + " " + lastName;
  }
}
