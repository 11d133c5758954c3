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
    try (Stream<Path> files = Files.list(Cli.SAMPLES)) {
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
  void missingFileIsBadInputNamingTheFile() {
    Cli.Run run = Cli.run("validate", "--case", dir.resolve("nowhere.json").toString()).assertBadInput();
    assertThat(run.err().strip()).isEqualTo(dir.resolve("nowhere.json") + ": the case file does not exist");
  }

  @Test
  void invalidJsonIsBadInputWithWhereTheSyntaxBreaks() {
    Path file = dir.resolve("broken.json");
    Cli.write(file, "{\"student\": {\n");
    Cli.Run run = Cli.run("validate", "--case", file.toString()).assertBadInput();
    assertThat(run.err()).startsWith(file + ": is not valid JSON (syntax error at line");
  }

  @Test
  void invalidYamlIsBadInput() {
    Path file = dir.resolve("broken.yaml");
    Cli.write(file, "student: [unclosed\n");
    Cli.Run run = Cli.run("validate", "--case", file.toString()).assertBadInput();
    assertThat(run.err()).startsWith(file + ": is not valid YAML");
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
        "student.firstName: must be text (in quotes)",
        "student.nickname: unknown field");
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
