package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.junit.jupiter.api.Test;

/**
 * Every letter of every public case is valid WordprocessingML: its document, styles, numbering and settings
 * parts pass the ECMA-376 schemas (Apache POI's XMLBeans types, {@code validate()}), its core properties pass
 * the OPC rules as POI's package reader applies them, and docx4j loads it.
 */
class LettersMatchTheSchemasTest {

  @Test
  void everyLetterOfEveryPublicCaseIsValid() throws Exception {
    List<String> errors = new ArrayList<>();
    int letters = 0;
    for (SampleLetters.Rendered rendered : SampleLetters.all()) {
      byte[] docx = rendered.letter().docx();
      Map<String, byte[]> parts = DocxContent.parts(docx);
      String name = rendered.fileName();
      validate(name, "word/document.xml", DocumentDocument.Factory.parse(markupCompatible(parts.get("word/document.xml"))), errors);
      validate(name, "word/styles.xml", StylesDocument.Factory.parse(markupCompatible(parts.get("word/styles.xml"))), errors);
      validate(name, "word/numbering.xml", NumberingDocument.Factory.parse(markupCompatible(parts.get("word/numbering.xml"))), errors);
      validate(name, "word/settings.xml", SettingsDocument.Factory.parse(markupCompatible(parts.get("word/settings.xml"))), errors);

      try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docx))) {
        PackageProperties core = opc.getPackageProperties();
        assertThat(core.getTitleProperty()).as(name).hasValue(rendered.letter().kind().title());
        assertThat(core.getLanguageProperty()).as(name).hasValue("en-US");
        assertThat(core.getCreatedProperty()).as(name).isPresent();
        assertThat(core.getModifiedProperty()).as(name).isPresent();
      }
      WordprocessingMLPackage loaded = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
      assertThat(loaded.getMainDocumentPart().getContent()).as(name).isNotEmpty();
      letters++;
    }
    assertThat(letters).as("letters of the public cases").isGreaterThanOrEqualTo(9);
    assertThat(errors).isEmpty();
  }

  /**
   * The part as a consumer reads it under ECMA-376 Part 3 (markup compatibility): an {@code mc:Ignorable}
   * attribute and what is in the namespaces it names are set aside before the Part 1 schemas apply.
   */
  private static org.w3c.dom.Document markupCompatible(byte[] part) throws Exception {
    javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    org.w3c.dom.Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(part));
    setAside(document.getDocumentElement(), new java.util.HashSet<>());
    return document;
  }

  private static void setAside(org.w3c.dom.Element element, java.util.Set<String> ignorable) {
    String mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    java.util.Set<String> here = new java.util.HashSet<>(ignorable);
    String prefixes = element.getAttributeNS(mc, "Ignorable");
    for (String prefix : prefixes.split("\\s+")) {
      if (!prefix.isEmpty()) {
        here.add(element.lookupNamespaceURI(prefix));
      }
    }
    element.removeAttributeNS(mc, "Ignorable");
    org.w3c.dom.NamedNodeMap attributes = element.getAttributes();
    for (int i = attributes.getLength() - 1; i >= 0; i--) {
      org.w3c.dom.Node a = attributes.item(i);
      if (a.getNamespaceURI() != null && here.contains(a.getNamespaceURI())) {
        element.removeAttributeNode((org.w3c.dom.Attr) a);
      }
    }
    for (org.w3c.dom.Node child = element.getFirstChild(); child != null; ) {
      org.w3c.dom.Node next = child.getNextSibling();
      if (child instanceof org.w3c.dom.Element e) {
        if (e.getNamespaceURI() != null && here.contains(e.getNamespaceURI())) {
          element.removeChild(e);
        } else {
          setAside(e, here);
        }
      }
      child = next;
    }
  }

  private static void validate(String letter, String part, XmlObject xml, List<String> errors) {
    List<XmlError> found = new ArrayList<>();
    XmlOptions options = new XmlOptions().setErrorListener(found);
    if (!xml.validate(options)) {
      for (XmlError error : found) {
        errors.add(letter + " " + part + ": " + error.getMessage());
      }
    }
  }
}
