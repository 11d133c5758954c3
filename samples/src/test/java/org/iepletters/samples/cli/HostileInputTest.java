package org.iepletters.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a careless or hostile user can give the command: case files whose names escape the output folder, dates
 * at the ends of what Java can hold, a link where a letter goes, the leftovers of a killed run. Each is bad
 * input with a true message, and nothing is written that should not be.
 */
class HostileInputTest {
  private static final String SPEECH = Cli.caseFile("speech-one-of-three");

  @TempDir
  Path dir;

  private Path out() {
    return dir.resolve("letters");
  }

  @ParameterizedTest
  @ValueSource(strings = {"...json", "..json", "....yaml"})
  void aCaseFileWhoseNameWouldLeaveTheOutputFolderIsRefusedBeforeAnythingIsWritten(String name) throws IOException {
    Path cases = Files.createDirectories(dir.resolve("cases"));
    Files.copy(Path.of(SPEECH), cases.resolve("a-speech.json"));
    Files.copy(Path.of(SPEECH), cases.resolve(name));

    Cli.Run run = Cli.run("generate", "--case", cases.toString(), "--date", "2026-11-13",
        "--out", out().toString(), "--letter", "records-request", "--overwrite").assertBadInput();

    assertThat(run.err()).contains("'" + name + "'", "is not a folder inside --out", "Nothing was written.");
    assertThat(out()).doesNotExist();
    try (Stream<Path> beside = Files.list(dir)) {
      assertThat(beside).containsExactlyInAnyOrder(cases);
    }
  }

  @Test
  void namesOfDotsOrSeparatorsAreNotFolderNamesAndOrdinaryNamesAre() {
    assertThat(Stream.of(".", "..", "...", "a/b", "a\\b", "c:", "trailing.", "trailing "))
        .noneMatch(GenerateCommand::isPlainFolderName);
    assertThat(Stream.of("speech", "a.b", ".hidden", "Case 12"))
        .allMatch(GenerateCommand::isPlainFolderName);
  }

  @ParameterizedTest
  @ValueSource(strings = {"plan --as-of +999999999-12-31", "ledger --as-of -999999999-01-01",
      "generate --letter records-request --date -999999999-01-01", "plan --as-of 1899-12-31",
      "ledger --as-of 2200-01-01"})
  void aDateOutsideTheSupportedRangeIsBadInputWithTheRange(String command) {
    String[] words = command.split(" ");
    String[] args = Stream.concat(Stream.of(words[0], "--case", SPEECH, "--out", out().toString()),
        Stream.of(words).skip(1)).toArray(String[]::new);
    if (!words[0].equals("generate")) {
      args = Stream.concat(Stream.of(words[0], "--case", SPEECH), Stream.of(words).skip(1)).toArray(String[]::new);
    }

    Cli.Run run = Cli.run(args).assertBadInput();

    assertThat(run.err()).contains("is not a date from 1900-01-01 to 2199-12-31").doesNotContain("internal error");
    assertThat(out()).doesNotExist();
  }

  @Test
  void aDateOutsideTheSupportedRangeInFolderModeIsBadInputBeforeAnyCase() throws IOException {
    Path cases = Files.createDirectories(dir.resolve("cases"));
    Files.copy(Path.of(SPEECH), cases.resolve("speech.json"));

    Cli.Run run = Cli.run("generate", "--case", cases.toString(), "--date", "+999999999-12-31",
        "--out", out().toString()).assertBadInput();

    assertThat(run.err()).contains("is not a date from 1900-01-01 to 2199-12-31");
    assertThat(out()).doesNotExist();
  }

