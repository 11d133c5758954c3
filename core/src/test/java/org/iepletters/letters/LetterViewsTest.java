package org.iepletters.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.iepletters.LetterKind;
import org.iepletters.TestCaseEdits;
import org.iepletters.CaseFixtures;
import org.iepletters.model.Case;
import org.iepletters.model.Contact;
import org.iepletters.model.ContactRole;
import org.iepletters.model.Relationship;
import org.iepletters.validation.InvalidCaseException;
import org.junit.jupiter.api.Test;

class LetterViewsTest {

  private static final Case SAMPLE = CaseFixtures.read("speech-one-of-three");
  private static final LocalDate DATE = LocalDate.of(2026, 12, 4);
  private static final Contact DIRECTOR = new Contact(ContactRole.SPECIAL_EDUCATION_DIRECTOR, "Dana Cole", null);
  private static final Contact PRINCIPAL = new Contact(ContactRole.PRINCIPAL, "Percival Ng", "png@example.org");
  private static final Contact KEEPER = new Contact(ContactRole.RECORDS_KEEPER, "Robin Vale", "rvale@example.org");

  private static LetterView recordsRequest(Case c) {
    return LetterViews.of(LetterKind.RECORDS_REQUEST, c, DATE);
  }

  private static String recordsDue(LocalDate meeting) {
    Case c = TestCaseEdits.withNextTeamMeeting(SAMPLE, meeting);
    return ((RecordsRequestFacts) recordsRequest(c).facts()).recordsAccessDue();
  }

  @Test
  void recordsAreDueTenCalendarDaysAfterTheRequest() {
    assertThat(recordsDue(null)).isEqualTo("December 14, 2026");
    assertThat(recordsDue(LocalDate.of(2027, 1, 20))).isEqualTo("December 14, 2026");
  }

  @Test
  void recordsAreDueTheDayBeforeASoonerTeamMeeting() {
    assertThat(recordsDue(LocalDate.of(2026, 12, 10))).isEqualTo("December 9, 2026");
  }

  @Test
  void pastTeamMeetingDoesNotMoveTheDueDate() {
    assertThat(recordsDue(LocalDate.of(2026, 12, 1))).isEqualTo("December 14, 2026");
    assertThat(((RecordsRequestFacts) recordsRequest(SAMPLE).facts()).teamMeeting()).isEqualTo("January 20, 2027");
  }

  @Test
  void dateLineIsWrittenOutInUsEnglishWithoutItsWeekday() {
    assertThat(recordsRequest(SAMPLE).date()).isEqualTo("December 4, 2026");
    assertThat(recordsRequest(SAMPLE).re().dateOfBirth()).isEqualTo("November 23, 2019");
  }

  @Test
  void recordsRequestGoesToTheRecordsKeeperBeforeThePrincipal() {
    LetterView view = recordsRequest(TestCaseEdits.withContacts(SAMPLE, List.of(PRINCIPAL, KEEPER, DIRECTOR)));

    assertThat(view.addressees()).extracting(LetterView.Person::name).containsExactly("Robin Vale", "Dana Cole");
    // everyone named, addressee or copied, is sent the letter: by email when the address is known
    assertThat(view.emailedTo()).extracting(LetterView.Person::name)
        .containsExactlyElementsOf(Stream.concat(view.addressees().stream(), view.cc().stream())
            .filter(p -> p.email() != null).map(LetterView.Person::name).toList())
        .contains("Robin Vale");
    assertThat(view.mailedTo()).extracting(LetterView.Person::name).containsExactly("Dana Cole");
  }

  @Test
  void recordsRequestFallsBackToTheDirectorAlone() {
    LetterView view = recordsRequest(TestCaseEdits.withContacts(SAMPLE, List.of(DIRECTOR)));

    assertThat(view.addressees()).extracting(LetterView.Person::name).containsExactly("Dana Cole");
    assertThat(view.cc()).isEmpty();
  }

  @Test
  void parentWritesMySon() {
    ChildWords words = recordsRequest(SAMPLE).child();

    assertThat(words.noun()).isEqualTo("my son");
    assertThat(words.nounPossessive()).isEqualTo("my son's");
    assertThat(words.subjectIs()).isEqualTo("he is");
  }

  @Test
  void guardianWritesTheChildsName() {
    ChildWords words = recordsRequest(TestCaseEdits.withRelationship(SAMPLE, Relationship.GUARDIAN)).child();

    assertThat(words.nounPossessive()).isEqualTo("Oliver's");
  }

  @Test
  void studentUnderEighteenCannotSignForThemself() {
    Case student = TestCaseEdits.withRelationship(SAMPLE, Relationship.STUDENT);

    assertThatThrownBy(() -> recordsRequest(student)).isInstanceOfSatisfying(InvalidCaseException.class,
        e -> assertThat(e.violations()).extracting(v -> v.path()).containsExactly("guardian.relationship"));
  }

  @Test
  void eligibleStudentWritesInTheFirstPerson() {
    Case student = TestCaseEdits.withRelationship(SAMPLE, Relationship.STUDENT);
    LetterView view = LetterViews.of(LetterKind.RECORDS_REQUEST, student, LocalDate.of(2038, 1, 4));

    assertThat(view.child().nounPossessive()).isEqualTo("my");
    assertThat(view.signature().eligibleStudent()).isTrue();
  }
}
