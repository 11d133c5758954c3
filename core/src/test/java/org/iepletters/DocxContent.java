package org.iepletters;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads a .docx back for assertions: its parts, and the text of its paragraphs as Word shows it. Tests only. */
public final class DocxContent {

  /** The WordprocessingML namespace. */
  public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private DocxContent() {}

  /** Every part of the package by name, in ZIP order. */
  public static Map<String, byte[]> parts(byte[] docx) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        parts.put(e.getName(), zip.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }

  /** One part as text. */
  public static String part(byte[] docx, String name) {
    byte[] part = parts(docx).get(name);
    if (part == null) {
      throw new AssertionError("no part " + name);
    }
    return new String(part, StandardCharsets.UTF_8);
  }

  /** A part parsed, namespace aware. */
  public static Document xml(byte[] docx, String name) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(part(docx, name).getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("cannot parse " + name, e);
    }
  }

  /** The text of each paragraph of the document, in order: a line break is a newline, a tab a tab. */
  public static List<String> paragraphs(byte[] docx) {
    NodeList ps = xml(docx, "word/document.xml").getElementsByTagNameNS(W, "p");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < ps.getLength(); i++) {
      StringBuilder s = new StringBuilder();
      collect(ps.item(i), s);
      texts.add(s.toString());
    }
    return texts;
  }

  private static void collect(Node node, StringBuilder s) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && W.equals(e.getNamespaceURI())) {
        switch (e.getLocalName()) {
          case "t" -> s.append(e.getTextContent());
          case "br" -> s.append(e.hasAttributeNS(W, "type") ? "\f" : "\n");
          case "tab" -> s.append('\t');
          default -> collect(e, s);
        }
      }
    }
  }
}
