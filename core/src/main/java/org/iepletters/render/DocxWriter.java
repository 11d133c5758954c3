package org.iepletters.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes the {@code .docx} of one letter: the same input gives the same bytes, on any thread.
 *
 * <p>Only three parts are made per letter: {@code word/document.xml} (written from the Markdown by
 * {@link DocxMapper}), {@code word/numbering.xml} (the reference's numbering plus one instance per ordered
 * list) and {@code docProps/core.xml}. Every other part is the reference's, compressed once when the writer
 * is made and copied into each letter as it is. Entries are written in a fixed order with a fixed time (the
 * letter date), so no clock, time zone, random id or global setting reaches the file.
 */
public final class DocxWriter {

  private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
  private static final String PACKAGE_RELS = XML_DECLARATION
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
      + "officeDocument\" Target=\"word/document.xml\"/>"
      + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
      + "core-properties\" Target=\"docProps/core.xml\"/>"
      + "</Relationships>";

  private final ReferenceDocument reference;
  /** The parts before the letter's own, compressed once. */
  private final ZipParts.Compressed contentTypes;
  private final ZipParts.Compressed packageRels;
  /** The reference's parts after the letter's own, compressed once, in name order. */
  private final List<ZipParts.Compressed> keptParts = new ArrayList<>();
  /** The reference's numbering, around the numbering instances of a letter's ordered lists. */
  private final byte[] numberingHead;
  private final byte[] numberingTail;
  /** The numbering part of a letter without an ordered list: the reference's, compressed once. */
  private final ZipParts.Compressed plainNumbering;
  /** The size of a letter's file without its own parts, to size the buffer once. */
  private final int sharedSize;

  /**
   * A writer styled by a reference document.
   *
   * @param referenceDocx the bytes of {@code reference.docx}
   * @throws org.iepletters.IepLettersException when the reference cannot style letters (a style or numbering
   *     is missing)
   */
  public DocxWriter(byte[] referenceDocx) {
    this.reference = new ReferenceDocument(referenceDocx);
    this.contentTypes = ZipParts.compress(ReferenceDocument.CONTENT_TYPES,
        reference.contentTypesXml.getBytes(StandardCharsets.UTF_8));
    this.packageRels = ZipParts.compress(ReferenceDocument.PACKAGE_RELS, PACKAGE_RELS.getBytes(StandardCharsets.UTF_8));
    int size = contentTypes.deflated().length + packageRels.deflated().length;
    for (Map.Entry<String, byte[]> part : reference.keptParts.entrySet()) {
      ZipParts.Compressed compressed = ZipParts.compress(part.getKey(), part.getValue());
      keptParts.add(compressed);
      size += compressed.deflated().length;
    }
    this.sharedSize = size;
    this.numberingHead = reference.numberingHead.getBytes(StandardCharsets.UTF_8);
    this.numberingTail = reference.numberingTail.getBytes(StandardCharsets.UTF_8);
    this.plainNumbering = ZipParts.compress(ReferenceDocument.NUMBERING, numbering(List.of()));
  }

  /**
   * The {@code .docx} of a letter.
   *
   * @param markdown the letter's Markdown
   * @param title the document title
   * @param subject the document subject
   * @param date the letter date, which dates the document and its ZIP entries
   * @return the bytes of the file
   */
  public byte[] write(String markdown, String title, String subject, LocalDate date) {
    StringBuilder document = new StringBuilder(markdown.length() * 4 + 2048).append(XML_DECLARATION);
    DocxMapper mapper = new DocxMapper(reference, document);
    MarkdownSyntax.parse(markdown).accept(mapper);
    ZipParts zip = new ZipParts(date, sharedSize + 2 * 1024 + document.length() / 3);
    zip.add(contentTypes);
    zip.add(packageRels);
    zip.add(ReferenceDocument.CORE_PROPERTIES, coreProperties(title, subject, date));
    zip.add(ReferenceDocument.DOCUMENT, document.toString().getBytes(StandardCharsets.UTF_8));
    if (mapper.numbering().isEmpty()) {
      zip.add(plainNumbering);
    } else {
      zip.add(ReferenceDocument.NUMBERING, numbering(mapper.numbering()));
    }
    for (ZipParts.Compressed part : keptParts) {
      zip.add(part);
    }
    return zip.finish();
  }
  private byte[] numbering(List<DocxMapper.NumberingInstance> instances) {
    String w = reference.numberingPrefix;
    StringBuilder xml = new StringBuilder(256 * instances.size());
    for (DocxMapper.NumberingInstance num : instances) {
      xml.append('<').append(w).append("num ").append(w).append("numId=\"").append(num.numId()).append("\">")
          .append('<').append(w).append("abstractNumId ").append(w).append("val=\"")
          .append(reference.decimalAbstractNumId).append("\"/>")
          .append('<').append(w).append("lvlOverride ").append(w).append("ilvl=\"").append(num.level()).append("\">")
          .append('<').append(w).append("startOverride ").append(w).append("val=\"").append(num.start()).append("\"/>")
          .append("</").append(w).append("lvlOverride>")
          .append("</").append(w).append("num>");
    }
    byte[] middle = xml.toString().getBytes(StandardCharsets.UTF_8);
    byte[] part = Arrays.copyOf(numberingHead, numberingHead.length + middle.length + numberingTail.length);
    System.arraycopy(middle, 0, part, numberingHead.length, middle.length);
    System.arraycopy(numberingTail, 0, part, numberingHead.length + middle.length, numberingTail.length);
    return part;
  }

  private static byte[] coreProperties(String title, String subject, LocalDate date) {
    String when = date + "T00:00:00Z";
    String xml = XML_DECLARATION
        + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        + "<dc:title>" + text(title) + "</dc:title>"
        + "<dc:subject>" + text(subject) + "</dc:subject>"
        + "<dc:language>en-US</dc:language>"
        + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:created>"
        + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:modified>"
        + "</cp:coreProperties>";
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
