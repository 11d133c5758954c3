package org.iepletters.samples.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class RenderInAServiceTest {

  @Test
  void serviceRendersTheDemandOfTheSampleCaseAsADocx() throws Exception {
    byte[] docx = new RenderInAService().demandLetter(Path.of("cases/speech-one-of-three.json"),
        LocalDate.of(2026, 11, 13));

    boolean hasDocument = false;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        hasDocument |= e.getName().equals("word/document.xml");
      }
    }
    assertThat(hasDocument).isTrue();
  }
}
