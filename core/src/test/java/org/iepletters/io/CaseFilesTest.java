package org.iepletters.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.iepletters.LetterKind;
import org.iepletters.fixtures.CaseJson;
import org.iepletters.model.Case;
import org.iepletters.model.LogStatus;
import org.iepletters.model.Pronouns;
import org.iepletters.model.Relationship;
import org.iepletters.validation.InvalidCaseException;
import org.iepletters.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseFilesTest {
  @TempDir Path dir;

  private static List<Violation> violationsOf(String text, Format format) {
    try {
      CaseFiles.parse(text, format);
      return List.of();
    } catch (InvalidCaseException e) {
      return e.violations();
    }
  }

  private static Path resourcePath(String name) throws URISyntaxException {
    return Path.of(CaseFilesTest.class.getResource(name).toURI());
  }

  @ParameterizedTest
  @ValueSource(strings = {"speech-one-of-three", "ot-vacancy", "budget-cut"})
  void readsThePublicCasesAsValid(String name) throws URISyntaxException {
    Case c = CaseFiles.read(resourcePath("/cases/" + name + ".json"));
    assertThat(c.iep().services()).isNotEmpty();
    assertThat(c.student().lastName()).isNotBlank();
  }

  @Test
  void readsTheYamlTwinAsTheSameCase() throws URISyntaxException {
    Case json = CaseFiles.read(resourcePath("/fixtures/valid-case.json"));
    Case yaml = CaseFiles.read(resourcePath("/fixtures/valid-case.yaml"));
    assertThat(yaml).isEqualTo(json);
    assertThat(CaseFiles.parse(CaseJson.resource("/fixtures/valid-case.yaml"), Format.YAML)).isEqualTo(json);
  }

  @Test
  void readsAllFieldsOfTheFixture() {
    Case c = CaseJson.valid().read();
    assertThat(c.student().pronouns()).isEqualTo(Pronouns.THEY);
    assertThat(c.student().stateId()).isEqualTo("0123456789");
    assertThat(c.iep().services().get(1).cycleDays()).isEqualTo(6);
    assertThat(c.correspondence().get(0).letter()).isEqualTo(LetterKind.DEMAND);
    assertThat(c.concerns()).isEqualTo("Line one.\n\nA second paragraph, with a tab\there.");
    assertThat(c.district().calendar().closures().get(0).to()).isNull();
  }

  @Test
  void readsAStream() {
    byte[] bytes = CaseJson.valid().json().getBytes(StandardCharsets.UTF_8);
    assertThat(CaseFiles.read(new ByteArrayInputStream(bytes), Format.JSON)).isEqualTo(CaseJson.valid().read());
  }

  @Test
  void decidesTheFormatByContentWhenTheExtensionSaysNothing() throws IOException {
    Path json = Files.writeString(dir.resolve("case.txt"), "\n  " + CaseJson.valid().json());
    Path yaml = Files.writeString(dir.resolve("case"), CaseJson.resource("/fixtures/valid-case.yaml"));
    assertThat(CaseFiles.read(json)).isEqualTo(CaseFiles.read(yaml));
  }

  // all at once

  @Test
  void reportsEveryProblemAtOnceWithExactPaths() {
    CaseJson c = CaseJson.valid()
        .set("student.nmae", "x")
        .remove("student.school")
        .setJson("iep.services[0].minutes", "30.7")
        .set("serviceLogs[1].minutes", "0")
        .set("serviceLogs[2].date", "2026-02-30")
        .set("serviceLogs[3].status", "lost")
        .set("serviceLogs[0].service", "music")
        .set("district.calendar.lastDay", "2025-01-01")
        .remove("guardian.email").remove("guardian.phone")
        .set("correspondence[0].letter", "thank-you-note");
    assertThat(c.violations()).containsExactly(
        new Violation("correspondence[0].letter",
            "must be one of: records-request, demand, prs-complaint, partial-rejection, n2-data-request, "
                + "team-meeting-request, iee-request, bsea-mediation-request, bsea-hearing-request"),
        new Violation("district.calendar.lastDay", "must not be before firstDay"),
        new Violation("guardian", "needs an e-mail address or a phone number"),
        new Violation("iep.services[0].minutes", "must be a whole number"),
        new Violation("serviceLogs[0].service", "names no service line of the IEP"),
        new Violation("serviceLogs[1].minutes", "must be a whole number"),
        new Violation("serviceLogs[2].date", "must be a real calendar date YYYY-MM-DD"),
        new Violation("serviceLogs[3].status", "must be one of: DELIVERED, CANCELLED, STUDENT_ABSENT, MAKEUP"),
        new Violation("student", "has an unknown field (field 7 of 7)"),
        new Violation("student.school", "is required"));
  }

  // strict reading

  @Test
  void rejectsUnknownFieldsAtAnyDepthByTheirPosition() {
    CaseJson c = CaseJson.valid().set("colour", "red").set("iep.services[1].room", "12")
        .set("district.calendar.closures[0].until", "2026-11-04");
    assertThat(c.violations()).containsExactly(
        new Violation("", "has an unknown field (field 11 of 11)"),
        new Violation("district.calendar.closures[0]", "has an unknown field (field 3 of 3)"),
        new Violation("iep.services[1]", "has an unknown field (field 11 of 11)"));
  }

  @Test
  void namesAnUnknownKeyOnlyWhenItIsAFieldNameOfTheFormatInTheWrongPlace() {
    CaseJson c = CaseJson.valid().set("student.Theo", "x").set("student.acceptedOn", "2026-01-01");
    assertThat(c.violations()).containsExactly(
        new Violation("student", "has an unknown field (field 8 of 9)"),
        new Violation("student.acceptedOn", "unknown field"));
  }

  @Test
  void reportsAnUnknownFieldWithAnOddNameWithoutRepeatingTheName() {
    CaseJson c = CaseJson.valid().set("student.Sam Rivera 2016", "x");
    assertThat(c.violations()).containsExactly(new Violation("student", "has an unknown field (field 8 of 8)"));
  }

  @Test
  void rejectsFractionalMinutesInsteadOfTruncating() {
    assertThat(CaseJson.valid().setJson("serviceLogs[0].minutes", "30.7").violations())
        .containsExactly(new Violation("serviceLogs[0].minutes", "must be a whole number"));
  }

  @Test
  void rejectsANumberGivenAsText() {
    assertThat(CaseJson.valid().set("iep.services[0].sessions", "3").violations())
        .containsExactly(new Violation("iep.services[0].sessions", "must be a whole number"));
  }

  @Test
  void rejectsTextGivenAsANumber() {
    assertThat(CaseJson.valid().setJson("student.stateId", "1234567890").setJson("student.grade", "true").violations())
        .containsExactly(
            new Violation("student.grade", "must be text (in quotes)"),
            new Violation("student.stateId", "must be text (in quotes)"));
  }

  @Test
  void rejectsANumberTooLargeForItsField() {
    assertThat(CaseJson.valid().setJson("iep.services[0].minutes", "3000000000").violations())
        .containsExactly(new Violation("iep.services[0].minutes", "is too large"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-30", "2026-13-01", "2026-04-31", "2027-02-29"})
  void rejectsImpossibleDates(String date) {
    assertThat(CaseJson.valid().set("iep.acceptedOn", date).violations())
        .containsExactly(new Violation("iep.acceptedOn", "must be a real calendar date YYYY-MM-DD"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-8-27", "08/27/2026", "2026-08-27T00:00", "20260827", "+2026-08-27", " 2026-08-27"})
  void rejectsDatesNotWrittenYyyyMmDd(String date) {
    assertThat(CaseJson.valid().set("iep.acceptedOn", date).violations())
        .containsExactly(new Violation("iep.acceptedOn", "must be a date YYYY-MM-DD"));
  }

  @Test
  void rejectsADateGivenAsANumberOrList() {
    CaseJson c = CaseJson.valid().setJson("iep.acceptedOn", "20260827").setJson("iep.start", "[2026, 9, 8]");
    assertThat(c.violations()).containsExactly(
        new Violation("iep.acceptedOn", "must be a date YYYY-MM-DD"),
        new Violation("iep.start", "must be a date YYYY-MM-DD"));
  }

  @Test
  void rejectsUnknownEnumerationValuesListingTheChoices() {
    CaseJson c = CaseJson.valid().set("student.pronouns", "it").set("guardian.relationship", "aunt")
        .set("iep.services[0].grid", "D").set("iep.services[0].per", "fortnight")
        .set("district.contacts[0].role", "janitor").set("correspondence[1].direction", "lost");
    assertThat(c.violations()).containsExactly(
        new Violation("correspondence[1].direction", "must be one of: SENT, RECEIVED"),
        new Violation("district.contacts[0].role",
            "must be one of: SPECIAL_EDUCATION_DIRECTOR, TEAM_CHAIR, PRINCIPAL, SUPERINTENDENT, RECORDS_KEEPER"),
        new Violation("guardian.relationship", "must be one of: parent, guardian, educational surrogate, student"),
        new Violation("iep.services[0].grid", "must be one of: A, B, C"),
        new Violation("iep.services[0].per", "must be one of: WEEK, CYCLE, MONTH"),
        new Violation("student.pronouns", "must be one of: he, she, they"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"student absent", "Student absent", "student-absent", "STUDENT_ABSENT", "Student_Absent"})
  void readsEnumerationValuesIgnoringCaseSpacesDashesAndUnderscores(String status) {
    assertThat(CaseJson.valid().set("serviceLogs[2].status", status).read().serviceLogs().get(2).status())
        .isEqualTo(LogStatus.STUDENT_ABSENT);
  }

  @Test
  void readsLowerCaseEnumerationValues() {
    Case c = CaseJson.valid().set("serviceLogs[0].status", "delivered").set("student.pronouns", "SHE")
        .set("guardian.relationship", "Educational-Surrogate").set("district.contacts[1].role", "team chair").read();
    assertThat(c.serviceLogs().get(0).status()).isEqualTo(LogStatus.DELIVERED);
    assertThat(c.student().pronouns()).isEqualTo(Pronouns.SHE);
    assertThat(c.guardian().relationship()).isEqualTo(Relationship.EDUCATIONAL_SURROGATE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"n2-data-request", "WRITTEN_NOTICE_REQUEST", "written notice request", "N2 Data Request"})
  void readsLettersByCommandOrEnumName(String letter) {
    assertThat(CaseJson.valid().set("correspondence[0].letter", letter).read().correspondence().get(0).letter())
        .isEqualTo(LetterKind.WRITTEN_NOTICE_REQUEST);
  }

  @Test
  void rejectsAnEnumerationValueGivenAsANumber() {
    assertThat(CaseJson.valid().setJson("iep.services[0].per", "0").violations())
        .containsExactly(new Violation("iep.services[0].per", "must be one of: WEEK, CYCLE, MONTH"));
  }

  @Test
  void rejectsWrongShapes() {
    CaseJson c = CaseJson.valid().set("student", "Testa").setJson("serviceLogs", "{}")
        .setJson("refusedRequests", "[\"ot\"]");
    assertThat(c.violations()).containsExactly(
        new Violation("refusedRequests[0]", "must be an object with fields"),
        new Violation("serviceLogs", "must be a list"),
        new Violation("student", "must be an object with fields"));
  }

  @Test
  void treatsNullAsAMissingValue() {
    assertThat(CaseJson.valid().setJson("student.school", "null").setJson("refusedRequests", "null").violations())
        .containsExactly(new Violation("student.school", "is required"));
  }

  @Test
  void reportsAForbiddenControlCharacterInANameWithItsPath() {
    assertThat(CaseJson.valid().set("guardian.name", "Pat\u0007Fictionalis").violations())
        .containsExactly(new Violation("guardian.name", "contains a character that XML 1.0 forbids (U+0007)"));
  }

  @Test
  void reportsAnEmptyYamlListElement() {
    String yaml = CaseJson.resource("/fixtures/valid-case.yaml").replace("refusedRequests:\n", "refusedRequests:\n  - ~\n");
    assertThat(violationsOf(yaml, Format.YAML)).containsExactly(new Violation("refusedRequests[0]", "is required"));
  }

  // no personal data in messages

  @Test
  void neverRepeatsTheOffendingValueInAMessage() {
    String marker = "ZQXMARKER";
    CaseJson c = CaseJson.valid()
        .set("student.stateId", marker)
        .set("student.pronouns", marker)
        .set("student.dateOfBirth", marker)
        .set("iep.services[0].minutes", marker)
        .set("serviceLogs[0].service", marker)
        .set("serviceLogs[1].date", "2026-02-30")
        .set("guardian.email", marker)
        .set("guardian.address.postalCode", marker)
        .set("guardian.address.state", marker)
        .set("guardian.name", marker + "\u0007")
        .set("correspondence[0].letter", marker)
        .set("iep.services[1].id", marker + " " + marker);
    InvalidCaseException e = catchInvalid(c.json(), Format.JSON);
    assertThat(e.violations()).hasSizeGreaterThanOrEqualTo(11);
    assertThat(e.violations()).allSatisfy(v -> assertThat(v.toString()).doesNotContain(marker, "2026-02-30"));
    assertThat(e.getMessage()).doesNotContain(marker, "2026-02-30");
    assertThat(e.getStackTrace()).isNotNull();
    assertThat(e.getCause()).isNull();
  }

  @Test
  void neverRepeatsContentInASyntaxError() {
    InvalidCaseException e = catchInvalid("{\"student\": {\"firstName\": \"ZQXMARKER\" \"lastName\": 1}}", Format.JSON);
    assertThat(e.violations()).containsExactly(new Violation("", "is not valid JSON (syntax error at line 1, column 39)"));
    assertThat(e.getMessage()).doesNotContain("ZQXMARKER");
    InvalidCaseException y = catchInvalid("student:\n  firstName: \"ZQXMARKER\n  - [", Format.YAML);
    assertThat(y.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEmpty();
      assertThat(v.message()).startsWith("is not valid YAML (syntax error at line").doesNotContain("ZQXMARKER");
    });
  }

  private static InvalidCaseException catchInvalid(String text, Format format) {
    try {
      CaseFiles.parse(text, format);
    } catch (InvalidCaseException e) {
      return e;
    }
    throw new AssertionError("expected the case to be invalid");
  }

  // not a case file

  @Test
  void reportsAFileThatIsNeitherJsonNorYaml() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "Dear Team,\n\t: [ {this is : not: a case\n");
    assertThatThrownBy(() -> CaseFiles.read(file))
        .isInstanceOfSatisfying(InvalidCaseException.class, e ->
            assertThat(e.violations()).containsExactly(new Violation("", "is neither JSON nor YAML")));
    Path prose = Files.writeString(dir.resolve("prose"), "Just a sentence about a case.");
    assertThatThrownBy(() -> CaseFiles.read(prose))
        .isInstanceOfSatisfying(InvalidCaseException.class, e ->
            assertThat(e.violations()).containsExactly(new Violation("", "is neither JSON nor YAML")));
  }

  @Test
  void reportsAJsonFileThatHoldsSomethingElse() throws IOException {
    Path file = Files.writeString(dir.resolve("case.json"), "student: {}\n");
    assertThatThrownBy(() -> CaseFiles.read(file))
        .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.violations())
            .containsExactly(new Violation("", "is not valid JSON (syntax error at line 1, column 1)")));
  }

  @Test
  void requiresAnObjectAtTheTop() {
    assertThat(violationsOf("[1, 2]", Format.JSON))
        .containsExactly(new Violation("", "must be an object with the case's fields"));
    assertThat(violationsOf("- a\n- b\n", Format.YAML))
        .containsExactly(new Violation("", "must be an object with the case's fields"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   \n", "\uFEFF", "# only a comment\n"})
  void reportsAnEmptyCase(String text) {
    assertThat(violationsOf(text, Format.YAML)).containsExactly(new Violation("", "is empty"));
  }

  @Test
  void rejectsADuplicatedField() {
    String json = "{\"student\": {}, \"student\": {}}";
    assertThat(violationsOf(json, Format.JSON))
        .containsExactly(new Violation("", "is not valid JSON (a field appears twice at line 1, column 26)"));
    assertThat(violationsOf("concerns: a\nconcerns: b\n", Format.YAML)).singleElement()
        .satisfies(v -> assertThat(v.message()).startsWith("is not valid YAML (a field appears twice"));
  }

  @Test
  void rejectsTrailingContentAfterTheCase() {
    assertThat(violationsOf(CaseJson.valid().json() + " {}", Format.JSON)).singleElement()
        .satisfies(v -> assertThat(v.message()).startsWith("is not valid JSON"));
  }

  @Test
  void rejectsBytesThatAreNotUtf8() {
    byte[] latin1 = "{\"concerns\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> CaseFiles.read(new ByteArrayInputStream(latin1), Format.JSON))
        .isInstanceOfSatisfying(InvalidCaseException.class, e ->
            assertThat(e.violations()).containsExactly(new Violation("", "is not UTF-8 text")));
  }

  // limits

  @Test
  void refusesJsonNestedTooDeeply() {
    String deep = "{\"concerns\": " + "[".repeat(100) + "]".repeat(100) + "}";
    assertThat(violationsOf(deep, Format.JSON)).containsExactly(new Violation("", "nests deeper than 64 levels"));
  }

  @Test
  void refusesYamlNestedTooDeeply() {
    String deep = "concerns: " + "[".repeat(100) + "]".repeat(100) + "\n";
    assertThat(violationsOf(deep, Format.YAML)).containsExactly(new Violation("", "nests deeper than 64 levels"));
  }

  @Test
  void refusesATextLongerThanOneMegabyte() {
    String json = CaseJson.valid().set("concerns", "a".repeat(1024 * 1024 + 1)).json();
    assertThat(violationsOf(json, Format.JSON)).containsExactly(new Violation("", "holds a text longer than 1 MB"));
  }

  @Test
  void refusesOversizeInputFromAStringOrAStream() {
    String big = "{\"concerns\": \"" + "a".repeat(CaseFiles.MAX_BYTES) + "\"}";
    assertThat(violationsOf(big, Format.JSON)).containsExactly(new Violation("", "is larger than 10 MB"));
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return ' ';
      }
    };
    assertThatThrownBy(() -> CaseFiles.read(endless, Format.JSON))
        .isInstanceOfSatisfying(InvalidCaseException.class, e ->
            assertThat(e.violations()).containsExactly(new Violation("", "is larger than 10 MB")));
  }

  @Test
  void refusesAHundredMegabyteFileBeforeReadingIt() throws IOException {
    Path file = dir.resolve("huge.json");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(100L * 1024 * 1024);
    }
    assertThatThrownBy(() -> CaseFiles.read(file))
        .isInstanceOfSatisfying(InvalidCaseException.class, e ->
            assertThat(e.violations()).containsExactly(new Violation("", "is larger than 10 MB")));
  }

  @Test
  void rejectsYamlAliasesInsteadOfReadingThemAsText() {
    String yaml = CaseJson.resource("/fixtures/valid-case.yaml")
        .replace("school: Example Elementary School", "school: &school Example Elementary School")
        .replace("concerns: ", "nextTeamMeeting: *school\nconcerns: ")
        .replace("nextTeamMeeting: 2026-12-10\n", "");
    assertThat(violationsOf(yaml, Format.YAML)).singleElement().satisfies(v -> {
      assertThat(v.path()).isEmpty();
      assertThat(v.message()).startsWith("is not valid YAML (aliases are not allowed at line ");
    });
  }

  // files that cannot be read

  @Test
  void reportsAMissingFileAsUnreadableWithoutNamingItInTheMessage() {
    Path missing = dir.resolve("sam-rivera.json");
    assertThatThrownBy(() -> CaseFiles.read(missing))
        .isInstanceOfSatisfying(CaseFileException.class, e -> {
          assertThat(e.file()).isEqualTo(missing);
          assertThat(e.getMessage()).isEqualTo("the case file does not exist").doesNotContain("rivera");
        });
  }

  @Test
  void reportsAFolderAsUnreadable() {
    assertThatThrownBy(() -> CaseFiles.read(dir))
        .isInstanceOf(CaseFileException.class)
        .hasMessage("the case file is not a regular file");
  }
}
