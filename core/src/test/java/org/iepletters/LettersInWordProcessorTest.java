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
import org.iepletters.letters.IeeRequestFacts;
import org.iepletters.letters.LetterViews;
import org.iepletters.letters.TeamMeetingRequestFacts;
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
      String due = switch (r.letter().kind()) {
        case RECORDS_REQUEST -> deadline(deadlines, DeadlineKind.RECORDS_ACCESS_DUE);
        case DEMAND -> deadline(deadlines, DeadlineKind.DEMAND_RESPONSE_DUE);
        case PRS_COMPLAINT -> deadline(deadlines, DeadlineKind.PRS_DECISION_DUE);
        case PARTIAL_REJECTION -> deadline(deadlines, DeadlineKind.BSEA_FORWARDING_DUE);
        case WRITTEN_NOTICE_REQUEST -> deadline(deadlines, DeadlineKind.WRITTEN_NOTICE_RESPONSE_DUE);
        // the meeting the parent asks for within two weeks
        case TEAM_MEETING_REQUEST -> ((TeamMeetingRequestFacts) LetterViews.of(r.letter().kind(), r.sampleCase(),
            r.date()).facts()).meetingBy();
        case IEE_REQUEST -> ((IeeRequestFacts) LetterViews.of(r.letter().kind(), r.sampleCase(), r.date()).facts())
            .ieeResponseDue();
        // 603 CMR 28.08(4)(a): a session within 30 days of receipt
        case BSEA_MEDIATION_REQUEST -> Wording.date(r.date().plusDays(30));
        // the filing date, which the copy to the district shares
        case BSEA_HEARING_REQUEST -> Wording.date(r.date());
      };
      assertThat(text).as(r.fileName() + " states its date " + due).contains(due);
      if (r.letter().kind() == LetterKind.DEMAND || r.letter().kind() == LetterKind.PRS_COMPLAINT
          || r.letter().kind() == LetterKind.BSEA_HEARING_REQUEST && ServiceLedger.of(r.sampleCase(), r.date())
              .hasOwedMinutes()) {
        long owed = ServiceLedger.of(r.sampleCase(), r.date()).totalOwedMinutes();
        assertThat(text).as(r.fileName() + " states the owed minutes").contains(Wording.number(owed));
      }
    }
  }

  private static String deadline(Deadlines deadlines, DeadlineKind kind) {
    return Wording.date(deadlines.get(kind).orElseThrow().date());
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
