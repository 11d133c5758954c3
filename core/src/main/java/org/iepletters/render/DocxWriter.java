package org.iepletters.render;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.docProps.core.dc.elements.SimpleLiteral;
import org.docx4j.docProps.core.dc.terms.W3CDTF;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.DocPropsCorePart;
import org.iepletters.IepLettersException;

/**
 * Writes the {@code .docx} of one letter with docx4j: the same input gives the same bytes, on any thread.
 *
 * <p>The reference document is loaded once ({@link ReferencePackage}); each letter is a fresh
 * {@link WordprocessingMLPackage} whose main document holds the body {@link DocxMapper} builds from the Markdown,
 * linked to the reference's kept parts (styles, settings, theme, fonts, header and footer: their content shared
 * read-only, and their XML marshalled once), a numbering part (the reference's, plus a restarting instance per
 * ordered list) and core properties dated the letter date. {@link PackageWriter} saves it. When an organisation
 * post-processes letters, each gets deep copies of the reference's parts, which are then marshalled with it.
 */
public final class DocxWriter {

  private static final org.docx4j.docProps.core.dc.elements.ObjectFactory DC =
      new org.docx4j.docProps.core.dc.elements.ObjectFactory();

  private final ReferencePackage reference;

  /**
   * A writer styled by a reference document.
   *
   * @param referenceDocx the bytes of {@code reference.docx}
   * @throws IepLettersException when the reference is unsafe or cannot style letters (a style or numbering is
   *     missing), with a message naming the part
   */
  public DocxWriter(byte[] referenceDocx) {
    try {
      this.reference = new ReferencePackage(referenceDocx);
    } catch (StackOverflowError | IndexOutOfBoundsException | ClassCastException | IllegalArgumentException
        | IllegalStateException | NullPointerException e) {
      throw new IepLettersException("reference.docx cannot style letters: docx4j could not read it", e);
    }
  }

  /**
   * The {@code .docx} of a letter.
   *
   * @param markdown the letter's Markdown
   * @param title the document title
   * @param subject the document subject
   * @param date the letter date, which dates the document and its ZIP entries
   * @param postProcess what an organisation does to each letter's package before it is written, or null
   * @return the bytes of the file
   */
  public byte[] write(String markdown, String title, String subject, LocalDate date,
      Consumer<WordprocessingMLPackage> postProcess) {
    DocxMapper mapper = map(markdown);
    try {
      WordprocessingMLPackage pkg = postProcess == null
          ? reference.letterPackage(mapper.body(), mapper.numbering(), false)
          : reference.letterPackage(mapper.body(), mapper.numbering(), true);
      addCoreProperties(pkg, title, subject, date);
      if (postProcess != null) {
        postProcess.accept(pkg);
      }
      return PackageWriter.write(pkg, reference.marshalled, date);
    } catch (InvalidFormatException e) {
      throw new IepLettersException("docx4j could not assemble the letter", e);
    }
  }

  /**
   * A letter's package of its own, as {@link #write} saves it: nothing in it is shared, so the caller may change
   * it freely.
   *
   * @param markdown the letter's Markdown
   * @param title the document title
   * @param subject the document subject
   * @param date the letter date
   * @param postProcess what an organisation does to each letter's package, or null
   * @return a new package
   */
  public WordprocessingMLPackage open(String markdown, String title, String subject, LocalDate date,
      Consumer<WordprocessingMLPackage> postProcess) {
    DocxMapper mapper = map(markdown);
    try {
      WordprocessingMLPackage pkg = reference.letterPackage(mapper.body(), mapper.numbering(), true);
      addCoreProperties(pkg, title, subject, date);
      if (postProcess != null) {
        postProcess.accept(pkg);
      }
      return pkg;
    } catch (InvalidFormatException e) {
      throw new IepLettersException("docx4j could not assemble the letter", e);
    }
  }

  /**
   * Sets up docx4j's JAXB context (about a second, once per JVM) and its marshaller for WordprocessingML, so the
   * first letter does not pay for it.
   */
  public static void warmUp() {
    org.docx4j.wml.Document document = new org.docx4j.wml.Document();
    document.setBody(new org.docx4j.wml.Body());
    try {
      org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart part =
          new org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart();
      part.setJaxbElement(document);
      PackageWriter.marshal(part, document);
    } catch (InvalidFormatException e) {
      throw new IepLettersException("docx4j could not be set up", e);
    }
  }

  private DocxMapper map(String markdown) {
    DocxMapper mapper = new DocxMapper(reference);
    MarkdownSyntax.parse(markdown).accept(mapper);
    return mapper;
  }

  private static void addCoreProperties(WordprocessingMLPackage pkg, String title, String subject, LocalDate date)
      throws InvalidFormatException {
    CoreProperties properties = new CoreProperties();
    properties.setTitle(DC.createTitle(literal(new SimpleLiteral(), title)));
    properties.setSubject(literal(new SimpleLiteral(), subject));
    properties.setLanguage(literal(new SimpleLiteral(), "en-US"));
    String when = date + "T00:00:00Z";
    properties.setCreated(literal(new W3CDTF(), when));
    properties.setModified(literal(new W3CDTF(), when));
    DocPropsCorePart part = new DocPropsCorePart();
    part.setJaxbElement(properties);
    pkg.addTargetPart(part);
  }

  private static SimpleLiteral literal(SimpleLiteral literal, String value) {
    literal.getContent().add(value);
    return literal;
  }
}
