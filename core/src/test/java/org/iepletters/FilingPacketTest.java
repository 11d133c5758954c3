package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.iepletters.model.Case;
import org.iepletters.testing.VeraPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilingPacketTest {

  private static Letter demand;
  private static int letterPages;

  @BeforeAll
  static void renderTheDemand() {
    Case c = CaseFixtures.read("speech-one-of-three");
    LocalDate date = CaseFixtures.asOf("speech-one-of-three");
    demand = IepLetters.defaults().render(LetterKind.DEMAND, c, date);
    letterPages = PdfContent.pages(demand.pdf());
  }

  @Test
  void aDemandWithTwoAttachmentsHasTheLetterThenEachExhibitBehindItsCover() throws IOException {
    FilingPacket packet = FilingPacket.builder(demand)
        .attach("service-log.pdf", PdfLetterTest.untaggedPdf("Service log: October sessions."))
        .attach("iep-grid.pdf", pages(2, "IEP service delivery grid"))
        .build();
    byte[] pdf = packet.pdf();

    int total = letterPages + 1 + 1 + 1 + 2;
    assertThat(PdfContent.pages(pdf)).isEqualTo(total);
    assertThat(packet.exhibits()).containsExactly("Exhibit B: service-log.pdf", "Exhibit C: iep-grid.pdf");
    assertThat(PdfContent.pageText(pdf, 1)).contains(demand.text().lines().findFirst().orElseThrow());
    assertThat(PdfContent.pageText(pdf, letterPages + 1)).contains("Exhibit B: service-log.pdf");
    assertThat(PdfContent.pageText(pdf, letterPages + 2)).contains("Service log: October sessions.");
    assertThat(PdfContent.pageText(pdf, letterPages + 3)).contains("Exhibit C: iep-grid.pdf");
    assertThat(PdfContent.pageText(pdf, letterPages + 4)).contains("IEP service delivery grid, page 1");
    assertThat(PdfContent.pageText(pdf, letterPages + 5)).contains("IEP service delivery grid, page 2");
    for (int page = 1; page <= total; page++) {
      assertThat(PdfContent.pageText(pdf, page)).contains("Packet page " + page + " of " + total);
    }
  }

  @Test
  void thePacketsOwnPagesStayTaggedAndItClaimsNoConformanceForItsAttachments() throws IOException {
    byte[] pdf = FilingPacket.builder(demand)
        .attach("service-log.pdf", PdfLetterTest.untaggedPdf("Service log.")).build().pdf();

    try (PDDocument packet = Loader.loadPDF(pdf)) {
      assertThat(packet.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(packet.getDocumentCatalog().getLanguage()).isEqualTo("en-US");
      String xmp = new String(packet.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertThat(xmp).doesNotContain("pdfaid:part").doesNotContain("pdfuaid:part");
      assertThat(packet.getDocumentInformation().getTitle()).isEqualTo(demand.kind().title());
    }
  }

  @Test
  void aPacketOfTaggedAttachmentsIsTaggedThroughoutAndOnlyLacksTheWithdrawnClaim() {
    Case c = CaseFixtures.read("speech-one-of-three");
    Letter records = IepLetters.defaults().render(LetterKind.RECORDS_REQUEST, c, CaseFixtures.asOf("speech-one-of-three"));
    byte[] pdf = FilingPacket.builder(demand).attach("records-request.pdf", records.pdf()).build().pdf();

    assertThat(VeraPdf.failedRules(pdf, VeraPdf.UA1)).singleElement().asString()
        .startsWith("5-1: The PDF/UA version and conformance level");
  }

  @Test
  void theSamePacketGivesTheSameBytes() throws IOException {
    byte[] attachment = pages(1, "Log");
    byte[] one = FilingPacket.builder(demand).attach("log.pdf", attachment).build().pdf();
    byte[] two = FilingPacket.builder(demand).attach("log.pdf", attachment).build().pdf();

    assertThat(two).isEqualTo(one);
  }

  @Test
  void refusesAFileThatIsNotAPdf() {
    assertThatThrownBy(() -> FilingPacket.builder(demand)
        .attach("notes.pdf", "just some notes".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidAttachmentException.class)
        .hasMessage("notes.pdf: is not a readable PDF");
  }

  @Test
  void refusesAnEncryptedPdfWithOrWithoutAnOpeningPassword() throws IOException {
    for (String userPassword : new String[] {"secret", ""}) {
      byte[] encrypted = encrypted(userPassword);
      assertThatThrownBy(() -> FilingPacket.builder(demand).attach("locked.pdf", encrypted))
          .isInstanceOf(InvalidAttachmentException.class)
          .hasMessage("locked.pdf: is encrypted; attach a copy without a password");
    }
  }

  @Test
  void refusesAFileLargerThanTheLimitBeforeReadingIt(@TempDir Path folder) throws IOException {
    Path big = folder.resolve("scan.pdf");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(FilingPacket.MAX_ATTACHMENT_BYTES + 1);
    }

    assertThatThrownBy(() -> FilingPacket.builder(demand).attach(big))
        .isInstanceOf(InvalidAttachmentException.class)
        .hasMessage("scan.pdf: is larger than 20 MiB, the most a packet attaches")
        .extracting(e -> ((InvalidAttachmentException) e).fileName()).isEqualTo("scan.pdf");
  }

  @Test
  void refusesAMissingFile(@TempDir Path folder) {
    assertThatThrownBy(() -> FilingPacket.builder(demand).attach(folder.resolve("missing.pdf")))
        .isInstanceOf(InvalidAttachmentException.class)
        .hasMessage("missing.pdf: is not a file");
  }

  @Test
  void aLetterNotFiledWithExhibitsHasNoPacket() {
    Case c = CaseFixtures.read("speech-one-of-three");
    Letter records = IepLetters.defaults().render(LetterKind.RECORDS_REQUEST, c, CaseFixtures.asOf("speech-one-of-three"));

    assertThat(LetterKind.DEMAND.filedWithExhibits()).isTrue();
    assertThat(LetterKind.PRS_COMPLAINT.filedWithExhibits()).isTrue();
    assertThat(LetterKind.BSEA_HEARING_REQUEST.filedWithExhibits()).isTrue();
    assertThat(LetterKind.BSEA_MEDIATION_REQUEST.filedWithExhibits()).isFalse();
    assertThatThrownBy(() -> FilingPacket.builder(records)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void writesThePacketWithoutReplacingAFile(@TempDir Path folder) throws IOException {
    FilingPacket packet = FilingPacket.builder(demand).attach("log.pdf", pages(1, "Log")).build();
    Path target = folder.resolve("demand-packet.pdf");
    packet.writeToNew(target);

    assertThat(Files.readAllBytes(target)).isEqualTo(packet.pdf());
    assertThatThrownBy(() -> packet.writeToNew(target)).isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
  }

  /** An untagged PDF of {@code count} pages, each saying which page it is. */
  static byte[] pages(int count, String text) throws IOException {
    try (PDDocument merged = new PDDocument()) {
      for (int i = 1; i <= count; i++) {
        PDDocument page = Loader.loadPDF(PdfLetterTest.untaggedPdf(text + ", page " + i));
        merged.importPage(page.getPage(0));
        merged.getPage(i - 1);
        // the imported page keeps references into its source, which stays open until the save
        PAGE_SOURCES.add(page);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      merged.save(out);
      return out.toByteArray();
    } finally {
      for (PDDocument source : PAGE_SOURCES) {
        source.close();
      }
      PAGE_SOURCES.clear();
    }
  }

  private static final java.util.List<PDDocument> PAGE_SOURCES = new java.util.ArrayList<>();

  private static byte[] encrypted(String userPassword) throws IOException {
    try (PDDocument document = Loader.loadPDF(PdfLetterTest.untaggedPdf("Private."))) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}
