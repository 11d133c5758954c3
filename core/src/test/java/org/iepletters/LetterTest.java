package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterTest {

  private static final Letter LETTER = IepLetters.defaults().render(LetterKind.RECORDS_REQUEST,
      CaseFixtures.read("speech-one-of-three"), LocalDate.of(2026, 12, 4));

  @TempDir
  Path folder;

  @Test
  void writesTheDocxReadableByItsOwnerOnly() throws IOException {
    Path file = folder.resolve("records-request.docx");
    LETTER.writeTo(file);

    assertThat(Files.readAllBytes(file)).isEqualTo(LETTER.docx());
    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
    assertThat(filesIn(folder)).containsExactly("records-request.docx");
  }

  @Test
  void writeToReplacesAnExistingFile() throws IOException {
    Path file = folder.resolve("records-request.docx");
    Files.writeString(file, "old");
    LETTER.writeTo(file);

    assertThat(Files.readAllBytes(file)).isEqualTo(LETTER.docx());
  }

  @Test
  void writeToNewRefusesToReplaceAndLeavesTheFileAsItWas() throws IOException {
    Path file = folder.resolve("records-request.docx");
    Files.writeString(file, "old");

    assertThatThrownBy(() -> LETTER.writeToNew(file)).isInstanceOf(FileAlreadyExistsException.class);
    assertThat(Files.readString(file)).isEqualTo("old");
    assertThat(filesIn(folder)).containsExactly("records-request.docx");
  }

  @Test
  void writeToNewWritesWhenNothingIsThere() throws IOException {
    Path file = folder.resolve("records-request.docx");
    LETTER.writeToNew(file);

    assertThat(Files.readAllBytes(file)).isEqualTo(LETTER.docx());
    assertThat(filesIn(folder)).containsExactly("records-request.docx");
  }

  @Test
  void failedWriteLeavesNoPartialFile() throws IOException {
    // a non-empty folder where the file should go: the final move fails after the bytes are written
    Path target = folder.resolve("records-request.docx");
    Files.createDirectory(target);
    Files.writeString(target.resolve("keep.txt"), "x");

    assertThatThrownBy(() -> LETTER.writeTo(target)).isInstanceOf(IOException.class);
    assertThat(filesIn(folder)).containsExactly("records-request.docx");
    assertThat(Files.isDirectory(target)).isTrue();
  }

  /** Writes half the bytes to the temporary file, then fails as a full disk would. */
  private static final Letter.TempFileWriter FAILS_HALFWAY = (temp, bytes) -> {
    Files.write(temp, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    throw new IOException("No space left on device");
  };

  @Test
  void failureWhileWritingLeavesAnExistingFileUntouchedAndNoTemporaryFile() throws IOException {
    Path target = folder.resolve("records-request.docx");
    byte[] earlier = "an earlier letter, not to be lost".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Files.write(target, earlier);

    for (boolean replace : new boolean[] {true, false}) {
      // writeToNew refuses before it writes; writeTo fails half-way through the temporary file
      assertThatThrownBy(() -> LETTER.write(target, replace, FAILS_HALFWAY))
          .isInstanceOf(replace ? IOException.class : FileAlreadyExistsException.class);
      assertThat(Files.readAllBytes(target)).isEqualTo(earlier);
      assertThat(filesIn(folder)).containsExactly("records-request.docx");
    }
  }

  @Test
  void failureWhileWritingANewFileLeavesNoFileAtAll() throws IOException {
    Path target = folder.resolve("demand.docx");

    for (boolean replace : new boolean[] {true, false}) {
      assertThatThrownBy(() -> LETTER.write(target, replace, FAILS_HALFWAY)).isInstanceOf(IOException.class);
      assertThat(filesIn(folder)).isEmpty();
    }
  }

  @Test
  void docxIsADefensiveCopy() {
    LETTER.docx()[0] = 0;

    assertThat(LETTER.docx()[0]).isEqualTo((byte) 'P');
  }

  @Test
  void htmlAndTextPreviewTheSameLetter() {
    assertThat(LETTER.html()).contains("<table>", "<th>Service</th>", "<li>progress reports;</li>");
    assertThat(LETTER.text()).contains("Dear Percival Ng and Ambrose Kittredge:", "Holyoke, MA 01040");
    assertThat(LETTER.toString()).isEqualTo("Letter[records-request, " + LETTER.docx().length + " bytes]");
  }

  private static java.util.List<String> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
