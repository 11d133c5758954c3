package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iepletters.calendar.DeadlineKind;
import org.iepletters.calendar.Deadlines;
import org.iepletters.letters.Wording;
import org.iepletters.ledger.ServiceLedger;
import org.iepletters.plan.CaseDeadlines;
import org.iepletters.testing.LibreOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every letter of every public case opened in a real word processor: LibreOffice converts it to PDF, and the
 * PDF's text holds the student's name, the owed minutes and the letter's due date. The library's own PDF of
 * each letter, read by pdftotext, holds the words of its .docx in the same order.
 *
 * <p>In CI ({@code CI=true}) a missing LibreOffice fails this test; elsewhere it is skipped.
 */
class LettersInWordProcessorTest {

  @Test
  void everySampleLetterOpensInLibreOfficeWithItsFacts(@TempDir Path work) throws Exception {
    if (!LibreOffice.inCi()) {
      assumeTrue(LibreOffice.available(), "LibreOffice (soffice) and pdftotext are not installed");
    }
    List<SampleLetters.Rendered> letters = SampleLetters.all();
    List<Path> files = new ArrayList<>();
    for (SampleLetters.Rendered r : letters) {
      files.add(Files.write(work.resolve(r.fileName()), r.letter().docx()));
    }

    Map<String, String> pdfText = LibreOffice.pdfText(files, work);

    assertThat(pdfText).hasSize(letters.size());
    for (SampleLetters.Rendered r : letters) {
      // pdftotext breaks lines where the page does; a hyphenated name may break after its hyphen
      String text = pdfText.get(r.fileName()).replaceAll("-\\s*\\n", "-").replaceAll("\\s+", " ");
      assertThat(text).as(r.fileName()).contains(r.sampleCase().student().fullName());
      Deadlines deadlines = CaseDeadlines.of(r.sampleCase(), r.date());
      DeadlineKind due = switch (r.letter().kind()) {
        case RECORDS_REQUEST -> DeadlineKind.RECORDS_ACCESS_DUE;
        case DEMAND -> DeadlineKind.DEMAND_RESPONSE_DUE;
        case PRS_COMPLAINT -> DeadlineKind.PRS_DECISION_DUE;
        case PARTIAL_REJECTION -> DeadlineKind.BSEA_FORWARDING_DUE;
        case WRITTEN_NOTICE_REQUEST -> DeadlineKind.WRITTEN_NOTICE_RESPONSE_DUE;
      };
      assertThat(text).as(r.fileName() + " states " + due.key())
          .contains(Wording.date(deadlines.get(due).orElseThrow().date()));
      if (r.letter().kind() == LetterKind.DEMAND || r.letter().kind() == LetterKind.PRS_COMPLAINT) {
        long owed = ServiceLedger.of(r.sampleCase(), r.date()).totalOwedMinutes();
        assertThat(text).as(r.fileName() + " states the owed minutes").contains(Wording.number(owed));
      }
    }
  }

  @Test
  void everySampleLetterPdfReadsInPdftotextAsItsDocx(@TempDir Path work) throws Exception {
    if (!LibreOffice.inCi()) {
      assumeTrue(LibreOffice.available(), "LibreOffice (soffice) and pdftotext are not installed");
    }
    for (SampleLetters.Rendered r : SampleLetters.all()) {
      Path pdf = Files.write(work.resolve(r.fileName().replaceFirst("\\.docx$", ".pdf")), r.letter().pdf());
      List<String> words = PdfContent.words(LibreOffice.pdftotext(pdf, work));
      List<String> docxWords = PdfContent.docxWords(r.letter().docx());
      int at = PdfContent.firstDifference(words, docxWords);
      assertThat(PdfContent.around(words, at)).as(r.fileName() + ", word " + at)
          .isEqualTo(PdfContent.around(docxWords, at));
      assertThat(words).as(r.fileName()).isEqualTo(docxWords);
    }
  }
}
