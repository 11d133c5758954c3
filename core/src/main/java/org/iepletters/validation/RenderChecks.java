package org.iepletters.validation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.iepletters.model.Case;
import org.iepletters.model.Contact;
import org.iepletters.model.ContactRole;
import org.iepletters.model.District;
import org.iepletters.model.Relationship;
import org.iepletters.calendar.SupportedDates;

/**
 * The rules that need the letter: checked when a letter is rendered, reported like any other violation.
 *
 * <ul>
 *   <li>A guardian whose relationship is {@code student} signs for themself, so the student must be 18 or older
 *       on the letter date (the age counts whole years, so someone born on February 29 turns 18 on March 1 of a
 *       common year).
 *   <li>A letter needs its addressees: for each role the letter addresses, the district has a contact with that
 *       role, or else a {@code SPECIAL_EDUCATION_DIRECTOR}, who stands in for any missing role. A case with no
 *       director therefore fails for every letter addressed to a role it lacks, and for every letter addressed
 *       to the director. A letter with a longer chain of its own (the records keeper, else the principal)
 *       resolves that chain itself and asks here for the role it settled on.
 * </ul>
 */
public final class RenderChecks {
  /** The age at which a student signs for themself. */
  public static final int AGE_OF_MAJORITY = 18;

  private RenderChecks() {}

  /**
   * The violations of the rules that need the letter. The case is assumed to have passed
   * {@link CaseValidator}; missing parts are skipped, not reported again.
   *
   * @param c a valid case
   * @param letterDate the date the letter bears
   * @param addressedRoles the roles the letter is addressed to
   * @return the violations, sorted; empty when the letter can be written
   * @throws IllegalArgumentException when a date is outside {@link SupportedDates}
   */
  public static List<Violation> check(Case c, LocalDate letterDate, Collection<ContactRole> addressedRoles) {
    SupportedDates.require(letterDate, "letterDate");
    List<Violation> violations = new ArrayList<>();
    if (c.guardian() != null && c.guardian().relationship() == Relationship.STUDENT
        && c.student() != null && c.student().dateOfBirth() != null
        && ChronoUnit.YEARS.between(c.student().dateOfBirth(), letterDate) < AGE_OF_MAJORITY) {
      violations.add(new Violation("guardian.relationship",
          "student needs the student to be 18 or older on the letter date"));
    }
    if (c.district() != null) {
      for (ContactRole role : addressedRoles) {
        if (addressee(c.district(), role).isEmpty()) {
          violations.add(new Violation("district.contacts", role == ContactRole.SPECIAL_EDUCATION_DIRECTOR
              ? "needs a SPECIAL_EDUCATION_DIRECTOR for this letter"
              : "needs a " + role + " or a SPECIAL_EDUCATION_DIRECTOR for this letter"));
        }
      }
    }
    return CaseValidator.tidy(violations);
  }

  /**
   * Throws when a letter cannot be written for the case on that date.
   *
   * @param c a valid case
   * @param letterDate the date the letter bears
   * @param addressedRoles the roles the letter is addressed to
   * @throws InvalidCaseException listing every violation, when there is one
   */
  public static void requireRenderable(Case c, LocalDate letterDate, Collection<ContactRole> addressedRoles) {
    List<Violation> violations = check(c, letterDate, addressedRoles);
    if (!violations.isEmpty()) {
      throw new InvalidCaseException(violations);
    }
  }

  /**
   * The contact a letter for a role goes to: the first contact with that role, else the special education
   * director.
   *
   * @param district the district
   * @param role the role the letter is addressed to
   * @return the contact, or empty when there is neither
   */
  public static Optional<Contact> addressee(District district, ContactRole role) {
    return district.contact(role).or(() -> district.contact(ContactRole.SPECIAL_EDUCATION_DIRECTOR));
  }
}
