package org.iepletters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a reader gets from a PDF: its text, page by page, and its words compared with a .docx's. */
public final class PdfContent {
  /** The footer line of a letter's page, which the .docx keeps in its footer part. */
  private static final Pattern FOOTER = Pattern.compile("(?m)^\\s*Page \\d+ of \\d+\\s*$");
  /** List numbers and bullets: the .docx numbers its lists in numbering.xml, not in the text. */
  private static final Pattern LIST_MARKER = Pattern.compile("\\d+\\.|•");

  private PdfContent() {}

  /** The text of every page, through PDFBox's text extraction. */
  public static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of one page, counted from 1. */
  public static String pageText(byte[] pdf, int page) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      return stripper.getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The number of pages. */
  public static int pages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The words of a PDF's text in reading order, without page footers or list markers; a word broken after its
   * hyphen at the end of a line is one word again.
   */
  public static List<String> words(String pdfText) {
    String text = FOOTER.matcher(pdfText).replaceAll(" ").replaceAll("-\\s*\\R\\s*", "-");
    return words(Arrays.asList(text.split("\\s+")));
  }

  /** The words of a .docx's paragraphs in order, without list markers. */
  public static List<String> docxWords(byte[] docx) {
    List<String> tokens = new ArrayList<>();
    for (String paragraph : DocxContent.paragraphs(docx)) {
      tokens.addAll(Arrays.asList(paragraph.split("\\s+")));
    }
    return words(tokens);
  }

  /** The index of the first word where the lists differ, or the shorter one's size. */
  public static int firstDifference(List<String> a, List<String> b) {
    int i = 0;
    while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
      i++;
    }
    return i;
  }

  /** Up to eight words either side of an index, joined, to show where two texts part. */
  public static String around(List<String> words, int at) {
    return String.join(" ", words.subList(Math.max(0, at - 8), Math.min(words.size(), at + 8)));
  }

  /**
   * Compatibility forms folded (NFKC) on both sides: the PDF draws "ff", "fi" and "fl" as the font's ligature
   * glyphs, which pdftotext reports as one ligature character and PDFBox unfolds.
   */
  private static List<String> words(List<String> tokens) {
    return tokens.stream().map(t -> Normalizer.normalize(t, Normalizer.Form.NFKC))
        .filter(t -> !t.isEmpty() && !LIST_MARKER.matcher(t).matches()).toList();
  }
}
