package org.iepletters.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A check run once before measuring, so that a benchmark never times a writer that produces
 * something other than the letter: the bytes open as a ZIP whose {@code word/document.xml} holds
 * the expected text and a repeated table header row.
 */
public final class DocxCheck {

  private static final String WML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private DocxCheck() {}

  /**
   * Fails unless the bytes are a {@code .docx} package with the given text in its main document.
   *
   * @param writer names the writer in the failure message
   * @param docx the package's bytes
   * @param expectedText text the document must contain, as it appears in the XML
   * @throws IllegalStateException when the package is not what a letter must be
   */
  public static void requireLetter(String writer, byte[] docx, String... expectedText) {
    Map<String, String> parts = parts(writer, docx);
    for (String name : new String[] {"[Content_Types].xml", "word/styles.xml", "word/numbering.xml"}) {
      if (!parts.containsKey(name)) {
        throw new IllegalStateException(writer + ": no " + name);
      }
    }
    String document = parts.get("word/document.xml");
    if (document == null) {
      throw new IllegalStateException(writer + ": no word/document.xml");
    }
    if (!document.contains("tblHeader")) {
      throw new IllegalStateException(writer + ": the table has no repeated header row");
    }
    for (String text : expectedText) {
      if (!document.contains(text)) {
        throw new IllegalStateException(writer + ": word/document.xml lacks \"" + text + "\"");
      }
    }
  }

  /**
   * Fails unless the bytes are a letter whose text, run after run through the whole main document, is the
   * product's: the same words in the same order, whatever the runs and paragraphs around them.
   *
   * @param writer names the writer in the failure message
   * @param docx the package's bytes
   * @param product the product's package of the same letter
   * @throws IllegalStateException when the texts differ
   */
  public static void requireSameText(String writer, byte[] docx, byte[] product) {
    requireLetter(writer, docx);
    String text = text(parts(writer, docx).get("word/document.xml"));
    String expected = text(parts("the product", product).get("word/document.xml"));
    if (!text.equals(expected)) {
      int at = 0;
      while (at < Math.min(text.length(), expected.length()) && text.charAt(at) == expected.charAt(at)) {
        at++;
      }
      throw new IllegalStateException(writer + ": the text differs from the product's letter at character " + at
          + " of " + expected.length());
    }
  }

  /** The content of every {@code w:t} element of a main document, in document order. */
  private static String text(String documentXml) {
    StringBuilder text = new StringBuilder();
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.newSAXParser().parse(new InputSource(new StringReader(documentXml)), new DefaultHandler() {
        private boolean inText;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
          inText = WML.equals(uri) && localName.equals("t");
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
          inText = false;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
          if (inText) {
            text.append(ch, start, length);
          }
        }
      });
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalStateException("word/document.xml is not well-formed", e);
    }
    return text.toString();
  }

  private static Map<String, String> parts(String writer, byte[] docx) {
    Map<String, String> parts = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        parts.put(entry.getName(), new String(zip.readAllBytes(), UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(writer + ": output is not a ZIP", e);
    }
    return parts;
  }
}
