package org.iepletters.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.iepletters.validation.ConsistentCalendars;

/**
 * The school district.
 *
 * <p>Its school-year calendars are given either as {@code calendars} (a list) or, for one school year, as
 * {@code calendar}; never both. {@link #schoolYears()} gives them as one list either way.
 *
 * @param name the district's name
 * @param address its postal address
 * @param contacts the people letters go to
 * @param calendar the one school-year calendar, or {@code null}
 * @param calendars the school-year calendars, or {@code null}
 * @param esyCalendars the extended-school-year programme calendars, or {@code null}
 */
@ConsistentCalendars
public record District(
    @NotBlank(message = "is required") String name,
    @NotNull(message = "is required") @Valid Address address,
    List<@NotNull(message = "is required") @Valid Contact> contacts,
    @Valid SchoolCalendar calendar,
    List<@NotNull(message = "is required") @Valid SchoolCalendar> calendars,
    List<@NotNull(message = "is required") @Valid EsyCalendar> esyCalendars) {

  /**
   * Copies the lists once; missing contacts are none, and a missing calendar list stays {@code null}.
   *
   * @param name the district's name
   * @param address its postal address
   * @param contacts the people letters go to
   * @param calendar the one school-year calendar, or {@code null}
   * @param calendars the school-year calendars, or {@code null}
   * @param esyCalendars the extended-school-year programme calendars, or {@code null}
   */
  public District {
    contacts = Lists.copy(contacts);
    calendars = calendars == null ? null : Lists.copy(calendars);
    esyCalendars = esyCalendars == null ? null : Lists.copy(esyCalendars);
  }

  /**
   * A district with one school-year calendar, or none, and no ESY calendar.
   *
   * @param name the district's name
   * @param address its postal address
   * @param contacts the people letters go to
   * @param calendar the school-year calendar, or {@code null}
   */
  public District(String name, Address address, List<Contact> contacts, SchoolCalendar calendar) {
    this(name, address, contacts, calendar, null, null);
  }

  /**
   * The first contact with the given role, in the order of {@link #contacts()}.
   *
   * @param role the role looked for
   * @return the contact, or empty when the district has none with the role
   */
  public Optional<Contact> contact(ContactRole role) {
    return contacts.stream().filter(c -> c != null && c.role() == role).findFirst();
  }

  /** {@return the school-year calendars, from {@code calendars} or {@code calendar}; empty when the case has none} */
  public List<SchoolCalendar> schoolYears() {
    if (calendars != null && !calendars.isEmpty()) {
      return calendars;
    }
    return calendar == null ? List.of() : List.of(calendar);
  }

  /** {@return the ESY calendars; empty when the case has none} */
  public List<EsyCalendar> esyYears() {
    return esyCalendars == null ? List.of() : esyCalendars;
  }

  /** {@return whether the case has at least one school-year calendar} */
  public boolean hasSchoolCalendar() {
    return !schoolYears().isEmpty();
  }
}
