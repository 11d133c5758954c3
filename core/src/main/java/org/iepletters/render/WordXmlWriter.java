package org.iepletters.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javax.xml.namespace.NamespaceContext;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the XML of one WordprocessingML part, for JAXB to marshal into, with nothing left to chance:
 * no pretty printing, no comment, the same namespace declarations in the same order every time.
 *
 * <p>The root element declares {@code w} and {@code r}; JAXB's own declarations (every namespace its
 * context knows, in an order that can vary) are ignored, and any other namespace an element or
 * attribute uses is declared where it is used. Prefixes follow the namespace, not JAXB's choice.
 * Raw XML may be written just before a given element closes ({@link #insertBeforeEnd}), which is how
 * the reference document's section properties reach each letter unchanged.
 */
final class WordXmlWriter implements XMLStreamWriter {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String XML = "http://www.w3.org/XML/1998/namespace";

  private final StringBuilder out;
  private final StringBuilder pendingDeclarations = new StringBuilder();
  private final Deque<String> open = new ArrayDeque<>();
  private final Deque<Map<String, String>> localScopes = new ArrayDeque<>();
  private boolean startTagOpen;
  private String insertBeforeEndOf;
  private String inserted;

  WordXmlWriter(StringBuilder out) {
    this.out = out;
  }

  /** Writes {@code xml} just before the first element named {@code qualifiedName} closes. */
  void insertBeforeEnd(String qualifiedName, String xml) {
    this.insertBeforeEndOf = qualifiedName;
    this.inserted = xml;
  }

  @Override
  public void writeStartElement(String prefix, String localName, String namespaceURI) {
    closeStartTag();
    localScopes.push(new HashMap<>(2));
    String name = qualified(prefix, namespaceURI, localName);
    out.append('<').append(name).append(pendingDeclarations);
    pendingDeclarations.setLength(0);
    if (open.isEmpty()) {
      out.append(" xmlns:w=\"").append(W).append("\" xmlns:r=\"").append(R).append('"');
    }
    open.push(name);
    startTagOpen = true;
  }

  @Override
  public void writeStartElement(String namespaceURI, String localName) {
    writeStartElement("", localName, namespaceURI);
  }

  @Override
  public void writeStartElement(String localName) {
    writeStartElement("", localName, "");
  }

  @Override
  public void writeAttribute(String prefix, String namespaceURI, String localName, String value) {
    String name = qualified(prefix, namespaceURI, localName);
    out.append(pendingDeclarations).append(' ').append(name).append("=\"");
    pendingDeclarations.setLength(0);
    escape(value, true);
    out.append('"');
  }

  @Override
  public void writeAttribute(String namespaceURI, String localName, String value) {
    writeAttribute("", namespaceURI, localName, value);
  }

  @Override
  public void writeAttribute(String localName, String value) {
    writeAttribute("", "", localName, value);
  }

  @Override
  public void writeNamespace(String prefix, String namespaceURI) {
    // declarations are this writer's business: see the class comment
  }

  @Override
  public void writeDefaultNamespace(String namespaceURI) {
    // as above
  }

  @Override
  public void writeEndElement() {
    String name = open.pop();
    if (name.equals(insertBeforeEndOf)) {
      closeStartTag();
      out.append(inserted);
      insertBeforeEndOf = null;
    }
    if (startTagOpen) {
      out.append("/>");
      startTagOpen = false;
    } else {
      out.append("</").append(name).append('>');
    }
    localScopes.pop();
  }

  @Override
  public void writeCharacters(String text) {
    closeStartTag();
    escape(text, false);
  }

  @Override
  public void writeCharacters(char[] text, int start, int len) {
    writeCharacters(new String(text, start, len));
  }

  private String qualified(String suggested, String uri, String localName) {
    if (uri == null || uri.isEmpty()) {
      return localName;
    }
    String prefix = switch (uri) {
      case W -> "w";
      case R -> "r";
      case XML -> "xml";
      default -> declaredLocally(suggested, uri);
    };
    return prefix + ':' + localName;
  }

  private String declaredLocally(String suggested, String uri) {
    for (Map<String, String> scope : localScopes) {
      String known = scope.get(uri);
      if (known != null) {
        return known;
      }
    }
    String prefix = suggested == null || suggested.isEmpty() || suggested.equals("w") || suggested.equals("r")
        ? "ns" + localScopes.size()
        : suggested;
    localScopes.peek().put(uri, prefix);
    pendingDeclarations.append(" xmlns:").append(prefix).append("=\"").append(uri).append('"');
    return prefix;
  }

  private void closeStartTag() {
    if (startTagOpen) {
      out.append('>');
      startTagOpen = false;
    }
  }

  private void escape(String s, boolean attribute) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\r' -> out.append("&#13;");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        default -> out.append(c);
      }
    }
  }

  @Override
  public void writeEmptyElement(String namespaceURI, String localName) {
    writeStartElement(namespaceURI, localName);
    writeEndElement();
  }

  @Override
  public void writeEmptyElement(String prefix, String localName, String namespaceURI) {
    writeStartElement(prefix, localName, namespaceURI);
    writeEndElement();
  }

  @Override
  public void writeEmptyElement(String localName) {
    writeStartElement(localName);
    writeEndElement();
  }

  @Override
  public void writeEndDocument() {
    while (!open.isEmpty()) {
      writeEndElement();
    }
  }

  @Override
  public void close() {
    // the caller owns the buffer
  }

  @Override
  public void flush() {
    // nothing buffered
  }

  @Override
  public void writeComment(String data) {
    // parts carry no comments
  }

  @Override
  public void writeProcessingInstruction(String target) {
    throw new UnsupportedOperationException("processing instruction");
  }

  @Override
  public void writeProcessingInstruction(String target, String data) {
    throw new UnsupportedOperationException("processing instruction");
  }

  @Override
  public void writeCData(String data) {
    writeCharacters(data);
  }

  @Override
  public void writeDTD(String dtd) {
    throw new UnsupportedOperationException("DTD");
  }

  @Override
  public void writeEntityRef(String name) {
    throw new UnsupportedOperationException("entity reference");
  }

  @Override
  public void writeStartDocument() {
    // the caller writes the XML declaration
  }

  @Override
  public void writeStartDocument(String version) {
    // as above
  }

  @Override
  public void writeStartDocument(String encoding, String version) {
    // as above
  }

  @Override
  public String getPrefix(String uri) {
    return null;
  }

  @Override
  public void setPrefix(String prefix, String uri) {
    // prefixes follow the namespace
  }

  @Override
  public void setDefaultNamespace(String uri) {
    // no default namespace
  }

  @Override
  public void setNamespaceContext(NamespaceContext context) {
    // prefixes follow the namespace
  }

  @Override
  public NamespaceContext getNamespaceContext() {
    return null;
  }

  @Override
  public Object getProperty(String name) {
    throw new IllegalArgumentException(name);
  }
}
