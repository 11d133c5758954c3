package org.iepletters.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * The school district.
 *
 * @param name the district's name
 * @param address its postal address
 * @param contacts the people letters go to
 * @param calendar the school-year calendar, or {@code null}
 */
public record District(
    @NotBlank(message = "is required") String name,
    @NotNull(message = "is required") @Valid Address address,
    List<@NotNull(message = "is required") @Valid Contact> contacts,
    @Valid SchoolCalendar calendar) {

  /** Copies the list once; a missing list is empty. */
  public District {
    contacts = Lists.copy(contacts);
  }

  /** The first contact with the given role, if any. */
  public Optional<Contact> contact(ContactRole role) {
    return contacts.stream().filter(c -> c != null && c.role() == role).findFirst();
  }
}
