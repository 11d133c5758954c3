package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.iepletters.model.Case;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An organisation's template cannot run away or carry what a letter cannot hold: a runaway loop, a letter of
 * endless text, a character XML forbids, a Word document pulled in with {@code #include}. Each fails with a
 * {@link TemplateException} naming the template, line and column, before any letter exists.
 */
class TemplateLimitsTest {
  private static final String TEMPLATE = "records-request.md.vm";

  @TempDir
  Path folder;

  private static Case sample;
  private static LocalDate date;

  @BeforeAll
  static void readCase() {
    sample = CaseFixtures.read("speech-one-of-three");
    date = CaseFixtures.asOf("speech-one-of-three");
  }

  private TemplateException failure(String body) throws IOException {
    Files.writeString(folder.resolve(TEMPLATE), "Dear reader,\n\n" + body + "\n", StandardCharsets.UTF_8);
    IepLetters letters = IepLetters.builder().templateFolder(folder).build();
    try {
      letters.render(LetterKind.RECORDS_REQUEST, sample, date);
    } catch (TemplateException e) {
      return e;
    }
    throw new AssertionError("the template rendered");
  }

  @Test
  void aThirtyMillionStepLoopFailsAtItsLine() throws IOException {
    TemplateException e = failure("#foreach($i in [1..30000000])x#end");

    assertThat(e.template()).isEqualTo(TEMPLATE);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.getMessage()).contains("loops ran more than 1,000,000 times");
  }

  @Test
  void nestedLoopsCountTogether() throws IOException {
    TemplateException e = failure("Line two\n  #foreach($i in [1..2000])#foreach($j in [1..2000])y#end#end");

    assertThat(e.line()).isEqualTo(4);
    assertThat(e.getMessage()).contains("loops ran more than 1,000,000 times");
  }

  @Test
  void aLetterPastTheLengthLimitFailsAtTheLoopThatWroteIt() throws IOException {
    String hundredChars = "x".repeat(100);
    TemplateException e = failure("#foreach($i in [1..300000])" + hundredChars + "\n#end");

    assertThat(e.template()).isEqualTo(TEMPLATE);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.getMessage()).contains("the letter is longer than 20,000,000 characters");
  }

  @Test
  void textDoubledUntilItFillsTheMemoryFailsBeforeItIsWritten() throws IOException {
    TemplateException e = failure("#set($s = \"xxxxxxxxxx\")\n#foreach($i in [1..40])#set($s = \"$s$s\")#end\n$s");

    assertThat(e.template()).isEqualTo(TEMPLATE);
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.getMessage()).contains("builds more than 20,000,000 characters of text");
  }

  @Test
  void aVerticalTabInATemplateFailsAtItsLineAndColumn() throws IOException {
    TemplateException e = failure("First line\nSecond\u000Bline");

    assertThat(e.template()).isEqualTo(TEMPLATE);
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(7);
    assertThat(e.getMessage()).contains("a character that XML 1.0 forbids (U+000B)");
  }

  @Test
  void includingTheReferenceDocumentFailsBecauseItIsNotText() throws IOException {
    TemplateException e = failure("#include(\"reference.docx\")");

    assertThat(e.template()).isEqualTo("reference.docx");
    assertThat(e.line()).isPositive();
    assertThat(e.getMessage()).containsAnyOf("is not UTF-8 text", "a character that XML 1.0 forbids");
  }

  @Test
  void includingATextFileWithAFormFeedFails() throws IOException {
    Files.writeString(folder.resolve("footer.md"), "Page one\fPage two\n", StandardCharsets.UTF_8);

    TemplateException e = failure("#include(\"footer.md\")");

    assertThat(e.template()).isEqualTo("footer.md");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(9);
  }

  @Test
  void aLoopWithinTheLimitStillRenders() throws IOException {
    Files.writeString(folder.resolve(TEMPLATE), "Dear reader,\n\n#foreach($i in [1..1000])a#end\n");

    Letter letter = IepLetters.builder().templateFolder(folder).build()
        .render(LetterKind.RECORDS_REQUEST, sample, date);

    assertThat(letter.text()).contains("a".repeat(1000));
  }
}