  @Test
  void aCaseFileWithADateFarInTheFutureIsReportedAtItsPathInFolderModeAndTheBatchGoesOn() throws IOException {
    Path cases = Files.createDirectories(dir.resolve("cases"));
    Files.copy(Path.of(SPEECH), cases.resolve("a.json"));
    String json = Cli.read(Path.of(SPEECH));
    Cli.write(cases.resolve("b.json"), json.replaceFirst("\"end\": \"\\d{4}-", "\"end\": \"9999-"));

    Cli.Run run = Cli.run("generate", "--case", cases.toString(), "--date", "2026-11-13",
        "--out", out().toString(), "--letter", "records-request");

    assertThat(run.exitCode()).isEqualTo(IepLettersCommand.BAD_INPUT);
    assertThat(run.err()).contains("[2/2] ").contains("must be from 1900-01-01 to 2199-12-31")
        .doesNotContain("internal error");
    assertThat(run.out()).contains("2 cases: 1 written, 1 failed");
    assertThat(out().resolve("a").resolve("records-request.docx")).isRegularFile();
  }

  @Test
  void aDanglingLinkWhereALetterGoesIsReportedAsALinkAndNothingIsWritten() throws IOException {
    Files.createDirectories(out());
    Path link = Files.createSymbolicLink(out().resolve("demand.docx"), dir.resolve("nowhere.docx"));

    Cli.Run run = Cli.run("generate", "--case", SPEECH, "--date", "2026-11-13", "--out", out().toString(),
        "--letter", "records-request,demand").assertBadInput();

    assertThat(run.err()).contains(link + ": already exists as a link to nothing; use --overwrite")
        .contains("Nothing was written.")
        .doesNotContain("appeared while");
    assertThat(out().resolve("records-request.docx")).doesNotExist();
    assertThat(dir.resolve("nowhere.docx")).doesNotExist();
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void withOverwriteADanglingLinkIsReplacedByTheLetterAndItsTargetIsNotCreated() throws IOException {
    Files.createDirectories(out());
    Path link = Files.createSymbolicLink(out().resolve("demand.docx"), dir.resolve("nowhere.docx"));

    Cli.Run run = Cli.run("generate", "--case", SPEECH, "--date", "2026-11-13", "--out", out().toString(),
        "--letter", "demand", "--overwrite").assertOk();

    assertThat(run.out()).contains(link.toString());
    assertThat(Files.isRegularFile(link, LinkOption.NOFOLLOW_LINKS)).isTrue();
    assertThat(dir.resolve("nowhere.docx")).doesNotExist();
  }

  @Test
  void temporaryLettersLeftByAKilledRunAreDeletedAndNothingElseIs() throws IOException {
    Files.createDirectories(out());
    Path leftover = Files.writeString(out().resolve(".demand.docx-8123456789012345.tmp"), "a child's letter");
    Path other = Files.writeString(out().resolve(".notes.docx-12.tmp"), "not ours");
    Path mine = Files.writeString(out().resolve("demand.docx-12.tmp"), "not hidden, not ours");

    Cli.run("generate", "--case", SPEECH, "--date", "2026-11-13", "--out", out().toString(),
        "--letter", "records-request").assertOk();

    assertThat(leftover).doesNotExist();
    assertThat(other).exists();
    assertThat(mine).exists();
    try (Stream<Path> files = Files.list(out())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("records-request.docx", ".notes.docx-12.tmp", "demand.docx-12.tmp");
    }
  }

  @Test
  void messagesNeverNameTheCaseFile() throws IOException {
    Path file = dir.resolve("Theo Example IEP.json");
    Cli.write(file, "{");

    Cli.Run run = Cli.run("validate", "--case", file.toString()).assertBadInput();

    assertThat(run.err()).startsWith("the case file is not valid JSON").doesNotContain("Theo");
  }

  @Test
  void aCaseWithNothingToWriteIsNotCountedAsWritten() throws IOException {
    Path cases = Files.createDirectories(dir.resolve("cases"));
    Files.copy(Path.of(SPEECH), cases.resolve("speech.json"));

    Cli.Run run = Cli.run("generate", "--case", cases.toString(), "--date", "1990-01-01",
        "--out", out().toString()).assertOk();

    assertThat(run.out()).endsWith("1 case: 0 written, 1 with nothing to write, 0 failed" + System.lineSeparator());
    assertThat(out()).doesNotExist();
  }
}
