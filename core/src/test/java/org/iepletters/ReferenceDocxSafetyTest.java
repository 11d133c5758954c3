package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A reference document given by an organisation cannot read files, fill memory or hang the build: an XML
 * DOCTYPE or external entity in any part is refused without being read, and a file that is not a ZIP, is cut
 * short, or expands past the limits fails quickly with a clear {@link IepLettersException}.
 */
class ReferenceDocxSafetyTest {

  private static final String MARKER = "ZZMARKER-entity-file-content";

  @TempDir
  static Path work;

  private static Path markerFile;
  private static Map<String, byte[]> reference;

  @BeforeAll
  static void readBuiltInReference() throws IOException {
    markerFile = Files.writeString(work.resolve("marker.txt"), MARKER);
    try (InputStream in = IepLetters.class.getClassLoader()
        .getResourceAsStream("org/iepletters/templates/reference.docx")) {
      reference = DocxContent.parts(in.readAllBytes());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"word/styles.xml", "word/document.xml", "word/numbering.xml", "word/settings.xml",
      "[Content_Types].xml", "word/_rels/document.xml.rels"})
  void externalEntityInAnyPartIsRefusedUnread(String partName) throws IOException {
    assertThat(reference).containsKey(partName);
    String xml = new String(reference.get(partName), StandardCharsets.UTF_8);
    int rootStart = xml.indexOf('<', xml.startsWith("<?xml") ? xml.indexOf("?>") : 0);
    int rootNameEnd = rootStart + 1;
    while (!Character.isWhitespace(xml.charAt(rootNameEnd)) && xml.charAt(rootNameEnd) != '>') {
      rootNameEnd++;
    }
    String root = xml.substring(rootStart + 1, rootNameEnd);
    String doctype = "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + markerFile.toUri() + "\">]>";
    int rootOpenEnd = xml.indexOf('>', rootStart);
    String hostile = xml.substring(0, rootStart) + doctype + xml.substring(rootStart, rootOpenEnd + 1) + "&xxe;"
        + xml.substring(rootOpenEnd + 1);
    byte[] docx = zip(replaced(partName, hostile.getBytes(StandardCharsets.UTF_8)));

    assertThatThrownBy(() -> IepLetters.builder().referenceDocx(docx).build())
        .isInstanceOfSatisfying(IepLettersException.class, e -> {
          assertThat(e.getMessage()).contains("reference.docx", partName);
          assertThat(chain(e)).doesNotContain(MARKER);
        });
  }

  @Test
  void fileThatIsNotAZipIsRefused() {
    byte[] notZip = "Just some text, not a Word document at all.".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> IepLetters.builder().referenceDocx(notZip).build())
        .isInstanceOf(IepLettersException.class)
        .hasMessageContaining("reference.docx");
    assertThatThrownBy(() -> IepLetters.builder().referenceDocx(new byte[0]).build())
        .isInstanceOf(IepLettersException.class)
        .hasMessageContaining("reference.docx");
  }

  @Test
  void truncatedFileIsRefusedAtEveryLength() throws IOException {
    byte[] whole = zip(reference);
    // parts are read as they stream, so only a cut before the central directory loses content
    int directory = indexOf(whole, new byte[] {'P', 'K', 1, 2});
    for (int length : new int[] {10, 100, directory / 4, directory / 2, directory * 3 / 4, directory - 1}) {
      byte[] cut = Arrays.copyOf(whole, length);
      assertThatThrownBy(() -> IepLetters.builder().referenceDocx(cut).build())
          .as("cut to %d of %d bytes", length, whole.length)
          .isInstanceOf(IepLettersException.class)
          .hasMessageContaining("reference.docx");
    }
  }

  @Test
  void zipBombFailsQuicklyWithBoundedMemory() throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>(reference);
    byte[] bomb = zipWithZeros(parts, "word/media/image1.png", 200L << 20);
    assertThat(bomb.length).as("compressed size").isLessThan(1 << 20);

    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      long before = threads.getCurrentThreadAllocatedBytes();
      assertThatThrownBy(() -> IepLetters.builder().referenceDocx(bomb).build())
          .isInstanceOf(IepLettersException.class)
          .hasMessageContaining("reference.docx")
          .hasMessageContaining("MB");
      long allocated = threads.getCurrentThreadAllocatedBytes() - before;
      System.out.println("ReferenceDocxSafetyTest: a 200 MB entry was refused after allocating "
          + (allocated >> 20) + " MB");
      assertThat(allocated).as("bytes allocated while refusing").isLessThan(128L << 20);
    });
  }

  private static Map<String, byte[]> replaced(String name, byte[] content) {
    Map<String, byte[]> parts = new LinkedHashMap<>(reference);
    parts.put(name, content);
    return parts;
  }

  private static byte[] zip(Map<String, byte[]> parts) throws IOException {
    return zipWithZeros(parts, null, 0);
  }

  private static byte[] zipWithZeros(Map<String, byte[]> parts, String zerosName, long zeros) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
      if (zerosName != null) {
        zip.putNextEntry(new ZipEntry(zerosName));
        byte[] block = new byte[1 << 20];
        for (long written = 0; written < zeros; written += block.length) {
          zip.write(block);
        }
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] bytes, byte[] pattern) {
    for (int i = 0; i + pattern.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + pattern.length, pattern, 0, pattern.length)) {
        return i;
      }
    }
    throw new AssertionError("no central directory");
  }

  private static String chain(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t).append('\n');
    }
    return all.toString();
  }
}
