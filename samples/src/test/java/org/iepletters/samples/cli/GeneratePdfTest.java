package org.iepletters.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.text.PDFTextStripper;
import org.iepletters.IepLetters;
import org.iepletters.LetterKind;
import org.iepletters.io.CaseFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate --format} and {@code --packet}: PDF letters and filing packets from the command line. */
class GeneratePdfTest {
  private static final String SPEECH = Cli.caseFile("speech-one-of-three");

  @TempDir
  Path dir;

  private Path out() {
    return dir.resolve("out");
  }

  @Test
  void formatDocxAndPdfWritesBothFilesOfEachLetter() throws IOException {
    Cli.Run run = Cli.run("generate", "--case", SPEECH, "--date", "2026-11-13", "--out", out().toString(),
        "--letter", "records-request", "--format", "docx,pdf").assertOk();

    assertThat(run.out().lines()).containsExactly(out().resolve("records-request.docx").toString(),
        out().resolve("records-request.pdf").toString());
    try (PDDocument pdf = Loader.loadPDF(out().resolve("records-request.pdf").toFile())) {
      assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(new PDFTextStripper().getText(pdf)).contains("Oliver Tremaine-Baptiste");
    }
  }

  @Test
  void formatPdfAloneWritesNoDocx() {
    Cli.Run run = Cli.run("generate", "--case", SPEECH, "--date", "2026-11-13", "--out", out().toString(),
        "--letter", "records-request", "--format", "PDF").assertOk();

    assertThat(run.out().lines()).containsExactly(out().resolve("records-request.pdf").toString());
    assertThat(out().resolve("records-request.docx")).doesNotExist();
  }

  @Test
  void anUnknownFormatIsBadInput() {
    Cli.Run run = Cli.run("generate", "--case", SPEECH, "--out", out().toString(), "--format", "odt")
        .assertBadInput();

    assertThat(run.err()).contains("'odt' is not a format; the formats are docx, pdf");
    assertThat(out()).doesNotExist();
  }

  @Test
  void packetOfTheDemandHasTheLetterThenEachAttachmentBehindItsCover() throws IOException {
    Path log = Files.write(dir.resolve("service-log.pdf"), anotherLetterPdf());
    Path grid = Files.write(dir.resolve("iep-grid.pdf"), anotherLetterPdf());
    Cli.Run run = Cli.run("generate", "--case", SPEECH, "--date", "2026-11-13", "--out", out().toString(),
        "--letter", "demand", "--packet", "--attach", log.toString(), "--attach", grid.toString()).assertOk();

    Path packet = out().resolve("demand-packet.pdf");
    assertThat(run.out().lines()).containsExactly(out().resolve("demand.docx").toString(), packet.toString());
    int attachmentPages = pages(Files.readAllBytes(log));
    int letterPages = pages(IepLetters.defaults().render(LetterKind.DEMAND, speech(), november13()).pdf());
    try (PDDocument pdf = Loader.loadPDF(packet.toFile())) {
      int total = letterPages + 2 * (1 + attachmentPages);
      assertThat(pdf.getNumberOfPages()).isEqualTo(total);
      assertThat(pageText(pdf, letterPages + 1)).contains("Exhibit B: service-log.pdf");
      assertThat(pageText(pdf, letterPages + 2 + attachmentPages)).contains("Exhibit C: iep-grid.pdf");
      assertThat(pageText(pdf, total)).contains("Packet page " + total + " of " + total);
    }
  }

  @Test
  void packetIsOnlyForLettersFiledWithExhibits() {
    Cli.Run run = Cli.run("generate", "--case", SPEECH, "--date", "2026-11-13", "--out", out().toString(),
        "--letter", "records-request", "--packet").assertOk();

    assertThat(run.out().lines()).containsExactly(out().resolve("records-request.docx").toString());
  }

  @Test
  void anAttachmentThatIsNotAPdfIsRefusedByNameAndNothingIsWritten() throws IOException {
    Path notes = Files.writeString(dir.resolve("notes.pdf"), "just notes", StandardCharsets.UTF_8);
    Cli.Run run = Cli.run("generate", "--case", SPEECH, "--date", "2026-11-13", "--out", out().toString(),
        "--letter", "demand", "--packet", "--attach", notes.toString()).assertBadInput();

    assertThat(run.err().lines()).containsExactly(notes + ": is not a readable PDF", "Nothing was written.");
    assertThat(out()).doesNotExist();
  }

  @Test
  void anEncryptedAttachmentIsRefusedByNameAndNothingIsWritten() throws IOException {
    Path locked = Files.write(dir.resolve("locked.pdf"), encrypted(anotherLetterPdf()));
    Cli.Run run = Cli.run("generate", "--case", SPEECH, "--date", "2026-11-13", "--out", out().toString(),
        "--letter", "demand", "--packet", "--attach", locked.toString()).assertBadInput();

    assertThat(run.err().lines())
        .containsExactly(locked + ": is encrypted; attach a copy without a password", "Nothing was written.");
    assertThat(out()).doesNotExist();
  }

  @Test
  void attachWithoutPacketIsBadInput() throws IOException {
    Path log = Files.write(dir.resolve("service-log.pdf"), anotherLetterPdf());
    Cli.Run run = Cli.run("generate", "--case", SPEECH, "--date", "2026-11-13", "--out", out().toString(),
        "--letter", "demand", "--attach", log.toString()).assertBadInput();

    assertThat(run.err()).contains("--attach adds exhibits to a filing packet: add --packet");
    assertThat(out()).doesNotExist();
  }

  @Test
  void anExistingPdfIsNeverReplacedWithoutOverwrite() throws IOException {
    Files.createDirectories(out());
    Files.writeString(out().resolve("records-request.pdf"), "mine");
    Cli.Run run = Cli.run("generate", "--case", SPEECH, "--date", "2026-11-13", "--out", out().toString(),
        "--letter", "records-request", "--format", "docx,pdf").assertBadInput();

    assertThat(run.err()).contains("records-request.pdf: already exists; use --overwrite to replace it");
    assertThat(Files.readString(out().resolve("records-request.pdf"))).isEqualTo("mine");
    assertThat(out().resolve("records-request.docx")).doesNotExist();
  }

  @Test
  void leftoversOfAKilledPdfOrPacketWriteAreDeletedBeforeWriting() throws IOException {
    Files.createDirectories(out());
    Path pdf = Files.writeString(out().resolve(".demand.pdf-8123456789.tmp"), "a child's letter");
    Path packet = Files.writeString(out().resolve(".prs-complaint-packet.pdf-42.tmp"), "a child's packet");
    Path other = Files.writeString(out().resolve(".notes.pdf-12.tmp"), "not ours");

    Cli.run("generate", "--case", SPEECH, "--date", "2026-11-13", "--out", out().toString(),
        "--letter", "records-request").assertOk();

    assertThat(pdf).doesNotExist();
    assertThat(packet).doesNotExist();
    assertThat(other).exists();
  }

  private static org.iepletters.model.Case speech() {
    return CaseFiles.read(Path.of(SPEECH));
  }

  private static LocalDate november13() {
    return LocalDate.of(2026, 11, 13);
  }

  private static byte[] anotherLetterPdf() {
    return IepLetters.defaults().render(LetterKind.RECORDS_REQUEST, speech(), november13()).pdf();
  }

  private static int pages(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }

  private static String pageText(PDDocument pdf, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(pdf);
  }

  private static byte[] encrypted(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      document.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}
