package org.iepletters.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.iepletters.LetterKind;
import org.iepletters.TemplateException;
import org.iepletters.CaseFixtures;
import org.iepletters.letters.LetterView;
import org.iepletters.letters.LetterViews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterTemplatesTest {

  private static final Path BUILT_IN = Path.of("../templates/src/main/resources/org/iepletters/templates");
  private static final LetterView VIEW = LetterViews.of(LetterKind.RECORDS_REQUEST,
      CaseFixtures.read("speech-one-of-three"), LocalDate.of(2026, 12, 4));

  @TempDir
  Path folder;

  private String render(String template) throws IOException {
    Files.writeString(folder.resolve("t.md.vm"), template, StandardCharsets.UTF_8);
    return new LetterTemplates(folder).render("t.md.vm", Map.of("letter", VIEW));
  }

  private void assertFails(String template, String problem) {
    assertThatThrownBy(() -> render(template)).isInstanceOf(TemplateException.class).hasMessageContaining(problem);
  }

  @Test
  void undefinedReferenceFailsWithTemplateLineAndColumn() {
    assertThatThrownBy(() -> render("Dear reader,\n\nYour $letter.date and $letter.missing.\n"))
        .isInstanceOfSatisfying(TemplateException.class, e -> {
          assertThat(e.template()).isEqualTo("t.md.vm");
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.column()).isEqualTo(31); // the property that does not exist
          assertThat(e.getMessage()).startsWith("t.md.vm:3:31: ").contains("missing");
        });
  }

  @Test
  void undefinedVariableFails() {
    assertFails("Hello $nobody\n", "nobody");
  }

  @Test
  void nullValueFailsInsteadOfPrintingNothing() {
    // the sample case has no SASID
    assertFails("SASID: $letter.re.stateId\n", "stateId");
  }

  @Test
  void templatesCannotReachClassesOrReflection() {
    assertFails("$letter.class", "class");
    assertFails("$letter.getClass()", "getClass");
    assertFails("$letter.getClass().forName('java.lang.Runtime')", "getClass");
    assertFails("#set($c = $letter.class)$c.forName('java.lang.Runtime')", "class");
    assertFails("$letter.date.getClass()", "getClass");
    assertFails("$letter.hashCode()", "hashCode");
  }

  @Test
  void templatesCannotChangeWhatTheyAreGiven() {
    assertFails("$letter.addressees.clear()", "clear");
    assertFails("#set($letter.date = 'yesterday')", "date");
    assertThat(VIEW.addressees()).isNotEmpty();
  }

  @Test
  void templatesCannotEvaluateOrIncludeOutsideTheirRoots() {
    assertFails("#evaluate('$letter.date')", "#evaluate is not allowed");
    assertFails("#include('../../../etc/passwd')", "template");
    assertFails("#parse('/etc/passwd')", "template");
  }

  @Test
  void quietReferenceIsRefusedWhenTheTemplateIsLoaded() {
    assertThatThrownBy(() -> render("Fine.\nSASID: $!letter.re.stateId\n"))
        .isInstanceOfSatisfying(TemplateException.class, e -> {
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(8);
          assertThat(e.getMessage()).contains("quiet references");
        });
  }

  @Test
  void viewObjectCannotBePrintedWhole() {
    assertFails("$letter.sender", "not text");
  }

  @Test
  void valueIsEscapedOnceEvenWhenBuiltInAStringLiteral() throws IOException {
    String markdown = render("#set($a = $letter.re.studentName)#set($x = \"$a and $a\")$x\n");

    assertThat(markdown).isEqualTo("Oliver Tremaine\\-Baptiste and Oliver Tremaine\\-Baptiste\n");
  }

  @Test
  void organisationTemplateOverridesTheBuiltInOneByName() throws IOException {
    Files.writeString(folder.resolve("records-request.md.vm"), "Ours: $letter.date\n");

    assertThat(new LetterTemplates(folder).render("records-request.md.vm", Map.of("letter", VIEW)))
        .isEqualTo("Ours: December 4\\, 2026\n");
    assertThat(new LetterTemplates(null).render("records-request.md.vm", Map.of("letter", VIEW)))
        .startsWith("Danielle Tremaine\\-Baptiste\\\n");
  }

  @Test
  void builtInTemplatesHaveNoQuietReferences() throws IOException {
    List<Path> templates;
    try (Stream<Path> files = Files.list(BUILT_IN)) {
      templates = files.filter(f -> f.toString().endsWith(".vm")).toList();
    }
    assertThat(templates).isNotEmpty();
    for (Path template : templates) {
      assertThat(Files.readString(template)).as(template.getFileName().toString()).doesNotContain("$!");
    }
  }
}
