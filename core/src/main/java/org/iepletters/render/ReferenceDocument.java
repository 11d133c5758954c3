package org.iepletters.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.iepletters.IepLettersException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * What a letter takes from {@code reference.docx}, read once: the parts copied into every letter
 * (styles, settings, fonts, theme, footer...), the style ids the mapper uses, list numbering, and the
 * section properties (page size, margins, footer) of its body.
 */
final class ReferenceDocument {

  static final String CONTENT_TYPES = "[Content_Types].xml";
  static final String PACKAGE_RELS = "_rels/.rels";
  static final String CORE_PROPERTIES = "docProps/core.xml";
  static final String DOCUMENT = "word/document.xml";
  static final String NUMBERING = "word/numbering.xml";
  private static final String STYLES = "word/styles.xml";
  private static final String CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
  /** Limits that keep a hostile reference (a ZIP bomb) from filling memory; a real one is far smaller. */
  private static final int MAX_PARTS = 1000;
  private static final int MAX_PART_BYTES = 20 << 20;
  private static final long MAX_TOTAL_BYTES = 50L << 20;
  private static final Pattern XML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

  /** The parts copied into every letter as they are, by name, in name order. */
  final Map<String, byte[]> keptParts = new TreeMap<>();
  final String contentTypesXml;
  final String headingStyle1;
  final String headingStyle2;
  final String headingStyle3;
  final String listParagraphStyle;
  final String tableStyle;
  final String bulletNumId;
  final String decimalAbstractNumId;
  final int firstFreeNumId;
  /** numbering.xml split where the numbering instances of each letter go. */
  final String numberingHead;
  final String numberingTail;
  final String numberingPrefix;
  /** The body's section properties, with prefixes {@code w} and {@code r}. */
  final String sectionPropertiesXml;
  /** The width between the margins, in twentieths of a point. */
  final int textWidth;

  ReferenceDocument(byte[] docx) {
    Map<String, byte[]> parts = unzip(docx);
    DocumentBuilder xml = parser();
    byte[] styles = required(parts, STYLES);
    byte[] numbering = required(parts, NUMBERING);
    byte[] document = required(parts, DOCUMENT);
    byte[] contentTypes = required(parts, CONTENT_TYPES);

    Element stylesRoot = parse(xml, styles, STYLES);
    headingStyle1 = styleId(stylesRoot, "paragraph", "heading 1");
    headingStyle2 = styleId(stylesRoot, "paragraph", "heading 2");
    headingStyle3 = styleId(stylesRoot, "paragraph", "heading 3");
    listParagraphStyle = styleId(stylesRoot, "paragraph", "List Paragraph");
    tableStyle = styleId(stylesRoot, "table", "Letter Table");

    Element numberingRoot = parse(xml, numbering, NUMBERING);
    String bulletAbstract = abstractNumId(numberingRoot, "bullet");
    decimalAbstractNumId = abstractNumId(numberingRoot, "decimal");
    String bulletNum = null;
    int maxNumId = 0;
    for (Element num : children(numberingRoot, "num")) {
      int id = Integer.parseInt(num.getAttributeNS(WordXmlWriter.W, "numId"));
      maxNumId = Math.max(maxNumId, id);
      String abstractId = children(num, "abstractNumId").get(0).getAttributeNS(WordXmlWriter.W, "val");
      if (bulletNum == null && abstractId.equals(bulletAbstract)) {
        bulletNum = String.valueOf(id);
      }
    }
    if (bulletNum == null) {
      throw problem("its bullet list numbering is not used by any numbering instance");
    }
    bulletNumId = bulletNum;
    firstFreeNumId = maxNumId + 1;
    String numberingText = withoutComments(numbering);
    numberingPrefix = numberingRoot.getPrefix() == null ? "" : numberingRoot.getPrefix() + ":";
    int cut = numberingText.indexOf("<" + numberingPrefix + "numIdMacAtCleanup");
    if (cut < 0) {
      cut = numberingText.lastIndexOf("</" + numberingPrefix + "numbering>");
    }
    numberingHead = numberingText.substring(0, cut);
    numberingTail = numberingText.substring(cut);

    Element body = children(parse(xml, document, DOCUMENT), "body").get(0);
    List<Element> sections = children(body, "sectPr");
    if (sections.isEmpty()) {
      throw problem("its body has no section properties (page size and margins)");
    }
    Element section = sections.get(sections.size() - 1);
    StringBuilder sectPr = new StringBuilder();
    serialise(section, sectPr);
    sectionPropertiesXml = sectPr.toString();
    textWidth = textWidth(section);

    for (Map.Entry<String, byte[]> part : parts.entrySet()) {
      String name = part.getKey();
      if (name.equals(CONTENT_TYPES) || name.equals(PACKAGE_RELS) || name.startsWith("docProps/")
          || name.equals(DOCUMENT) || name.equals(NUMBERING) || name.endsWith("/")) {
        continue;
      }
      boolean isXml = name.endsWith(".xml") || name.endsWith(".rels");
      if (isXml) {
        // copied into every letter: it must be well-formed, with no DOCTYPE that a word processor could resolve
        parse(xml, part.getValue(), name);
      }
      keptParts.put(name, isXml ? withoutComments(part.getValue()).getBytes(StandardCharsets.UTF_8) : part.getValue());
    }
    contentTypesXml = contentTypes(parse(xml, contentTypes, CONTENT_TYPES));
  }

