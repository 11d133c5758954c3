package org.iepletters.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.iepletters.IepLettersException;

/**
 * Puts a filing packet together with PDFBox: the letter's PDF, then each exhibit's cover page and the attached
 * PDF, every page numbered across the packet in its bottom right corner. The numbers are marked as pagination
 * artifacts, so a screen reader skips them as it skips a letter's own footer.
 */
public final class PacketWriter {

  /** One exhibit: its cover page and the attached PDF, both as bytes. */
  public record Exhibit(byte[] cover, byte[] attachment) {}

  private static final float NUMBER_SIZE = 8f;
  private static final float NUMBER_MARGIN = 72f;
  private static final float NUMBER_BASELINE = 22f;

  private PacketWriter() {}

  /**
   * The packet's PDF.
   *
   * @param letter the letter's PDF
   * @param exhibits the exhibits in order
   * @param date the letter date, which dates the packet
   * @param content what identifies the packet, from which its document id is made
   * @return the bytes of the packet
   * @throws IepLettersException when an attached PDF cannot be merged
   */
  public static byte[] write(byte[] letter, List<Exhibit> exhibits, LocalDate date, String content) {
    try {
      return LetterFontMapper.whileRendering(() -> assemble(letter, exhibits, date, content));
    } catch (IOException e) {
      throw new IepLettersException("the filing packet cannot be put together", e);
    }
  }

  private static byte[] assemble(byte[] letter, List<Exhibit> exhibits, LocalDate date, String content)
      throws IOException {
    List<PDDocument> sources = new ArrayList<>();
    try (PDDocument packet = Loader.loadPDF(letter)) {
      PDFMergerUtility merger = new PDFMergerUtility();
      for (Exhibit exhibit : exhibits) {
        for (byte[] part : List.of(exhibit.cover(), exhibit.attachment())) {
          PDDocument source = Loader.loadPDF(part);
          sources.add(source);
          merger.appendDocument(packet, source);
        }
      }
      number(packet);
      withdrawConformanceClaims(packet);
      // the merge writes "Suspects false", which poppler's tools report as a syntax error; absent means false
      PDMarkInfo markInfo = packet.getDocumentCatalog().getMarkInfo();
      if (markInfo != null && !markInfo.isSuspect()) {
        markInfo.getCOSObject().removeItem(COSName.getPDFName("Suspects"));
      }
      PdfWriter.fix(packet, date, content);
      ByteArrayOutputStream out = new ByteArrayOutputStream(letter.length * 2);
      packet.save(out);
      return out.toByteArray();
    } finally {
      for (PDDocument source : sources) {
        source.close();
      }
    }
  }

  /** "Packet page N of M" on every page, as an artifact, in the embedded font. */
  private static void number(PDDocument packet) throws IOException {
    PDType0Font font;
    try (InputStream in = PdfWriter.fontFile()) {
      font = PDType0Font.load(packet, in, true);
    }
    int total = packet.getNumberOfPages();
    int n = 0;
    for (PDPage page : packet.getPages()) {
      n++;
      String text = "Packet page " + n + " of " + total;
      PDRectangle box = page.getCropBox();
      float width = font.getStringWidth(text) / 1000f * NUMBER_SIZE;
      COSDictionary pagination = new COSDictionary();
      pagination.setItem(COSName.TYPE, COSName.getPDFName("Pagination"));
      pagination.setItem(COSName.SUBTYPE, COSName.getPDFName("Footer"));
      try (PDPageContentStream stream = new PDPageContentStream(packet, page, AppendMode.APPEND, true, true)) {
        stream.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(pagination));
        stream.beginText();
        stream.setFont(font, NUMBER_SIZE);
        stream.newLineAtOffset(box.getUpperRightX() - NUMBER_MARGIN - width, box.getLowerLeftY() + NUMBER_BASELINE);
        stream.showText(text);
        stream.endText();
        stream.endMarkedContent();
      }
    }
  }

  /**
   * The letter's PDF says it conforms to PDF/A-2a and PDF/UA-1; the attached files may not, so the packet
   * claims neither.
   */
  private static void withdrawConformanceClaims(PDDocument packet) throws IOException {
    PDMetadata metadata = packet.getDocumentCatalog().getMetadata();
    if (metadata == null) {
      return;
    }
    try (InputStream in = metadata.exportXMPMetadata()) {
      XMPMetadata xmp = new DomXmpParser().parse(in);
      if (xmp.getPDFAIdentificationSchema() != null) {
        xmp.removeSchema(xmp.getPDFAIdentificationSchema());
      }
      xmp.getAllSchemas().stream()
          .filter(schema -> "http://www.aiim.org/pdfua/ns/id/".equals(schema.getNamespace()))
          .toList()
          .forEach(xmp::removeSchema);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new XmpSerializer().serialize(xmp, out, true);
      PDMetadata fixed = new PDMetadata(packet, new ByteArrayInputStream(out.toByteArray()));
      packet.getDocumentCatalog().setMetadata(fixed);
    } catch (XmpParsingException | javax.xml.transform.TransformerException e) {
      throw new IOException("the packet's XMP metadata cannot be rewritten", e);
    }
  }
}
