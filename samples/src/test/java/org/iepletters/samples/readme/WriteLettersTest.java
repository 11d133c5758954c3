package org.iepletters.samples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iepletters.LetterKind;
import org.iepletters.io.CaseFiles;
import org.iepletters.model.Case;
import org.iepletters.plan.Applicability;
import org.iepletters.plan.Situation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Java example is this class, character for character, and it does what the README says. */
class WriteLettersTest {

  private static final Path SOURCE = Path.of("src/readme/java/org/iepletters/samples/readme/WriteLetters.java");
  private static final Path CASE = Path.of("cases/speech-one-of-three.json");
  private static final LocalDate DATE = LocalDate.of(2026, 11, 13);

  @TempDir
  Path dir;

  @Test
  void theReadmeShowsTheExampleExactlyAsItIsCompiled() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("From `samples/" + Pattern.quote(SOURCE.toString().replace('\\', '/'))
        + "`.*?\\n```java\\n(.*?)```\\n", Pattern.DOTALL).matcher(readme);

    assertThat(block.find()).as("the README names the example's file and shows it in a java block").isTrue();
    assertThat(block.group(1)).isEqualTo(Files.readString(SOURCE, StandardCharsets.UTF_8));
  }

  @Test
  void writesEveryLetterThatAppliesAndNoOther() throws IOException {
    WriteLetters.Written written = WriteLetters.write(CASE, DATE, dir.resolve("letters"));

    Case c = CaseFiles.read(CASE);
    List<Path> expected = Arrays.stream(LetterKind.values())
        .filter(kind -> Applicability.check(kind, c, DATE).isEmpty())
        .map(kind -> dir.resolve("letters").resolve(kind.cliName() + ".docx"))
        .toList();
    assertThat(written.letters()).isEqualTo(expected)
        .extracting(p -> p.getFileName().toString())
        .containsExactly("records-request.docx", "demand.docx", "prs-complaint.docx", "team-meeting-request.docx",
            "bsea-mediation-request.docx", "bsea-hearing-request.docx");
    assertThat(written.letters()).allSatisfy(p -> assertThat(Files.size(p)).isGreaterThan(1000));
    assertThat(written.owedMinutes()).isEqualTo(324);
    assertThat(written.situations()).contains(Situation.NON_IMPLEMENTATION);
  }
}