  private String contentTypes(Element root) {
    Map<String, String> defaults = new TreeMap<>();
    Map<String, String> overrides = new TreeMap<>();
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && "Default".equals(e.getLocalName())) {
        defaults.put(e.getAttribute("Extension").toLowerCase(Locale.ROOT), e.getAttribute("ContentType"));
      } else if (n instanceof Element e && "Override".equals(e.getLocalName())) {
        String part = e.getAttribute("PartName");
        String name = part.startsWith("/") ? part.substring(1) : part;
        if (keptParts.containsKey(name) || name.equals(DOCUMENT) || name.equals(NUMBERING)) {
          overrides.put(part, e.getAttribute("ContentType"));
        }
      }
    }
    defaults.put("rels", "application/vnd.openxmlformats-package.relationships+xml");
    defaults.putIfAbsent("xml", "application/xml");
    overrides.put("/" + CORE_PROPERTIES, "application/vnd.openxmlformats-package.core-properties+xml");
    if (!overrides.containsKey("/" + DOCUMENT)) {
      throw problem("its content types do not name the main document");
    }
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
        .append("<Types xmlns=\"").append(CT_NS).append("\">");
    defaults.forEach((ext, type) -> out.append("<Default Extension=\"").append(attribute(ext))
        .append("\" ContentType=\"").append(attribute(type)).append("\"/>"));
    overrides.forEach((part, type) -> out.append("<Override PartName=\"").append(attribute(part))
        .append("\" ContentType=\"").append(attribute(type)).append("\"/>"));
    return out.append("</Types>").toString();
  }

  private static int textWidth(Element section) {
    List<Element> size = children(section, "pgSz");
    List<Element> margins = children(section, "pgMar");
    try {
      int page = Integer.parseInt(size.get(0).getAttributeNS(WordXmlWriter.W, "w"));
      int left = Integer.parseInt(margins.get(0).getAttributeNS(WordXmlWriter.W, "left"));
      int right = Integer.parseInt(margins.get(0).getAttributeNS(WordXmlWriter.W, "right"));
      return page - left - right;
    } catch (RuntimeException e) {
      return 9360; // US Letter with one-inch margins
    }
  }

  private static String styleId(Element styles, String type, String name) {
    for (Element style : children(styles, "style")) {
      List<Element> names = children(style, "name");
      if (type.equals(style.getAttributeNS(WordXmlWriter.W, "type")) && !names.isEmpty()
          && name.equalsIgnoreCase(names.get(0).getAttributeNS(WordXmlWriter.W, "val"))) {
        return style.getAttributeNS(WordXmlWriter.W, "styleId");
      }
    }
    throw problem("it has no " + type + " style named \"" + name + "\"");
  }

  private static String abstractNumId(Element numbering, String format) {
    for (Element abstractNum : children(numbering, "abstractNum")) {
      for (Element level : children(abstractNum, "lvl")) {
        List<Element> numFmt = children(level, "numFmt");
        if ("0".equals(level.getAttributeNS(WordXmlWriter.W, "ilvl")) && !numFmt.isEmpty()
            && format.equals(numFmt.get(0).getAttributeNS(WordXmlWriter.W, "val"))) {
          return abstractNum.getAttributeNS(WordXmlWriter.W, "abstractNumId");
        }
      }
    }
    throw problem("it defines no " + format + " list numbering");
  }

  /** Writes an element with prefixes {@code w} and {@code r}, declaring any other namespace where it is used. */
  private static void serialise(Element e, StringBuilder out) {
    String name = prefixed(e.getNamespaceURI(), e.getPrefix(), e.getLocalName(), e, out);
    out.append('<').append(name);
    NamedNodeMap attributes = e.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr a = (Attr) attributes.item(i);
      if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
        continue;
      }
      String attributeName = a.getNamespaceURI() == null ? a.getLocalName()
          : prefixed(a.getNamespaceURI(), a.getPrefix(), a.getLocalName(), e, out);
      out.append(' ').append(attributeName).append("=\"").append(attribute(a.getValue())).append('"');
    }
    boolean empty = true;
    for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element) {
        if (empty) {
          out.append('>');
          empty = false;
        }
        serialise(element, out);
      }
    }
    out.append(empty ? "/>" : "</" + name + ">");
  }

  private static String prefixed(String uri, String prefix, String localName, Element owner, StringBuilder out) {
    if (WordXmlWriter.W.equals(uri)) {
      return "w:" + localName;
    }
    if (WordXmlWriter.R.equals(uri)) {
      return "r:" + localName;
    }
    // rare in section properties: keep the prefix and declare it on the element that uses it
    String p = prefix == null ? "ns0" : prefix;
    owner.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:" + p, uri);
    return p + ":" + localName;
  }

  static String attribute(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && WordXmlWriter.W.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  private static String withoutComments(byte[] xml) {
    return XML_COMMENT.matcher(new String(xml, StandardCharsets.UTF_8)).replaceAll("");
  }

  private static Map<String, byte[]> unzip(byte[] docx) {
    Map<String, byte[]> parts = new TreeMap<>();
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (parts.size() >= MAX_PARTS) {
          throw problem("it has more than " + MAX_PARTS + " parts");
        }
        // a part's size is read from its expanded bytes, never trusted from the ZIP header
        byte[] part = zip.readNBytes(MAX_PART_BYTES + 1);
        total += part.length;
        if (part.length > MAX_PART_BYTES || total > MAX_TOTAL_BYTES) {
          throw problem("its parts expand to more than " + (MAX_PART_BYTES >> 20) + " MB each or "
              + (MAX_TOTAL_BYTES >> 20) + " MB in all");
        }
        parts.put(entry.getName(), part);
      }
    } catch (IOException e) {
      throw new IepLettersException("reference.docx is not a readable .docx file", e);
    }
    if (parts.isEmpty()) {
      throw problem("it is empty or not a ZIP file");
    }
    return parts;
  }

  private static byte[] required(Map<String, byte[]> parts, String name) {
    byte[] part = parts.get(name);
    if (part == null) {
      throw problem("it has no " + name);
    }
    return part;
  }

  private static DocumentBuilder parser() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IepLettersException("no XML parser available to read reference.docx", e);
    }
  }

  private static Element parse(DocumentBuilder xml, byte[] part, String name) {
    try {
      Document document = xml.parse(new ByteArrayInputStream(part));
      return document.getDocumentElement();
    } catch (SAXException | IOException e) {
      throw new IepLettersException("reference.docx: " + name + " is not well-formed XML", e);
    }
  }

  private static IepLettersException problem(String what) {
    return new IepLettersException("reference.docx cannot style letters: " + what);
  }
}
