package org.iepletters.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

class ValidateCommandTest {
  static final List<String> PUBLIC_CASES = Cli.PUBLIC_CASES;

  @TempDir
  Path dir;

  @ParameterizedTest
  @FieldSource("PUBLIC_CASES")
  void printsValidForEachPublicCase(String name) {
    Cli.Run run = Cli.run("validate", "--case", Cli.caseFile(name)).assertOk();
    assertThat(run.out()).isEqualTo("valid" + System.lineSeparator());
  }

  static Stream<Path> sampleCases() throws IOException {
    try (Stream<Path> files = Stream.concat(Files.list(Cli.SAMPLES), Files.list(Cli.YAML_SAMPLES))) {
      List<Path> cases = files
          .filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".yaml"))
          .sorted()
          .toList();
      assertThat(cases).hasSizeGreaterThanOrEqualTo(4);
      return cases.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("sampleCases")
  void everySampleCaseForUsersIsValid(Path sample) {
    Cli.run("validate", "--case", sample.toString()).assertOk();
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"iee-refusal", "expired-iep", "proposal-with-rejections"})
  void theSampleCasesOfTheNewLettersAreTheOnesTheLibraryIsTestedOn(String name) throws IOException {
    assertThat(Files.readString(Cli.SAMPLES.resolve(name + ".json")))
        .isEqualTo(Files.readString(Cli.CASES.resolve(name + ".json")));
  }

  @Test
  void everyV2ProblemIsReportedAtOnceWithItsPathAndNothingIsWritten() throws IOException {
    // ot-vacancy given two overlapping calendars and the one-calendar form too, an ESY calendar with no weekday
    // and another with an unknown weekday: every problem at once, with its path and never the value
    String json = Files.readString(Path.of(Cli.caseFile("ot-vacancy")));
    String broken = json.replaceFirst("\"calendar\"\\s*:", "\"calendars\": [{\"firstDay\": \"2026-09-01\", "
        + "\"lastDay\": \"2027-06-20\"}, {\"firstDay\": \"2027-06-01\", \"lastDay\": \"2028-06-15\"}], "
        + "\"esyCalendars\": [{\"firstDay\": \"2027-07-06\", \"lastDay\": \"2027-08-12\", \"weekdays\": []}, "
        + "{\"firstDay\": \"2028-07-06\", \"lastDay\": \"2028-08-12\", \"weekdays\": [\"Caturday\"]}], "
        + "\"calendar\":");
    assertThat(broken).isNotEqualTo(json);
    Path file = dir.resolve("v2-broken.json");
    Cli.write(file, broken);
    Cli.Run run = Cli.run("validate", "--case", file.toString()).assertBadInput();
    assertThat(run.err().lines().toList()).containsExactly(
        "district.calendars: cannot be given together with calendar: give one or the other",
        "district.calendars[1]: overlaps an earlier calendar of the list",
        "district.esyCalendars[0].weekdays: must list at least one day of the week when given",
        "district.esyCalendars[1].weekdays[0]: must be one of: MONDAY, TUESDAY, WEDNESDAY, THURSDAY, "
            + "FRIDAY, SATURDAY, SUNDAY");
    assertThat(run.err()).doesNotContain("Caturday");
    Path out = dir.resolve("out");
    Cli.run("generate", "--case", file.toString(), "--date", "2026-12-11", "--out", out.toString())
        .assertBadInput();
    assertThat(out).doesNotExist();
  }

  @Test
  void logsThroughAfterTheAsOfDateIsNoErrorAndACaseWithoutLogsIsValid() throws IOException {
    String json = Files.readString(Path.of(Cli.caseFile("ot-vacancy")));
    Path later = dir.resolve("later.json");
    Cli.write(later, json.replace("\"logsThrough\": \"2026-12-11\"", "\"logsThrough\": \"2030-01-01\""));
    Cli.run("validate", "--case", later.toString()).assertOk();
    Path none = dir.resolve("none.json");
    Cli.write(none, json.replaceFirst("\"serviceLogs\"\\s*:\\s*\\[[\\s\\S]*?\\]\\s*,\\s*\"logsThrough\"",
        "\"serviceLogs\": [], \"logsThrough\""));
    Cli.Run ledger = Cli.run("ledger", "--case", none.toString(), "--as-of", "2026-12-11", "--json").assertOk();
    assertThat(ledger.json().get("services").get(0).get("unlogged").asBoolean()).isTrue();
  }

  @Test
  void missingFileIsBadInputNamingTheFile() {
    Cli.Run run = Cli.run("validate", "--case", dir.resolve("nowhere.json").toString()).assertBadInput();
    assertThat(run.err().strip()).isEqualTo("the case file does not exist");
  }

  @Test
  void invalidJsonIsBadInputWithWhereTheSyntaxBreaks() {
    Path file = dir.resolve("broken.json");
    Cli.write(file, "{\"student\": {\n");
    Cli.Run run = Cli.run("validate", "--case", file.toString()).assertBadInput();
    assertThat(run.err()).startsWith("the case file is not valid JSON (syntax error at line");
  }

  @Test
  void invalidYamlIsBadInput() {
    Path file = dir.resolve("broken.yaml");
    Cli.write(file, "student: [unclosed\n");
    Cli.Run run = Cli.run("validate", "--case", file.toString()).assertBadInput();
    assertThat(run.err()).startsWith("the case file is not valid YAML");
  }

  @Test
  void invalidCasePrintsOnePathAndMessageLinePerViolation() {
    String json = Cli.read(Path.of(Cli.caseFile("speech-one-of-three")))
        .replaceFirst("\"firstName\": \"[^\"]*\"", "\"firstName\": 3")
        .replaceFirst("\"student\": \\{", "\"student\": { \"nickname\": \"Secret Nickname\",");
    Path file = dir.resolve("invalid.json");
    Cli.write(file, json);

    Cli.Run run = Cli.run("validate", "--case", file.toString()).assertBadInput();

    assertThat(run.err().lines()).containsExactly(
        "student: has an unknown field (field 1 of 7)",
        "student.firstName: must be text (in quotes)");
    assertThat(run.err()).doesNotContain("Secret Nickname");
  }

  @Test
  void folderIsBadInput() {
    Cli.Run run = Cli.run("validate", "--case", dir.toString()).assertBadInput();
    assertThat(run.err()).contains("not a regular file");
  }

  @Test
  void caseOptionIsRequired() {
    Cli.Run run = Cli.run("validate").assertBadInput();
    assertThat(run.err()).contains("Missing required option: '--case=FILE'")
        .contains("Try 'iep-letters validate --help'");
  }
}
