package org.iepletters.samples.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.iepletters.Letter;
import org.iepletters.LetterKind;
import org.iepletters.io.CaseFiles;
import org.iepletters.model.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterWithLogoTest {

  private static final Case SPEECH = CaseFiles.read(Path.of("cases/speech-one-of-three.json"));
  private static final LocalDate DATE = LocalDate.of(2026, 11, 13);

  @Test
  void theLogoIsInTheWrittenFileBeforeTheLetterText(@TempDir Path dir) throws Exception {
    byte[] logo = LetterWithLogo.placeholderLogo();
    Letter letter = LetterWithLogo.lettersWithLogo(logo).render(LetterKind.DEMAND, SPEECH, DATE);
    Path file = dir.resolve("demand.docx");
    letter.writeTo(file);

    Map<String, byte[]> parts = unzip(Files.readAllBytes(file));
    assertThat(parts.entrySet())
        .anySatisfy(part -> {
          assertThat(part.getKey()).startsWith("word/media/").endsWith(".png");
          assertThat(part.getValue()).isEqualTo(logo);
        });
    String document = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
    String rels = new String(parts.get("word/_rels/document.xml.rels"), StandardCharsets.UTF_8);
    assertThat(document.indexOf("<w:drawing>")).isPositive().isLessThan(document.indexOf("Example-Quill"));
    assertThat(document).contains("descr=\"Example Parent Network\"");
    assertThat(rels).contains("relationships/image").contains("media/");
    assertThat(new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8)).contains("image/png");
    assertThat(letter.wordprocessingPackage().getMainDocumentPart().getXML()).contains("<w:drawing>");
  }

  @Test
  void theSameLetterGivesTheSameBytes() throws Exception {
    byte[] logo = LetterWithLogo.placeholderLogo();
    byte[] first = LetterWithLogo.lettersWithLogo(logo).render(LetterKind.DEMAND, SPEECH, DATE).docx();
    byte[] second = LetterWithLogo.lettersWithLogo(logo).render(LetterKind.DEMAND, SPEECH, DATE).docx();
    assertThat(first).isEqualTo(second);
  }

  private static Map<String, byte[]> unzip(byte[] docx) throws IOException {
    Map<String, byte[]> parts = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        parts.put(entry.getName(), zip.readAllBytes());
      }
    }
    return parts;
  }
}
