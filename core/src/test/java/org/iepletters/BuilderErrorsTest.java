package org.iepletters;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A builder setting that cannot work fails at once, as an {@link IepLettersException} naming what it was given. */
class BuilderErrorsTest {

  @TempDir
  Path dir;

  @Test
  void missingTemplateFolderIsAnErrorNamingIt() {
    Path missing = dir.resolve("no-such-templates");
    assertThatThrownBy(() -> IepLetters.builder().templateFolder(missing))
        .isExactlyInstanceOf(IepLettersException.class)
        .hasMessage("the template folder " + missing + " does not exist or is not a folder");
  }

  @Test
  void aFileGivenAsTemplateFolderIsAnErrorNamingIt() throws IOException {
    Path file = Files.writeString(dir.resolve("demand.md.vm"), "Dear district,");
    assertThatThrownBy(() -> IepLetters.builder().templateFolder(file))
        .isExactlyInstanceOf(IepLettersException.class)
        .hasMessageContaining(file.toString());
  }

  @Test
  void unreadableReferenceDocumentIsALibraryExceptionNamingIt() {
    Path missing = dir.resolve("letterhead.docx");
    assertThatThrownBy(() -> IepLetters.builder().referenceDocx(missing))
        .isExactlyInstanceOf(IepLettersException.class)
        .hasMessage("cannot read the reference document " + missing)
        .hasCauseInstanceOf(IOException.class);
  }
}
