package org.iepletters.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.iepletters.IepLettersException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The entries of an organisation's {@code reference.docx}, checked before docx4j sees them: a ZIP with at most
 * {@value #MAX_PARTS} entries of at most 20 MB each and 50 MB in all, entry names that stay inside the package
 * (no {@code ..} segment, no leading {@code /} or {@code \}, no drive letter), and every entry that holds XML
 * (whatever its name: the content decides) well-formed, without a DOCTYPE, at most {@value #MAX_DEPTH} elements
 * deep. Each failure is an {@link IepLettersException} naming the entry; the XML parser reports to an error
 * handler, so nothing reaches the console.
 */
final class ReferenceArchive {

  static final int MAX_PARTS = 1000;
  static final int MAX_DEPTH = 256;
  private static final int MAX_PART_BYTES = 20 << 20;
  private static final long MAX_TOTAL_BYTES = 50L << 20;
  private static final SAXParserFactory SAX = saxFactory();

  private final Map<String, byte[]> entries;

  private ReferenceArchive(Map<String, byte[]> entries) {
    this.entries = Collections.unmodifiableMap(entries);
  }

  /** Reads and checks the bytes of a reference document. */
  static ReferenceArchive read(byte[] docx) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entries.size() >= MAX_PARTS) {
          throw problem("it has more than " + MAX_PARTS + " parts");
        }
        String name = entry.getName();
        checkName(name);
        // a part's size is read from its expanded bytes, never trusted from the ZIP header
        byte[] part = zip.readNBytes(MAX_PART_BYTES + 1);
        total += part.length;
        if (part.length > MAX_PART_BYTES || total > MAX_TOTAL_BYTES) {
          throw problem("its parts expand to more than " + (MAX_PART_BYTES >> 20) + " MB each or "
              + (MAX_TOTAL_BYTES >> 20) + " MB in all");
        }
        if (entry.isDirectory()) {
          continue;
        }
        if (entries.putIfAbsent(name, part) != null) {
          throw problem("the part " + name + " appears twice");
        }
      }
    } catch (ZipException e) {
      throw new IepLettersException("reference.docx is not a readable .docx file (not a ZIP, or damaged)", e);
    } catch (IOException e) {
      throw new IepLettersException("reference.docx is not a readable .docx file", e);
    }
    if (entries.isEmpty()) {
      throw problem("it is empty or not a ZIP file");
    }
    for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
      if (looksLikeXml(entry.getValue()) || isXmlName(entry.getKey())) {
        checkXml(entry.getKey(), entry.getValue());
      }
    }
    return new ReferenceArchive(entries);
  }

  /** The entries by name, in the order of the file. */
  Map<String, byte[]> entries() {
    return entries;
  }

  /** A ZIP of the given entries, for docx4j to load. */
  static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void checkName(String name) {
    boolean escapes = name.isEmpty() || name.startsWith("/") || name.startsWith("\\") || name.contains("\\")
        || (name.length() > 1 && name.charAt(1) == ':') || name.indexOf('\0') >= 0;
    for (String segment : name.split("/", -1)) {
      if (segment.equals("..") || segment.equals(".")) {
        escapes = true;
      }
    }
    if (escapes) {
      throw problem("a part's name points outside the package (" + printable(name) + ")");
    }
  }

  /** The name as it may appear in a message: at most 100 printable ASCII characters. */
  static String printable(String name) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < name.length() && s.length() < 100; i++) {
      char c = name.charAt(i);
      s.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return s.toString();
  }

  private static boolean isXmlName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml");
  }

  /** Whether the bytes open, after a byte order mark and white space, with {@code <}. */
  private static boolean looksLikeXml(byte[] part) {
    int i = 0;
    if (part.length >= 3 && (part[0] & 0xff) == 0xef && (part[1] & 0xff) == 0xbb && (part[2] & 0xff) == 0xbf) {
      i = 3;
    } else if (part.length >= 2 && ((part[0] & 0xff) == 0xfe || (part[0] & 0xff) == 0xff)) {
      return true; // UTF-16 text
    }
    while (i < part.length && (part[i] == ' ' || part[i] == '\t' || part[i] == '\r' || part[i] == '\n')) {
      i++;
    }
    return i < part.length && part[i] == '<';
  }

  private static void checkXml(String name, byte[] part) {
    try {
      SAXParser parser = SAX.newSAXParser();
      parser.parse(new ByteArrayInputStream(part), new DefaultHandler() {
        private int depth;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
            throws SAXException {
          if (++depth > MAX_DEPTH) {
            throw new SAXException("elements nested more than " + MAX_DEPTH + " deep");
          }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
          depth--;
        }

        @Override
        public void warning(SAXParseException e) {
          // a warning does not stop the document
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      });
    } catch (SAXException e) {
      String why = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
          ? "holds a DOCTYPE, which a letter may not carry"
          : e.getMessage() != null && e.getMessage().startsWith("elements nested")
              ? "has elements nested more than " + MAX_DEPTH + " deep"
              : "is not well-formed XML";
      throw new IepLettersException("reference.docx: " + printable(name) + " " + why, e);
    } catch (IOException e) {
      throw new IepLettersException("reference.docx: " + printable(name) + " cannot be read", e);
    } catch (ParserConfigurationException e) {
      throw new IepLettersException("no XML parser available to read reference.docx", e);
    }
  }

  private static SAXParserFactory saxFactory() {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      return factory;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IepLettersException("no XML parser available to read reference.docx", e);
    }
  }

  static IepLettersException problem(String what) {
    return new IepLettersException("reference.docx cannot style letters: " + what);
  }
}
