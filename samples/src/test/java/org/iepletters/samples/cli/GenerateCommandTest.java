package org.iepletters.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  private static final String SPEECH = Cli.caseFile("speech-one-of-three");

  @TempDir
  Path dir;

  private Path out() {
    return dir.resolve("out");
  }

  /** The names of a .docx file's entries: a real Word document has its main part. */
  private static List<String> entries(Path docx) throws IOException {
    List<String> names = new ArrayList<>();
    try (InputStream in = Files.newInputStream(docx); ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
      }
    }
    return names;
  }

  @Test
  void writesTheNamedLetterAsADocxAndListsIt() throws IOException {
    Cli.Run run = Cli.run("generate", "--case", SPEECH, "--date", "2026-11-13", "--out", out().toString(),
        "--letter", "records-request").assertOk();
    Path letter = out().resolve("records-request.docx");
    assertThat(run.out()).isEqualTo(letter + System.lineSeparator());
    assertThat(entries(letter)).contains("word/document.xml", "[Content_Types].xml");
    try (DocxFile docx = new DocxFile(letter)) {
      assertThat(docx.documentXml()).contains("Oliver");
    }
  }

  @Test
  void sameLetterTwiceIsWrittenOnce() {
    Cli.Run run = Cli.run("generate", "--case", SPEECH, "--date", "2026-11-13", "--out", out().toString(),
        "--letter", "records-request", "--letter", "RECORDS_REQUEST").assertOk();
    assertThat(run.out().lines()).hasSize(1);
  }

  @Test
  void withoutLettersWritesTheStepsDueByTheDateButNoStepWaitingForAnAnswerAndNoOption() {
    // the speech case's plan on 11/13: the demand from 11/13, the PRS complaint from 11/21 if no answer comes,
    // and three options. Only the demand is written (v2: the complaint waits for the demand's answer).
    Cli.Run run = Cli.run("generate", "--case", SPEECH, "--date", "2026-11-13", "--out", out().toString())
        .assertOk();
    assertThat(run.out().lines()).containsExactly(out().resolve("demand.docx").toString());
  }

  @Test
  void withoutLettersAfterAnUnansweredDemandWritesTheComplaint() throws Exception {
    // ot-vacancy with a demand sent on Tue 12/1 and no reply: its answer was due Tue 12/8, so on 12/11 the PRS
    // complaint is due from that date and waits for nothing.
    Path caseFile = dir.resolve("ot-demand-sent.json");
    String json = Files.readString(Path.of(Cli.caseFile("ot-vacancy")));
    // the public case has no correspondence yet: add it as the last field
    String withDemand = json.replaceFirst("\\}\\s*$", ", \"correspondence\": [{\"date\": \"2026-12-01\", "
        + "\"direction\": \"SENT\", \"letter\": \"demand\", \"note\": \"Sent by email\"}]}");
    Files.writeString(caseFile, withDemand);
    Cli.Run run = Cli.run("generate", "--case", caseFile.toString(), "--date", "2026-12-11", "--out",
        out().toString()).assertOk();
    assertThat(run.out().lines()).containsExactly(out().resolve("prs-complaint.docx").toString());
  }

  @Test
  void unknownLetterIsBadInputAndWritesNothing() {
    Cli.Run run = Cli.run("generate", "--case", SPEECH, "--out", out().toString(), "--letter", "thank-you")
        .assertBadInput();
    assertThat(run.err()).contains("'thank-you' is not a letter; the letters are records-request, demand, "
        + "prs-complaint, partial-rejection, n2-data-request, team-meeting-request, iee-request, "
        + "bsea-mediation-request, bsea-hearing-request");
    assertThat(out()).doesNotExist();
  }

  @Test
  void writesEachOfTheTeamMeetingMediationAndHearingRequestsWhenNamed() throws IOException {
    Cli.Run run = Cli.run("generate", "--case", Cli.caseFile("proposal-with-rejections"), "--date", "2026-12-11",
        "--out", out().toString(), "--letter", "team-meeting-request,bsea-mediation-request,bsea-hearing-request")
        .assertOk();

    assertThat(run.out().lines()).containsExactly(out().resolve("team-meeting-request.docx").toString(),
        out().resolve("bsea-mediation-request.docx").toString(), out().resolve("bsea-hearing-request.docx").toString());
    for (String name : List.of("team-meeting-request", "bsea-mediation-request", "bsea-hearing-request")) {
      try (DocxFile docx = new DocxFile(out().resolve(name + ".docx"))) {
        assertThat(docx.documentXml()).as(name).contains("Elias Brightwater-Osei");
      }
    }
  }

  @Test
  void writesTheIeeRequestForACaseWithARefusedIee() throws IOException {
    Cli.run("generate", "--case", Cli.caseFile("iee-refusal"), "--date", "2027-01-11", "--out", out().toString(),
        "--letter", "iee-request").assertOk();

    try (DocxFile docx = new DocxFile(out().resolve("iee-request.docx"))) {
      assertThat(docx.documentXml()).contains("603 CMR 28.04(5)(d)", "January 19, 2027");
    }
  }

  @Test
  void theIeeRequestDoesNotApplyWithoutARefusedIee() {
    Cli.Run run = Cli.run("generate", "--case", Cli.caseFile("budget-cut"), "--date", "2026-11-13", "--out",
        out().toString(), "--letter", "iee-request").assertBadInput();

    assertThat(run.err().lines()).containsExactly("iee-request does not apply: the case has no refused request for "
        + "an independent educational evaluation", "Nothing was written.");
    assertThat(out()).doesNotExist();
  }

  @Test
  void withoutLettersNeverWritesAMeetingMediationOrHearingRequest() throws IOException {
    Cli.run("generate", "--case", Cli.caseFile("proposal-with-rejections"), "--date", "2026-12-11", "--out",
        out().toString()).assertOk();

    try (var written = Files.list(out())) {
      assertThat(written.map(p -> p.getFileName().toString())).isNotEmpty()
          .doesNotContain("team-meeting-request.docx", "bsea-mediation-request.docx", "bsea-hearing-request.docx");
    }
  }

  @Test
  void letterThatDoesNotApplyNamesTheCauseAndNothingIsWritten() {
    Cli.Run run = Cli.run("generate", "--case", SPEECH, "--date", "2026-11-13", "--out", out().toString(),
        "--letter", "records-request", "--letter", "partial-rejection").assertBadInput();
    assertThat(run.err().lines()).containsExactly(
        "partial-rejection does not apply: the case has no proposed IEP", "Nothing was written.");
    assertThat(out()).doesNotExist();
  }

  @Test
  void existingOutputWithoutOverwriteIsLeftUntouched() throws IOException {
    Files.createDirectories(out());
    Path existing = out().resolve("records-request.docx");
    Files.writeString(existing, "an earlier letter", StandardCharsets.UTF_8);

    Cli.Run run = Cli.run("generate", "--case", SPEECH, "--date", "2026-11-13", "--out", out().toString(),
        "--letter", "records-request").assertBadInput();

    assertThat(run.err()).contains(existing + ": already exists; use --overwrite to replace it")
        .contains("Nothing was written.");
    assertThat(existing).hasContent("an earlier letter");
  }

  @Test
  void existingLetterAmongSeveralIsLeftByteForByteAndNothingElseIsWritten() throws IOException {
    Files.createDirectories(out());
    Path existing = out().resolve("demand.docx");
    byte[] earlier = new byte[4096];
    new java.util.Random(6).nextBytes(earlier);
    Files.write(existing, earlier);

    Cli.run("generate", "--case", SPEECH, "--date", "2026-11-13", "--out", out().toString(),
        "--letter", "records-request", "--letter", "demand", "--letter", "prs-complaint").assertBadInput();

    assertThat(Files.readAllBytes(existing)).isEqualTo(earlier);
    try (java.util.stream.Stream<Path> files = Files.list(out())) {
      assertThat(files).containsExactly(existing);
    }
  }

  @Test
  void overwriteReplacesAnExistingLetter() throws IOException {
    Files.createDirectories(out());
    Path existing = out().resolve("records-request.docx");
    Files.writeString(existing, "an earlier letter", StandardCharsets.UTF_8);

    Cli.run("generate", "--case", SPEECH, "--date", "2026-11-13", "--out", out().toString(),
        "--letter", "records-request", "--overwrite").assertOk();

    assertThat(entries(existing)).contains("word/document.xml");
  }

  @Test
  void invalidCaseIsBadInputAndWritesNothing() {
    Path file = dir.resolve("broken.json");
    Cli.write(file, "{");
    Cli.run("generate", "--case", file.toString(), "--out", out().toString(), "--letter", "records-request")
        .assertBadInput();
    assertThat(out()).doesNotExist();
  }

  @Test
  void folderWritesEachCaseIntoItsOwnSubfolderAndGoesOnPastAFailingCase() throws IOException {
    Path cases = Files.createDirectories(dir.resolve("cases"));
    Files.copy(Path.of(SPEECH), cases.resolve("speech.json"));
    Files.copy(Cli.YAML_SAMPLES.resolve("speech-one-of-three.yaml"), cases.resolve("theo.yaml"));
    Cli.write(cases.resolve("broken.json"), "{\"student\": {\"firstName\": 3}}");
    Cli.write(cases.resolve("notes.txt"), "not a case");

    Cli.Run run = Cli.run("generate", "--case", cases.toString(), "--date", "2026-11-13",
        "--out", out().toString(), "--letter", "records-request");

    assertThat(run.exitCode()).isEqualTo(IepLettersCommand.BAD_INPUT);
    assertThat(run.out().lines()).containsExactly(
        out().resolve("speech").resolve("records-request.docx").toString(),
        out().resolve("theo").resolve("records-request.docx").toString(),
        "3 cases: 2 written, 1 failed");
    assertThat(run.err().lines())
        .contains("[1/3] student.firstName: must be text (in quotes)")
        .allMatch(l -> l.startsWith("[1/3] "))
        .noneMatch(l -> l.contains("broken"));
    run.assertNoStackTrace();
    assertThat(out().resolve("broken")).doesNotExist();
    assertThat(out().resolve("speech").resolve("records-request.docx")).isRegularFile();
  }

  @Test
  void theSampleCasesFolderGeneratesEveryCaseAsTheReadmeSays() {
    Cli.Run run = Cli.run("generate", "--case", Cli.SAMPLES.toString(), "--date", "2026-11-13",
        "--out", out().toString()).assertOk();

    // expired-iep's plan holds only options on that date (a Team meeting request), which generate writes only
    // when they are named
    assertThat(run.out().lines()).last().isEqualTo("6 cases: 5 written, 1 with nothing to write, 0 failed");
    assertThat(out().resolve("expired-iep")).doesNotExist();
    for (String name : Cli.PUBLIC_CASES) {
      assertThat(out().resolve(name)).isDirectory();
    }
  }

  @Test
  void folderWithTwoCasesOfOneNameIsBadInputBeforeAnythingIsWritten() throws IOException {
    Path cases = Files.createDirectories(dir.resolve("cases"));
    Files.copy(Cli.SAMPLES.resolve("speech-one-of-three.json"), cases.resolve("a.json"));
    Files.copy(Cli.YAML_SAMPLES.resolve("speech-one-of-three.yaml"), cases.resolve("a.yaml"));
    Files.copy(Path.of(SPEECH), cases.resolve("b.json"));

    Cli.Run run = Cli.run("generate", "--case", cases.toString(), "--out", out().toString(),
        "--letter", "records-request").assertBadInput();

    assertThat(run.err()).contains("a.json and a.yaml would both be written to 'a'");
    assertThat(out()).doesNotExist();
  }

  @Test
  void folderShowsProgressOnlyWhenAsked() throws IOException {
    Path cases = Files.createDirectories(dir.resolve("cases"));
    Files.copy(Path.of(SPEECH), cases.resolve("speech.json"));

    Cli.Run quiet = Cli.run("generate", "--case", cases.toString(), "--date", "2026-11-13",
        "--out", out().toString(), "--letter", "records-request", "--overwrite").assertOk();
    assertThat(quiet.out()).endsWith("1 case: 1 written, 0 failed" + System.lineSeparator());

    Cli.Run shown = Cli.run("generate", "--case", cases.toString(), "--date", "2026-11-13",
        "--out", out().toString(), "--letter", "records-request", "--overwrite", "--progress");
    assertThat(shown.exitCode()).isZero();
    assertThat(shown.err()).isEqualTo("[1/1] speech.json" + System.lineSeparator());

    Cli.Run off = Cli.run("generate", "--case", cases.toString(), "--date", "2026-11-13",
        "--out", out().toString(), "--letter", "records-request", "--overwrite", "--no-progress").assertOk();
    assertThat(off.err()).isEmpty();
  }

  @Test
  void emptyFolderIsBadInput() throws IOException {
    Path cases = Files.createDirectories(dir.resolve("cases"));
    Cli.Run run = Cli.run("generate", "--case", cases.toString(), "--out", out().toString()).assertBadInput();
    assertThat(run.err()).contains("holds no case file");
  }

  @Test
  void outputThatIsAFileIsBadInput() throws IOException {
    Files.writeString(out(), "a file", StandardCharsets.UTF_8);
    Cli.Run run = Cli.run("generate", "--case", SPEECH, "--out", out().toString(), "--letter", "records-request")
        .assertBadInput();
    assertThat(run.err()).contains("exists and is not a folder");
  }

  @Test
  void helpDescribesTheOptions() {
    Cli.Run run = Cli.run("generate", "--help").assertOk();
    assertThat(run.out()).contains("--case=FILE|FOLDER", "--date=DATE", "--out=DIR", "--letter=NAME",
        "--overwrite", "--[no-]progress");
    assertThat(run.out().replaceAll("\\s+", " "))
        .contains("records-request, demand, prs-complaint, partial-rejection, n2-data-request");
  }

  /** The main part of a .docx file. */
  private static final class DocxFile implements AutoCloseable {
    private final ZipInputStream zip;

    DocxFile(Path docx) throws IOException {
      zip = new ZipInputStream(Files.newInputStream(docx));
    }

    String documentXml() throws IOException {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("word/document.xml")) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
      throw new AssertionError("no word/document.xml");
    }

    @Override
    public void close() throws IOException {
      zip.close();
    }
  }
}
