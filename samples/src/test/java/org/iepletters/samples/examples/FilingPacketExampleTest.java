package org.iepletters.samples.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.iepletters.FilingPacket;
import org.iepletters.IepLetters;
import org.iepletters.LetterKind;
import org.iepletters.io.CaseFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilingPacketExampleTest {

  @Test
  void writesTheComplaintAndItsPacketWithTheAttachmentAsExhibitB(@TempDir Path out) throws Exception {
    Path caseFile = Path.of("cases/speech-one-of-three.json");
    LocalDate date = LocalDate.of(2026, 11, 13);
    Path log = Files.write(out.resolve("service-log.pdf"), IepLetters.defaults()
        .render(LetterKind.RECORDS_REQUEST, CaseFiles.read(caseFile), date).pdf());

    FilingPacket packet = FilingPacketExample.write(caseFile, date, List.of(log), out);

    assertThat(packet.exhibits()).containsExactly("Exhibit B: service-log.pdf");
    try (PDDocument complaint = Loader.loadPDF(out.resolve("prs-complaint.pdf").toFile());
        PDDocument attached = Loader.loadPDF(log.toFile());
        PDDocument filed = Loader.loadPDF(out.resolve("prs-complaint-packet.pdf").toFile())) {
      assertThat(filed.getNumberOfPages())
          .isEqualTo(complaint.getNumberOfPages() + 1 + attached.getNumberOfPages());
    }
  }
}
