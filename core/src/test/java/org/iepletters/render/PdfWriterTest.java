package org.iepletters.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.iepletters.testing.VeraPdf;
import org.junit.jupiter.api.Test;

class PdfWriterTest {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 20);
  private final PdfWriter writer = new PdfWriter(PdfWriter.builtInStylesheet());

  @Test
  void aThematicBreakStartsANewPageAsInTheDocx() throws IOException {
    byte[] pdf = writer.write("The letter ends here.\n\n***\n\n## Exhibit A\n\nThe ledger.\n", "Demand", "Subject", DATE);

    assertThat(pages(pdf)).containsExactly("The letter ends here.", "Exhibit A The ledger.");
    assertThat(VeraPdf.failedRules(pdf, VeraPdf.UA1)).isEmpty();
  }

  @Test
  void sectionHeadingsBeforeAnExhibitHeadingStillStartAtH1AndNeverSkipALevel() throws IOException {
    String markdown = "Dear Team chair:\n\n## 1. The violation\n\nText.\n\n## 2. The student\n\nText.\n\n***\n\n"
        + "# Exhibit A: service delivery summary\n\nFigures are minutes.\n\n## Speech-language therapy\n\n"
        + "| Period | Shortfall |\n|---|---|\n| Week 1 | 30 |\n\n#### A deep note\n\nText.\n";
    byte[] pdf = writer.write(markdown, "Complaint", "Subject", DATE);

    assertThat(VeraPdf.failedRules(pdf, VeraPdf.UA1)).isEmpty();
    assertThat(VeraPdf.failedRules(pdf, VeraPdf.PDFA_2A)).isEmpty();
    assertThat(pages(pdf)).hasSize(2);
    assertThat(pages(pdf).get(1)).startsWith("Exhibit A: service delivery summary");
  }

  @Test
  void aLongTableRepeatsItsHeaderRowOnEveryPageAndNeverSplitsARow() throws IOException {
    StringBuilder markdown = new StringBuilder("The shortfall:\n\n| Month | Minutes owed |\n|---|---|\n");
    for (int i = 1; i <= 80; i++) {
      markdown.append("| Month ").append(i).append("<br>second line | ").append(i * 30).append(" |\n");
    }
    byte[] pdf = writer.write(markdown.toString(), "Demand", "Subject", DATE);

    List<String> pages = pages(pdf);
    assertThat(pages).hasSizeGreaterThan(2);
    for (String page : pages) {
      // the header first on every page, then whole rows: a row's two lines and its figure stay together
      assertThat(page).matches("(The shortfall: )?Month Minutes owed( Month \\d+ second line \\d+)+");
    }
    assertThat(String.join(" ", pages)).contains("Month 80 second line 2400");
    assertThat(VeraPdf.failedRules(pdf, VeraPdf.UA1)).isEmpty();
    assertThat(VeraPdf.failedRules(pdf, VeraPdf.PDFA_2A)).isEmpty();
  }

  @Test
  void theLetterPagesAreNumberedPageXOfY() throws IOException {
    byte[] pdf = writer.write("One.\n\n***\n\nTwo.\n\n***\n\nThree.\n", "Demand", "Subject", DATE);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(3);
      assertThat(new PDFTextStripper().getText(document)).contains("Page 1 of 3", "Page 2 of 3", "Page 3 of 3");
      assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
      assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
    }
  }

  @Test
  void aCoverPageNamesTheExhibitAndItsFile() throws IOException {
    byte[] pdf = writer.cover("Exhibit B", "service-log.pdf", "Demand", DATE);

    assertThat(pages(pdf)).containsExactly("Exhibit B: service-log.pdf");
    assertThat(PdfContentOfPage.text(pdf)).doesNotContain("Page 1 of 1");
    assertThat(VeraPdf.failedRules(pdf, VeraPdf.UA1)).isEmpty();
    assertThat(VeraPdf.failedRules(pdf, VeraPdf.PDFA_2A)).isEmpty();
  }

  @Test
  void renderingPrintsNothing() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    try {
      System.setOut(capture);
      System.setErr(capture);
      new PdfWriter("p { color: not-a-colour; } @unknown-rule;").write("Text.\n", "Demand", "Subject", DATE);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void fontLookupsDuringALetterNeverReachTheMapperBeforeAndOthersStillDo() throws IOException {
    FontMapper before = FontMappers.instance();
    List<String> asked = new ArrayList<>();
    FontMapper recording = new FontMapper() {
      @Override
      public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor d) {
        asked.add(baseFont);
        return null;
      }

      @Override
      public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor d) {
        asked.add(baseFont);
        return null;
      }

      @Override
      public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor d, PDCIDSystemInfo info) {
        asked.add(baseFont);
        return null;
      }
    };
    try {
      FontMappers.set(recording);
      byte[] font;
      try (var in = getClass().getClassLoader().getResourceAsStream("org/iepletters/templates/fonts/DejaVuSerif.ttf")) {
        font = in.readAllBytes();
      }
      LetterFontMapper.install(() -> font);
      byte[] pdf = new PdfWriter(PdfWriter.builtInStylesheet()).write("Text.\n", "Demand", "Subject", DATE);
      assertThat(pdf).isNotEmpty();
      assertThat(asked).isEmpty();

      FontMappers.instance().getFontBoxFont("Helvetica", null);
      assertThat(asked).containsExactly("Helvetica");
    } finally {
      FontMappers.set(before);
    }
  }

  /** The raw text of a PDF, footers included. */
  private static final class PdfContentOfPage {
    static String text(byte[] pdf) throws IOException {
      try (PDDocument document = Loader.loadPDF(pdf)) {
        return new PDFTextStripper().getText(document);
      }
    }
  }

  private static List<String> pages(byte[] pdf) throws IOException {
    List<String> pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (int i = 1; i <= document.getNumberOfPages(); i++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        pages.add(stripper.getText(document).replaceAll("Page \\d+ of \\d+", "").replaceAll("\\s+", " ").trim());
      }
    }
    return pages;
  }
}
