package org.iepletters.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.iepletters.fixtures.CaseJson;
import org.iepletters.model.Case;
import org.iepletters.model.ContactRole;
import org.junit.jupiter.api.Test;

class RenderChecksTest {
  private static final LocalDate LETTER_DATE = LocalDate.of(2026, 11, 20);
  private static final Set<ContactRole> CHAIR_AND_DIRECTOR =
      Set.of(ContactRole.TEAM_CHAIR, ContactRole.SPECIAL_EDUCATION_DIRECTOR);

  private static Case studentSigning(String dateOfBirth) {
    return CaseJson.valid().set("guardian.relationship", "student").set("student.dateOfBirth", dateOfBirth).read();
  }

  @Test
  void acceptsALetterWhoseAddresseesAreAllThere() {
    assertThat(RenderChecks.check(CaseJson.valid().read(), LETTER_DATE, CHAIR_AND_DIRECTOR)).isEmpty();
  }

  @Test
  void letsAStudentOfEighteenOnTheLetterDateSign() {
    assertThat(RenderChecks.check(studentSigning("2008-11-20"), LETTER_DATE, CHAIR_AND_DIRECTOR)).isEmpty();
  }

  @Test
  void rejectsAStudentSignerUnderEighteenOnTheLetterDate() {
    assertThat(RenderChecks.check(studentSigning("2008-11-21"), LETTER_DATE, CHAIR_AND_DIRECTOR)).containsExactly(
        new Violation("guardian.relationship", "student needs the student to be 18 or older on the letter date"));
  }

  @Test
  void countsALeapDayBirthdayAsReachedOnTheFirstOfMarch() {
    Case c = studentSigning("2008-02-29");
    assertThat(RenderChecks.check(c, LocalDate.of(2026, 2, 28), Set.of())).hasSize(1);
    assertThat(RenderChecks.check(c, LocalDate.of(2026, 3, 1), Set.of())).isEmpty();
  }

  @Test
  void fallsBackToTheDirectorForAMissingRole() {
    Case c = CaseJson.valid().read();
    assertThat(RenderChecks.check(c, LETTER_DATE, Set.of(ContactRole.RECORDS_KEEPER, ContactRole.PRINCIPAL))).isEmpty();
    assertThat(RenderChecks.addressee(c.district(), ContactRole.RECORDS_KEEPER))
        .hasValueSatisfying(contact -> assertThat(contact.role()).isEqualTo(ContactRole.SPECIAL_EDUCATION_DIRECTOR));
    assertThat(RenderChecks.addressee(c.district(), ContactRole.TEAM_CHAIR))
        .hasValueSatisfying(contact -> assertThat(contact.role()).isEqualTo(ContactRole.TEAM_CHAIR));
  }

  @Test
  void rejectsALetterWhoseAddresseeIsMissingWhenThereIsNoDirector() {
    Case c = CaseJson.valid().set("district.contacts[0].role", "PRINCIPAL").read();
    assertThat(RenderChecks.check(c, LETTER_DATE, Set.of(ContactRole.TEAM_CHAIR))).isEmpty();
    assertThat(RenderChecks.check(c, LETTER_DATE, Set.of(ContactRole.RECORDS_KEEPER))).containsExactly(
        new Violation("district.contacts", "needs a RECORDS_KEEPER or a SPECIAL_EDUCATION_DIRECTOR for this letter"));
    assertThat(RenderChecks.check(c, LETTER_DATE, CHAIR_AND_DIRECTOR)).containsExactly(
        new Violation("district.contacts", "needs a SPECIAL_EDUCATION_DIRECTOR for this letter"));
  }

  @Test
  void reportsBothRenderRulesAtOnceAndThrowsOnRequest() {
    Case c = CaseJson.valid().set("guardian.relationship", "student").setJson("district.contacts", "[]").read();
    assertThatThrownBy(() -> RenderChecks.requireRenderable(c, LETTER_DATE, CHAIR_AND_DIRECTOR))
        .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.violations()).extracting(Violation::path)
            .containsExactly("district.contacts", "district.contacts", "guardian.relationship"));
  }
}
