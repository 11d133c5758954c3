package org.iepletters.render;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.docx4j.jaxb.Context;
import org.docx4j.wml.Body;
import org.docx4j.wml.Document;
import org.docx4j.wml.ObjectFactory;
import org.iepletters.IepLettersException;

/**
 * Writes the {@code .docx} of one letter: the same input gives the same bytes, on any thread.
 *
 * <p>Only three parts are made per letter: {@code word/document.xml} (docx4j objects marshalled
 * through {@link WordXmlWriter}), {@code word/numbering.xml} (the reference's numbering plus one
 * instance per ordered list) and {@code docProps/core.xml}. Every other part is the reference's,
 * copied as bytes. Entries are written in a fixed order with a fixed time (the letter date), so no
 * clock, time zone, random id or global docx4j setting reaches the file.
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
  private static final ObjectFactory WML = new ObjectFactory();

  private final ReferenceDocument reference;
  private final ThreadLocal<Marshaller> marshallers = ThreadLocal.withInitial(DocxWriter::newMarshaller);

  /**
   * A writer styled by a reference document.
   *
   * @param referenceDocx the bytes of {@code reference.docx}
   * @throws IepLettersException when the reference cannot style letters (a style or numbering is missing)
   */
  public DocxWriter(byte[] referenceDocx) {
    this.reference = new ReferenceDocument(referenceDocx);
  }

  /** Sets up JAXB on this thread, which takes most of a second the first time in a JVM. */
  public void warmUp() {
    marshallers.get();
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
    DocxMapper mapper = new DocxMapper(reference);
    MarkdownSyntax.parse(markdown).accept(mapper);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
    LocalDateTime time = zipTime(date);
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      put(zip, ReferenceDocument.CONTENT_TYPES, reference.contentTypesXml.getBytes(StandardCharsets.UTF_8), time);
      put(zip, ReferenceDocument.PACKAGE_RELS, PACKAGE_RELS.getBytes(StandardCharsets.UTF_8), time);
      put(zip, ReferenceDocument.CORE_PROPERTIES, coreProperties(title, subject, date), time);
      put(zip, ReferenceDocument.DOCUMENT, document(mapper), time);
      put(zip, ReferenceDocument.NUMBERING, numbering(mapper), time);
      for (Map.Entry<String, byte[]> part : reference.keptParts.entrySet()) {
        put(zip, part.getKey(), part.getValue(), time);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return bytes.toByteArray();
  }

  private byte[] document(DocxMapper mapper) {
    Document document = WML.createDocument();
    Body body = WML.createBody();
    body.getContent().addAll(mapper.body());
    document.setBody(body);
    StringBuilder xml = new StringBuilder(16 * 1024).append(XML_DECLARATION);
    WordXmlWriter writer = new WordXmlWriter(xml);
    writer.insertBeforeEnd("w:body", reference.sectionPropertiesXml);
    try {
      marshallers.get().marshal(document, writer);
    } catch (JAXBException e) {
      throw new IepLettersException("cannot write the letter's document part", e);
    }
    return xml.toString().getBytes(StandardCharsets.UTF_8);
  }

  private byte[] numbering(DocxMapper mapper) {
    String w = reference.numberingPrefix;
    StringBuilder xml = new StringBuilder(reference.numberingHead);
    for (DocxMapper.NumberingInstance num : mapper.numbering()) {
      xml.append('<').append(w).append("num ").append(w).append("numId=\"").append(num.numId()).append("\">")
          .append('<').append(w).append("abstractNumId ").append(w).append("val=\"")
          .append(reference.decimalAbstractNumId).append("\"/>")
          .append('<').append(w).append("lvlOverride ").append(w).append("ilvl=\"").append(num.level()).append("\">")
          .append('<').append(w).append("startOverride ").append(w).append("val=\"").append(num.start()).append("\"/>")
          .append("</").append(w).append("lvlOverride>")
          .append("</").append(w).append("num>");
    }
    return xml.append(reference.numberingTail).toString().getBytes(StandardCharsets.UTF_8);
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

  private static LocalDateTime zipTime(LocalDate date) {
    // ZIP (DOS) times start in 1980
    LocalDate day = date.getYear() < 1980 ? LocalDate.of(1980, 1, 1) : date;
    return day.atStartOfDay();
  }

  private static void put(ZipOutputStream zip, String name, byte[] content, LocalDateTime time) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(time);
    zip.putNextEntry(entry);
    zip.write(content);
    zip.closeEntry();
  }

  private static Marshaller newMarshaller() {
    try {
      Marshaller marshaller = Context.jc.createMarshaller();
      marshaller.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
      marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.FALSE);
      return marshaller;
    } catch (JAXBException e) {
      throw new IepLettersException("cannot set up JAXB to write letters", e);
    }
  }
}
