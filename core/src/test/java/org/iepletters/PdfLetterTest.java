package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.iepletters.testing.VeraPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sample letter as a PDF: conformant to PDF/UA-1 and PDF/A-2a as veraPDF checks them, the same words in
 * the same order as its .docx, and the same bytes every time.
 */
class PdfLetterTest {

  private static List<SampleLetters.Rendered> letters;
  private static List<byte[]> pdfs;

  @BeforeAll
  static void renderEverySampleLetter() {
    letters = SampleLetters.all();
    pdfs = letters.stream().map(r -> r.letter().pdf()).toList();
  }

  @Test
  void everySampleLetterConformsToPdfUa1AndPdfA2a() {
    assertThat(letters).hasSizeGreaterThanOrEqualTo(9);
    for (int i = 0; i < letters.size(); i++) {
      String name = letters.get(i).fileName();
      assertThat(VeraPdf.failedRules(pdfs.get(i), VeraPdf.UA1)).as(name + " against PDF/UA-1").isEmpty();
      assertThat(VeraPdf.failedRules(pdfs.get(i), VeraPdf.PDFA_2A)).as(name + " against PDF/A-2a").isEmpty();
    }
  }

  @Test
  void anUntaggedPdfFailsBothChecks() throws IOException {
    byte[] untagged = untaggedPdf("Dear Team chair, please resume the services.");

    assertThat(PdfContent.text(untagged)).contains("please resume the services");
    assertThat(VeraPdf.failedRules(untagged, VeraPdf.UA1)).isNotEmpty();
    assertThat(VeraPdf.failedRules(untagged, VeraPdf.PDFA_2A)).isNotEmpty();
  }

  @Test
  void everySampleLetterHoldsTheWordsOfItsDocxInTheSameOrder() {
    for (int i = 0; i < letters.size(); i++) {
      SampleLetters.Rendered r = letters.get(i);
      List<String> docxWords = PdfContent.docxWords(r.letter().docx());
      assertThat(docxWords).as(r.fileName()).hasSizeGreaterThan(100);
      List<String> pdfWords = PdfContent.words(PdfContent.text(pdfs.get(i)));
      int at = PdfContent.firstDifference(pdfWords, docxWords);
      assertThat(PdfContent.around(pdfWords, at)).as(r.fileName() + ", word " + at)
          .isEqualTo(PdfContent.around(docxWords, at));
      assertThat(pdfWords).as(r.fileName()).isEqualTo(docxWords);
    }
  }

  @Test
  void theDocumentCarriesLanguageTitleSubjectAndTheLetterDate() throws IOException {
    for (int i = 0; i < letters.size(); i++) {
      SampleLetters.Rendered r = letters.get(i);
      try (PDDocument pdf = Loader.loadPDF(pdfs.get(i))) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-US");
        assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        assertThat(info.getTitle()).isEqualTo(r.letter().kind().title());
        assertThat(info.getSubject()).isEqualTo(r.sampleCase().student().fullName() + ", "
            + r.sampleCase().student().school());
        assertThat(info.getProducer()).isEqualTo("IEP Letters");
        assertThat(info.getCreationDate().toInstant()).isEqualTo(r.date().atStartOfDay().toInstant(ZoneOffset.UTC));
        assertThat(info.getModificationDate()).isEqualTo(info.getCreationDate());
        for (PDPage page : pdf.getPages()) {
          PDResources resources = page.getResources();
          for (var name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            assertThat(font.getName()).contains("DejaVuSerif");
          }
        }
      }
    }
  }

  @Test
  void theSameLetterGivesTheSameBytesInAnotherInstanceAndOnEightThreads() throws Exception {
    IepLetters other = IepLetters.builder().build();
    for (int i = 0; i < letters.size(); i++) {
      SampleLetters.Rendered r = letters.get(i);
      byte[] again = other.render(r.letter().kind(), r.sampleCase(), r.date()).pdf();
      assertThat(again).as(r.fileName()).isEqualTo(pdfs.get(i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<byte[]>> futures = new ArrayList<>();
      for (int n = 0; n < 24; n++) {
        SampleLetters.Rendered r = letters.get(n % letters.size());
        futures.add(pool.submit(() -> r.letter().pdf()));
      }
      for (int n = 0; n < futures.size(); n++) {
        assertThat(futures.get(n).get()).as(letters.get(n % letters.size()).fileName())
            .isEqualTo(pdfs.get(n % letters.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aLetterOfAnotherDateHasAnotherDocumentIdAndDate() throws IOException {
    SampleLetters.Rendered r = letters.get(0);
    LocalDate later = r.date().plusDays(1);
    byte[] pdf = IepLetters.defaults().render(r.letter().kind(), r.sampleCase(), later).pdf();
    try (PDDocument one = Loader.loadPDF(pdfs.get(0)); PDDocument two = Loader.loadPDF(pdf)) {
      assertThat(two.getDocumentInformation().getCreationDate().toInstant())
          .isEqualTo(later.atStartOfDay().toInstant(ZoneOffset.UTC));
      assertThat(two.getDocument().getTrailer().getCOSArray(org.apache.pdfbox.cos.COSName.ID).toList())
          .isNotEqualTo(one.getDocument().getTrailer().getCOSArray(org.apache.pdfbox.cos.COSName.ID).toList());
    }
  }

  @Test
  void anOrganisationsLetterCssInItsTemplateFolderStylesItsPdfs(@TempDir java.nio.file.Path folder)
      throws IOException {
    java.nio.file.Files.writeString(folder.resolve("letter.css"),
        "@page { size: 8.5in 14in; margin: 1in; } html { font-family: \"DejaVu Serif\"; font-size: 11pt; }");
    SampleLetters.Rendered r = letters.get(0);
    byte[] legal = IepLetters.builder().templateFolder(folder).build()
        .render(r.letter().kind(), r.sampleCase(), r.date()).pdf();

    try (PDDocument pdf = Loader.loadPDF(legal)) {
      assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(14 * 72f);
    }
    try (PDDocument pdf = Loader.loadPDF(pdfs.get(0))) {
      assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(11 * 72f);
    }
  }

  @Test
  void pdfHandsOutACopyOfItsBytes() {
    Letter letter = letters.get(0).letter();
    byte[] first = letter.pdf();
    first[0] = 0;

    assertThat(letter.pdf()).isEqualTo(pdfs.get(0));
  }

  /** A plain PDF made with PDFBox alone, its font embedded but nothing tagged and no metadata. */
  static byte[] untaggedPdf(String text) throws IOException {
    try (PDDocument document = new PDDocument();
        InputStream font = PdfLetterTest.class.getClassLoader()
            .getResourceAsStream("org/iepletters/templates/fonts/DejaVuSerif.ttf")) {
      PDPage page = new PDPage();
      document.addPage(page);
      PDFont serif = PDType0Font.load(document, font);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(serif, 11);
        content.newLineAtOffset(72, 700);
        content.showText(text);
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}
