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
 * PDF's text holds the student's name, the owed minutes and the letter's due date. On the page: no word of a
 * table cell is broken across lines, no table row is split across pages, and the closing shares its page with
 * the body text before it. The library's own PDF of each letter, read by pdftotext, holds the words of its
 * .docx in the same order.
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
      assertLaidOut(r, pdfText.get(r.fileName()));
    }
  }

  private static void assertLaidOut(SampleLetters.Rendered r, String pdf) {
    String name = r.fileName();
    List<String> pages = List.of(pdf.split("\f"));
    // a word broken across lines reads as two pieces: the PDF then holds fewer whole copies than the letter
    Map<String, Long> inLetter = words(String.join(" ", DocxContent.paragraphs(r.letter().docx())));
    Map<String, Long> inPdf = words(pdf);
    org.w3c.dom.NodeList rows = DocxContent.xml(r.letter().docx(), "word/document.xml")
        .getElementsByTagNameNS(DocxContent.W, "tr");
    for (int i = 0; i < rows.getLength(); i++) {
      String rowText = rows.item(i).getTextContent();
      Map<String, Long> rowWords = words(cellTexts(rows.item(i)));
      for (String word : rowWords.keySet()) {
        assertThat(inPdf.getOrDefault(word, 0L)).as(name + ": \"" + word + "\" of a table cell whole on the page")
            .isGreaterThanOrEqualTo(inLetter.getOrDefault(word, 1L));
      }
      assertThat(pages).as(name + ": a page holds the whole row \"" + rowText + "\"")
          .anySatisfy(page -> assertThat(words(page).keySet()).containsAll(rowWords.keySet()));
    }
    List<String> paragraphs = DocxContent.paragraphs(r.letter().docx());
    int closing = paragraphs.indexOf("Sincerely,");
    assertThat(closing).as(name + " has a closing").isPositive();
    String before = paragraphs.get(closing - 1).strip();
    String lastWord = before.substring(before.lastIndexOf(' ') + 1);
    assertThat(pages).as(name + ": the closing shares its page with the body text before it")
        .anySatisfy(page -> {
          assertThat(page).contains("Sincerely,");
          assertThat(page.substring(0, page.indexOf("Sincerely,"))).contains(lastWord);
        });
  }

  /** The text of a row's cells, each cell's text apart. */
  private static String cellTexts(org.w3c.dom.Node row) {
    StringBuilder s = new StringBuilder();
    for (org.w3c.dom.Node cell = row.getFirstChild(); cell != null; cell = cell.getNextSibling()) {
      texts(cell, s);
      s.append(' ');
    }
    return s.toString();
  }

  /** Text and line breaks, a break read as a space. */
  private static void texts(org.w3c.dom.Node node, StringBuilder s) {
    for (org.w3c.dom.Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
      if ("t".equals(n.getLocalName())) {
        s.append(n.getTextContent());
      } else if ("br".equals(n.getLocalName()) || "p".equals(n.getLocalName())) {
        s.append(' ');
        texts(n, s);
      } else {
        texts(n, s);
      }
    }
  }

  private static Map<String, Long> words(String text) {
    Map<String, Long> counts = new java.util.HashMap<>();
    for (String word : text.split("\\s+")) {
      if (!word.isEmpty()) {
        counts.merge(word, 1L, Long::sum);
      }
    }
    return counts;
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
