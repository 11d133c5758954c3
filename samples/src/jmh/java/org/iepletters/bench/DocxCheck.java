package org.iepletters.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A check run once before measuring, so that a benchmark never times a writer that produces
 * something other than the letter: the bytes open as a ZIP whose {@code word/document.xml} holds
 * the expected text and a repeated table header row.
 */
public final class DocxCheck {

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
    Map<String, String> parts = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        parts.put(entry.getName(), new String(zip.readAllBytes(), UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(writer + ": output is not a ZIP", e);
    }
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
}
