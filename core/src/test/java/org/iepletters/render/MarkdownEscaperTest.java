package org.iepletters.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkdownEscaperTest {

  @Test
  void everyAsciiPunctuationCharacterIsEscaped() {
    assertThat(MarkdownEscaper.escape("*a* _b_ [c](d) #e <f> |g| `h` ~i~", ""))
        .isEqualTo("\\*a\\* \\_b\\_ \\[c\\]\\(d\\) \\#e \\<f\\> \\|g\\| \\`h\\` \\~i\\~");
  }

  @Test
  void backslashBecomesACharacterReferenceSoItCannotJoinCells() {
    assertThat(MarkdownEscaper.escape("a\\", "| ")).isEqualTo("a&#92;");
  }

  @Test
  void spacesAtTheEdgesOfEachLineAreKept() {
    assertThat(MarkdownEscaper.escape(" a b\t", "")).isEqualTo("&#32;a b&#9;");
  }

  @Test
  void newlineIsAHardBreakAndEmptyLineANewParagraph() {
    assertThat(MarkdownEscaper.escape("a\nb\n\nc", "")).isEqualTo("a\\\nb\n\nc");
  }

  @Test
  void continuationLinesStayInsideTheirListItem() {
    assertThat(MarkdownEscaper.escape("a\nb\n\nc", "1. ")).isEqualTo("a\\\n   b\n\n   c");
  }

  @Test
  void onATableRowOrHeadingEveryNewlineIsACellBreak() {
    assertThat(MarkdownEscaper.escape("a\nb\n\nc", "| x | ")).isEqualTo("a<br>b<br><br>c");
    assertThat(MarkdownEscaper.escape("a\nb", "## ")).isEqualTo("a<br>b");
  }

  @Test
  void newlineEndingAValueIsALineBreakEvenWhereTheValueEndsItsParagraph() {
    // a backslash break at the end of a paragraph prints as a backslash
    assertThat(MarkdownEscaper.escape("a\n", "")).isEqualTo("a<br>");
    assertThat(MarkdownSyntax.html(MarkdownEscaper.escape("a\n", "") + "\n\nnext"))
        .isEqualTo("<p>a<br></p>\n<p>next</p>\n");
  }

  @Test
  void insideBoldTheTemplateOpenedEveryNewlineIsALineBreak() {
    // a blank line would split the bold span and print its asterisks
    assertThat(MarkdownEscaper.escape("a\n\nb", "**Re: ")).isEqualTo("a<br><br>b");
    assertThat(MarkdownEscaper.escape("a\n\nb", "**Re:** ")).isEqualTo("a\n\nb");
    assertThat(MarkdownEscaper.escape("a\n\nb", "\\*\\*Re: ")).isEqualTo("a\n\nb");
  }

  @Test
  void unicodeSpaceEndingAValueStillLetsTheTemplatesBoldClose() {
    // a ** after U+00A0 does not close emphasis in CommonMark, and would print
    assertThat(MarkdownEscaper.escape("Sam\u00A0", "**Re: ")).isEqualTo("Sam&#160;");
    assertThat(MarkdownSyntax.html("**Re: " + MarkdownEscaper.escape("Sam\u00A0", "**Re: ") + "**"))
        .isEqualTo("<p><strong>Re: Sam\u00A0</strong></p>\n");
  }

  @Test
  void userTextCannotWriteTheCellBreak() {
    assertThat(MarkdownEscaper.escape("<br>", "| ")).isEqualTo("\\<br\\>");
  }

  @Test
  void characterXmlForbidsIsRefused() {
    assertThatThrownBy(() -> MarkdownEscaper.escape("a\u0001", "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MarkdownEscaper.escape("a\ud800", "")).isInstanceOf(IllegalArgumentException.class);
  }
}
