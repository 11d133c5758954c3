package org.iepletters.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownWriterTest {

  @Test
  void valueOpeningWithABlankLineAfterATemplateLineBreakLeavesNoBackslash() {
    MarkdownWriter w = new MarkdownWriter();
    w.write("Keeper of Student Records\\\n");
    w.writeValue("\n\nAvery");

    assertThat(w.toString()).isEqualTo("Keeper of Student Records<br>\n\n\nAvery");
    assertThat(MarkdownSyntax.text(w.toString())).contains("Keeper of Student Records", "Avery").doesNotContain("\\");
  }

  @Test
  void templateLineBreakBeforeAnOrdinaryValueStaysALineBreak() {
    MarkdownWriter w = new MarkdownWriter();
    w.write("Keeper of Student Records\\\n");
    w.writeValue("Avery");

    assertThat(w.toString()).isEqualTo("Keeper of Student Records\\\nAvery");
  }
}
