package org.iepletters.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.iepletters.fixtures.CaseJson;
import org.iepletters.model.Case;
import org.iepletters.model.Student;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseValidatorTest {

  private static void assertOnly(CaseJson c, String path, String message) {
    assertThat(c.violations()).containsExactly(new Violation(path, message));
  }

  @Test
  void acceptsTheSyntheticCase() {
    assertThat(CaseJson.valid().violations()).isEmpty();
  }

  // student

  @ParameterizedTest
  @ValueSource(strings = {"student.firstName", "student.lastName", "student.dateOfBirth", "student.school"})
  void requiresEachRequiredStudentField(String path) {
    assertOnly(CaseJson.valid().remove(path), path, "is required");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n\t"})
  void rejectsBlankRequiredText(String blank) {
    assertOnly(CaseJson.valid().set("student.firstName", blank), "student.firstName", "is required");
  }

  @Test
  void rejectsDateOfBirthInTheFuture() {
    assertOnly(CaseJson.valid().set("student.dateOfBirth", "2099-01-01"), "student.dateOfBirth", "must be in the past");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "12345678901", "12345abcde", "１２３４５６７８９０"})
  void rejectsStateIdThatIsNotExactlyTenDigits(String stateId) {
    assertOnly(CaseJson.valid().set("student.stateId", stateId), "student.stateId", "must be exactly 10 digits");
  }

  @Test
  void acceptsStudentWithoutOptionalFields() {
    CaseJson c = CaseJson.valid().remove("student.stateId").remove("student.grade").remove("student.pronouns");
    assertThat(c.violations()).isEmpty();
    assertThat(c.read().student().pronounsOrDefault()).hasToString("THEY");
  }

  @Test
  void checksTheStudentsOwnAddressWhenGiven() {
    CaseJson c = CaseJson.valid().setJson("student.address", "{\"street\": \"5 Elm\", \"city\": \"X\", \"state\": \"M\"}");
    assertThat(c.violations()).containsExactly(
        new Violation("student.address.postalCode", "is required"),
        new Violation("student.address.state", "must be two letters"));
  }

  // guardian

  @ParameterizedTest
  @ValueSource(strings = {"guardian.name", "guardian.relationship", "guardian.address"})
  void requiresEachRequiredGuardianField(String path) {
    assertOnly(CaseJson.valid().remove(path), path, "is required");
  }

  @Test
  void requiresAnEmailOrAPhoneForTheGuardian() {
    assertOnly(CaseJson.valid().remove("guardian.email").set("guardian.phone", " "),
        "guardian", "needs an e-mail address or a phone number");
    assertThat(CaseJson.valid().remove("guardian.email").violations()).isEmpty();
    assertThat(CaseJson.valid().remove("guardian.phone").violations()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"pat", "pat@example", "pat @example.org", "pat@@example.org", "pat@example..org"})
  void rejectsImplausibleEmails(String email) {
    assertOnly(CaseJson.valid().set("guardian.email", email), "guardian.email", "must be a plausible e-mail address");
    assertOnly(CaseJson.valid().set("district.contacts[0].email", email),
        "district.contacts[0].email", "must be a plausible e-mail address");
  }

  @ParameterizedTest
  @ValueSource(strings = {"M", "MAS", "M1", "."})
  void rejectsStateThatIsNotTwoLetters(String state) {
    assertOnly(CaseJson.valid().set("guardian.address.state", state), "guardian.address.state", "must be two letters");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1105", "011050", "01105-12", "01105 1234", "ABCDE"})
  void rejectsPostalCodeNotNnnnnOrNnnnnDashNnnn(String code) {
    assertOnly(CaseJson.valid().set("district.address.postalCode", code),
        "district.address.postalCode", "must be NNNNN or NNNNN-NNNN");
  }

  @ParameterizedTest
  @ValueSource(strings = {"street", "city", "state", "postalCode"})
  void requiresEachAddressField(String field) {
    assertOnly(CaseJson.valid().remove("guardian.address." + field), "guardian.address." + field, "is required");
  }

  @Test
  void reportsOnlyRequiredWhenABlankValueAlsoBreaksItsPattern() {
    assertOnly(CaseJson.valid().set("guardian.address.postalCode", ""), "guardian.address.postalCode", "is required");
  }

  // district

  @ParameterizedTest
  @ValueSource(strings = {"district.name", "district.address", "district.contacts[1].role", "district.contacts[1].name"})
  void requiresEachRequiredDistrictField(String path) {
    assertOnly(CaseJson.valid().remove(path), path, "is required");
  }

  @Test
  void acceptsDistrictWithoutCalendarWhenNoLineCountsCycles() {
    CaseJson c = CaseJson.valid().remove("district.calendar")
        .set("iep.services[1].per", "WEEK").remove("iep.services[1].cycleDays");
    assertThat(c.violations()).isEmpty();
  }

  @Test
  void rejectsSchoolYearThatEndsBeforeItStarts() {
    assertOnly(CaseJson.valid().set("district.calendar.lastDay", "2026-09-01"),
        "district.calendar.lastDay", "must not be before firstDay");
    assertThat(CaseJson.valid().set("district.calendar.lastDay", "2026-09-02").violations()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"district.calendar.firstDay", "district.calendar.lastDay", "district.calendar.closures[0].from"})
  void requiresCalendarDates(String path) {
    assertOnly(CaseJson.valid().remove(path), path, "is required");
  }

  @Test
  void rejectsClosureThatEndsBeforeItStarts() {
    assertOnly(CaseJson.valid().set("district.calendar.closures[1].to", "2026-12-23"),
        "district.calendar.closures[1].to", "must not be before from");
  }

  @Test
  void acceptsClosureOutsideTheSchoolYearAndOneDayClosures() {
    CaseJson c = CaseJson.valid().set("district.calendar.closures[1].from", "2027-07-01")
        .set("district.calendar.closures[1].to", "2027-07-01");
    assertThat(c.violations()).isEmpty();
  }

  // accepted IEP

  @ParameterizedTest
  @ValueSource(strings = {"iep.start", "iep.end", "iep.acceptedOn"})
  void requiresIepDates(String path) {
    assertOnly(CaseJson.valid().remove(path), path, "is required");
  }

  @Test
  void requiresIepStartBeforeEnd() {
    assertOnly(CaseJson.valid().set("iep.end", "2026-09-08"), "iep.end", "must be after start");
  }

  @Test
  void requiresAtLeastOneServiceLineOnTheAcceptedIep() {
    CaseJson c = CaseJson.valid().setJson("iep.services", "[]").setJson("serviceLogs", "[]");
    assertOnly(c, "iep.services", "must list at least one service line");
  }

  @Test
  void rejectsRepeatedServiceLineIds() {
    CaseJson c = CaseJson.valid().duplicate("iep.services", 0);
    assertOnly(c, "iep.services[2].id", "repeats the id of an earlier service line");
  }

  @ParameterizedTest
  @ValueSource(strings = {"speech therapy", "speech.1", "séance", "a/b"})
  void rejectsServiceIdWithOtherCharactersThanLettersDigitsDashAndUnderscore(String id) {
    CaseJson c = CaseJson.valid().set("iep.services[0].id", id).set("serviceLogs[0].service", id)
        .set("serviceLogs[1].service", id).set("proposedIep.services[0].id", id);
    assertThat(c.violations()).containsExactly(
        new Violation("iep.services[0].id", "must be letters, digits, - and _ only"),
        new Violation("proposedIep.services[0].id", "must be letters, digits, - and _ only"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "service", "provider", "grid", "sessions", "minutes", "per"})
  void requiresEachServiceLineField(String field) {
    String path = "proposedIep.services[0]." + field;
    assertOnly(CaseJson.valid().remove(path), path, "is required");
  }

  @Test
  void requiresAtLeastOneSessionOfAtLeastOneMinute() {
    CaseJson c = CaseJson.valid().set("iep.services[0].sessions", 0).set("iep.services[0].minutes", -5);
    assertThat(c.violations()).containsExactly(
        new Violation("iep.services[0].minutes", "must be at least 1"),
        new Violation("iep.services[0].sessions", "must be at least 1"));
  }

  @Test
  void requiresCycleDaysOnACycleLine() {
    assertOnly(CaseJson.valid().remove("iep.services[1].cycleDays"), "iep.services[1].cycleDays",
        "is required when per is CYCLE");
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 1, 11, 30})
  void rejectsCycleOfFewerThanTwoOrMoreThanTenDays(int days) {
    assertOnly(CaseJson.valid().set("iep.services[1].cycleDays", days), "iep.services[1].cycleDays",
        "must be from 2 to 10 school days");
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 10})
  void acceptsCycleOfTwoToTenDays(int days) {
    assertThat(CaseJson.valid().set("iep.services[1].cycleDays", days).violations()).isEmpty();
  }

  @Test
  void rejectsCycleDaysOnALineThatIsNotCycle() {
    assertOnly(CaseJson.valid().set("iep.services[0].cycleDays", 5), "iep.services[0].cycleDays",
        "is allowed only when per is CYCLE");
  }

  @Test
  void requiresTheDistrictCalendarForACycleLineAndNamesTheLine() {
    assertOnly(CaseJson.valid().remove("district.calendar"), "iep.services[1].per",
        "CYCLE needs a district school-year calendar (district.calendar or district.calendars)");
  }

  @Test
  void requiresLineDatesInsideTheIepDates() {
    CaseJson c = CaseJson.valid().set("iep.services[1].start", "2026-09-07").set("iep.services[1].end", "2027-09-08");
    assertThat(c.violations()).containsExactly(
        new Violation("iep.services[1].end", "must be within the IEP dates"),
        new Violation("iep.services[1].start", "must be within the IEP dates"));
    CaseJson edges = CaseJson.valid().set("iep.services[1].start", "2026-09-08").set("iep.services[1].end", "2027-09-07");
    assertThat(edges.violations()).isEmpty();
  }

  // proposed IEP

  @ParameterizedTest
  @ValueSource(strings = {"proposedIep.proposedOn", "proposedIep.start", "proposedIep.end"})
  void requiresProposedIepDates(String path) {
    assertOnly(CaseJson.valid().remove(path), path, "is required");
  }

  @Test
  void acceptsProposedIepWithoutServicesOrReceivedDate() {
    CaseJson c = CaseJson.valid().setJson("proposedIep.services", "[]").remove("proposedIep.receivedOn");
    assertThat(c.violations()).isEmpty();
    assertThat(CaseJson.valid().remove("proposedIep").violations()).isEmpty();
  }

  @Test
  void rejectsAcceptedOnInAProposedIep() {
    assertOnly(CaseJson.valid().set("proposedIep.acceptedOn", "2026-11-20"), "proposedIep.acceptedOn", "unknown field");
  }

  @Test
  void appliesTheIepRulesToTheProposedIep() {
    CaseJson c = CaseJson.valid().duplicate("proposedIep.services", 0)
        .set("proposedIep.services[0].start", "2026-11-15");
    assertThat(c.violations()).containsExactly(
        new Violation("proposedIep.services[0].start", "must be within the IEP dates"),
        new Violation("proposedIep.services[1].id", "repeats the id of an earlier service line"));
    assertOnly(CaseJson.valid().set("proposedIep.end", "2026-11-01"), "proposedIep.end", "must be after start");
  }

  @Test
  void leavesLineDatesUncheckedWhileTheIepDatesAreInverted() {
    CaseJson c = CaseJson.valid().set("proposedIep.end", "2026-11-01").set("proposedIep.services[0].start", "2026-12-01");
    assertOnly(c, "proposedIep.end", "must be after start");
  }

  // service logs

  @Test
  void rejectsLogEntryForAServiceTheIepDoesNotHave() {
    assertOnly(CaseJson.valid().set("serviceLogs[3].service", "music"), "serviceLogs[3].service",
        "names no service line of the IEP");
  }

  @Test
  void rejectsLogEntryNamingOnlyAProposedLine() {
    CaseJson c = CaseJson.valid().set("proposedIep.services[0].id", "reading").set("serviceLogs[0].service", "reading");
    assertOnly(c, "serviceLogs[0].service", "names no service line of the IEP");
  }

  @ParameterizedTest
  @ValueSource(strings = {"service", "date", "minutes", "status"})
  void requiresEachLogEntryField(String field) {
    assertOnly(CaseJson.valid().remove("serviceLogs[2]." + field), "serviceLogs[2]." + field, "is required");
  }

  @Test
  void rejectsNegativeMinutesInALogEntry() {
    assertOnly(CaseJson.valid().set("serviceLogs[1].minutes", -1), "serviceLogs[1].minutes", "must not be negative");
  }

  @ParameterizedTest
  @ValueSource(strings = {"DELIVERED", "MAKEUP"})
  void requiresMinutesForADeliveredOrMakeupSession(String status) {
    CaseJson c = CaseJson.valid().set("serviceLogs[0].status", status).set("serviceLogs[0].minutes", 0);
    assertOnly(c, "serviceLogs[0].minutes", "must be at least 1 when status is " + status);
  }

  @ParameterizedTest
  @ValueSource(strings = {"CANCELLED", "STUDENT_ABSENT"})
  void requiresZeroMinutesForACancelledOrMissedSession(String status) {
    CaseJson c = CaseJson.valid().set("serviceLogs[0].status", status).set("serviceLogs[0].minutes", 30);
    assertOnly(c, "serviceLogs[0].minutes", "must be 0 when status is " + status);
  }

  @Test
  void acceptsTwoLogEntriesOnOneDate() {
    assertThat(CaseJson.valid().duplicate("serviceLogs", 0).violations()).isEmpty();
  }

  @Test
  void reportsAMissingListElementAtItsIndex() {
    CaseJson c = CaseJson.valid().setJson("serviceLogs", "[{\"service\": \"speech\", \"date\": \"2026-09-08\","
        + " \"minutes\": 30, \"status\": \"DELIVERED\"}, null]");
    assertOnly(c, "serviceLogs[1]", "is required");
  }

  // correspondence and refused requests

  @Test
  void requiresTheLetterOfASentLetter() {
    assertOnly(CaseJson.valid().remove("correspondence[0].letter"), "correspondence[0].letter",
        "is required when direction is SENT");
  }

  @ParameterizedTest
  @ValueSource(strings = {"date", "direction", "note"})
  void requiresEachCorrespondenceField(String field) {
    assertOnly(CaseJson.valid().remove("correspondence[1]." + field), "correspondence[1]." + field, "is required");
  }

  @ParameterizedTest
  @ValueSource(strings = {"date", "request"})
  void requiresEachRefusedRequestField(String field) {
    assertOnly(CaseJson.valid().remove("refusedRequests[0]." + field), "refusedRequests[0]." + field, "is required");
  }

  // text XML cannot hold

  @ParameterizedTest
  @ValueSource(strings = {"\u0000", "\u0007", "\u001F", "\uFFFE", "\uFFFF", "\uD800", "\uDC00", "x\uDBFFy"})
  void rejectsCharactersXmlForbidsWithTheFieldPath(String bad) {
    assertThat(CaseJson.valid().set("serviceLogs[1].note", "Provider" + bad).violations())
        .singleElement()
        .satisfies(v -> {
          assertThat(v.path()).isEqualTo("serviceLogs[1].note");
          assertThat(v.message()).startsWith("contains a character that XML 1.0 forbids");
        });
  }

  @Test
  void checksEveryTextOfTheCaseNotOnlyNames() {
    CaseJson c = CaseJson.valid()
        .set("concerns", "a\u0001b")
        .set("district.contacts[1].name", "\u0002")
        .set("district.calendar.closures[0].reason", "\u0003")
        .set("iep.services[1].provider", "\u0004")
        .set("guardian.language", "\u0005")
        .set("student.grade", "\u0006");
    assertThat(c.violations()).extracting(Violation::path).containsExactly(
        "concerns", "district.calendar.closures[0].reason", "district.contacts[1].name",
        "guardian.language", "iep.services[1].provider", "student.grade");
  }

  @Test
  void acceptsTabsNewlinesCarriageReturnsAndCharactersBeyondTheBasicPlane() {
    CaseJson c = CaseJson.valid().set("concerns", "a\tb\r\nc\n\nd 😀 ẞ \uE000 \uFFFD");
    assertThat(c.violations()).isEmpty();
  }

  // the Java API

  @Test
  void validatesACaseBuiltInCode() {
    Case read = CaseJson.valid().read();
    Student student = read.student();
    Student renamed = new Student("Te\u0007sta", student.lastName(), student.dateOfBirth(), student.pronouns(),
        student.grade(), student.school(), student.stateId(), student.address());
    Case built = new Case(renamed, read.guardian(), read.district(), read.iep(), read.proposedIep(),
        Arrays.asList(read.serviceLogs().get(0), null), read.nextTeamMeeting(), read.correspondence(),
        List.of(), null);
    assertThat(CaseValidator.validate(built)).containsExactly(
        new Violation("serviceLogs[1]", "is required"),
        new Violation("student.firstName", "contains a character that XML 1.0 forbids (U+0007)"));
  }

  @Test
  void requireValidReturnsAValidCaseAndThrowsWithEveryViolationOtherwise() {
    Case read = CaseJson.valid().read();
    assertThat(CaseValidator.requireValid(read)).isSameAs(read);
    Case broken = new Case(null, null, read.district(), read.iep(), null, null, null, null, null, null);
    assertThatThrownBy(() -> CaseValidator.requireValid(broken))
        .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.violations()).containsExactly(
            new Violation("guardian", "is required"), new Violation("student", "is required")))
        .hasMessageContaining("guardian: is required");
  }

  @Test
  void reportsAMissingCase() {
    assertThat(CaseValidator.validate(null)).containsExactly(new Violation("", "is required"));
  }

  @Test
  void sortsViolationsByPathWithIndexesInNumberOrder() {
    CaseJson c = CaseJson.valid();
    for (int i = 0; i < 8; i++) {
      c.duplicate("serviceLogs", 0);
    }
    c.set("serviceLogs[9].service", "x").set("serviceLogs[10].service", "y").set("serviceLogs[2].service", "z");
    assertThat(c.violations()).extracting(Violation::path)
        .containsExactly("serviceLogs[2].service", "serviceLogs[9].service", "serviceLogs[10].service");
  }

  @Test
  void acceptsADateOfBirthOfYesterday() {
    assertThat(CaseJson.valid().set("student.dateOfBirth", LocalDate.now().minusDays(1).toString()).violations())
        .isEmpty();
  }
}
