package org.iepletters.samples.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.iepletters.IepLetters;
import org.iepletters.LetterKind;
import org.iepletters.io.CaseFiles;
import org.iepletters.model.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomLetterheadTest {

  private static final Case SPEECH = CaseFiles.read(Path.of("cases/speech-one-of-three.json"));
  private static final LocalDate DATE = LocalDate.of(2026, 11, 13);

  @Test
  void organisationTemplateReplacesTheBuiltInAndOthersFallBack(@TempDir Path dir) throws Exception {
    Path reference = dir.resolve("reference.docx");
    try (InputStream builtIn = IepLetters.class.getResourceAsStream("/org/iepletters/templates/reference.docx")) {
      Files.write(reference, builtIn.readAllBytes());
    }
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(templates.resolve("records-request.md.vm"), """
        #letterHead()
        The Example Parent Network asks, for $letter.re.studentName, for the whole student record.

        #signOff()
        """);

    IepLetters letters = CustomLetterhead.organisationLetters(reference, templates);

    assertThat(letters.render(LetterKind.RECORDS_REQUEST, SPEECH, DATE).text())
        .contains("The Example Parent Network asks, for Theo Example-Quill, for the whole student record.");
    assertThat(letters.render(LetterKind.DEMAND, SPEECH, DATE).text())
        .contains("34 CFR 300.323(c)(2)");
  }
}
