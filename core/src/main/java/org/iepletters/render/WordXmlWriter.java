package org.iepletters.render;

import java.util.Arrays;

/**
 * Writes the XML of one WordprocessingML part into a buffer, with nothing left to chance: no pretty
 * printing, no comment, the namespaces {@code w} and {@code r} declared once on the root element.
 *
 * <p>Element and attribute names are given with their prefix ({@code w:p}, {@code xml:space}). An element
 * with no content closes as {@code <w:p/>}. Text and attribute values are escaped as JAXB's XML stream
 * output escapes them, so the parts read the same as when docx4j's objects were marshalled.
 */
final class WordXmlWriter {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private final StringBuilder out;
  private String[] open = new String[16];
  private int depth;
  private boolean startTagOpen;

  WordXmlWriter(StringBuilder out) {
    this.out = out;
  }

  /** Opens the root element, declaring {@code w} and {@code r}. */
  WordXmlWriter root(String name) {
    start(name);
    out.append(" xmlns:w=\"").append(W).append("\" xmlns:r=\"").append(R).append('"');
    return this;
  }

  /** Opens an element; attributes may follow until content is written. */
  WordXmlWriter start(String name) {
    closeStartTag();
    if (depth == open.length) {
      open = Arrays.copyOf(open, depth * 2);
    }
    open[depth++] = name;
    out.append('<').append(name);
    startTagOpen = true;
    return this;
  }

  /** An attribute of the element just opened. */
  WordXmlWriter attribute(String name, String value) {
    out.append(' ').append(name).append("=\"");
    escape(value, true);
    out.append('"');
    return this;
  }

  /** An attribute with a number for value. */
  WordXmlWriter attribute(String name, int value) {
    out.append(' ').append(name).append("=\"").append(value).append('"');
    return this;
  }

  /** An element with no attribute and no content. */
  WordXmlWriter empty(String name) {
    return start(name).end();
  }

  /** An element with one attribute {@code w:val} and no content. */
  WordXmlWriter value(String name, String val) {
    return start(name).attribute("w:val", val).end();
  }

  /** Closes the innermost open element. */
  WordXmlWriter end() {
    String name = open[--depth];
    if (startTagOpen) {
      out.append("/>");
      startTagOpen = false;
    } else {
      out.append("</").append(name).append('>');
    }
    return this;
  }

  /** Text content, escaped. */
  WordXmlWriter text(String text) {
    closeStartTag();
    escape(text, false);
    return this;
  }

  /** Well-formed XML written as it is, inside the element open. */
  WordXmlWriter raw(String xml) {
    closeStartTag();
    out.append(xml);
    return this;
  }

  private void closeStartTag() {
    if (startTagOpen) {
      out.append('>');
      startTagOpen = false;
    }
  }

  private void escape(String s, boolean attribute) {
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String replacement = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> attribute ? "&quot;" : null;
        case '\n' -> attribute ? "&#10;" : null;
        case '\r' -> "&#13;";
        case '\t' -> attribute ? "&#9;" : null;
        default -> null;
      };
      if (replacement != null) {
        out.append(s, from, i).append(replacement);
        from = i + 1;
      }
    }
    out.append(s, from, s.length());
  }
}
