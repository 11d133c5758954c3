package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.iepletters.model.Case;
import org.iepletters.validation.CaseValidator;
import org.iepletters.validation.InvalidCaseException;
import org.iepletters.validation.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * User text is data, never code or markup: Velocity, Markdown, WordprocessingML and HTML written as a name
 * prints literally in every letter, in running text and in a table cell, and the letter keeps the shape it has
 * with a plain name. Control characters never get that far: validation refuses them with the field's path.
 */
class HostileTextTest {

  private static final String PLAIN_NAME = "Plainguardian Name";
  private static final String PLAIN_SERVICE = "Plainservice Name";

  /** Text that means something to one of the languages a value passes through. */
  static final List<String> HOSTILE = List.of(
      // Velocity
      "$class", "${x}", "#set($a=1)", "#foreach($i in [1..3])x#end", "#evaluate(\"#set($b=2)\")", "$!{y}",
      "#[[raw]]#", "##comment", "#*block*#", "$letter.sender.name", "#include(\"/etc/passwd\")", "#macro(m)x#end",
      // Markdown
      "*a*", "_b_", "# heading", "| cell |", "> quote", "1. item", "- item", "[x](http://example.org)", "`code`",
      "---", "***", "<br>", "\\", "trailing\\", "a  \\", "**bold**", "~~strike~~", "![img](x.png)", "<http://x.org>",
      "+ plus", "=== setext", "    four spaces", "\tTab first",
      // XML and WordprocessingML
      "<w:p>", "</w:t></w:r><w:r><w:t>", "]]>", "&amp;", "&#x41;", "<!DOCTYPE x>", "<?xml version=\"1.0\"?>",
      "<![CDATA[x]]>", "\"quoted\" 'single'",
      // HTML entities
      "&#32;", "&nbsp;", "&lt;b&gt;", "&#92;");

  static Stream<Arguments> hostileInEveryKind() {
    List<Arguments> all = new ArrayList<>();
    for (String value : HOSTILE) {
      for (LetterKind kind : LetterKind.values()) {
        all.add(Arguments.of(kind, value));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("hostileInEveryKind")
  void hostileTextPrintsLiterallyAndChangesNoStructure(LetterKind kind, String value) {
    String caseName = kind == LetterKind.PARTIAL_REJECTION || kind == LetterKind.WRITTEN_NOTICE_REQUEST
        ? "budget-cut" : kind == LetterKind.IEE_REQUEST ? "iee-refusal" : "speech-one-of-three";
    Case sample = CaseFixtures.read(caseName);
    Case plain = TestCaseEdits.withServiceName(TestCaseEdits.withGuardianName(sample, PLAIN_NAME), 0, PLAIN_SERVICE);
    Case hostile = TestCaseEdits.withServiceName(TestCaseEdits.withGuardianName(sample, value), 0, value);
    if (kind == LetterKind.IEE_REQUEST) {
      // the IEE request names no service: the refused request's own words carry the text instead
      plain = TestCaseEdits.withRefusedRequestText(plain, 0, PLAIN_SERVICE);
      hostile = TestCaseEdits.withRefusedRequestText(hostile, 0, value);
    }

    Letter expected = IepLetters.defaults().render(kind, plain, CaseFixtures.asOf(caseName));
    Letter actual = IepLetters.defaults().render(kind, hostile, CaseFixtures.asOf(caseName));

    assertThat(expected.text()).contains(PLAIN_NAME, PLAIN_SERVICE);
    assertThat(actual.text()).as("Letter.text()")
        .isEqualTo(expected.text().replace(PLAIN_NAME, value).replace(PLAIN_SERVICE, value));
    TypedText.assertSameText("the .docx text", TypedText.of(actual.docx()),
        TypedText.of(expected.docx()).replace(PLAIN_NAME, value).replace(PLAIN_SERVICE, value));
    assertThat(count(actual.docx(), "tbl")).as("tables").isEqualTo(count(expected.docx(), "tbl"));
    assertThat(count(actual.docx(), "p")).as("paragraphs").isEqualTo(count(expected.docx(), "p"));
    assertThat(headings(actual.docx())).as("headings").isEqualTo(headings(expected.docx()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0007", "\u0000", "\uFFFE", "\uD800", "\uDC00"})
  void controlCharacterIsRefusedWithTheFieldsPath(String control) {
    Case sample = CaseFixtures.read("speech-one-of-three");
    Case bad = TestCaseEdits.withServiceName(TestCaseEdits.withGuardianName(sample, "Ann" + control + "Lee"), 0,
        "Speech" + control);
    String code = String.format("U+%04X", (int) control.charAt(0));

    assertThat(CaseValidator.validate(bad)).containsExactly(
        new Violation("guardian.name", "contains a character that XML 1.0 forbids (" + code + ")"),
        new Violation("iep.services[0].service", "contains a character that XML 1.0 forbids (" + code + ")"));
    for (LetterKind kind : List.of(LetterKind.RECORDS_REQUEST, LetterKind.DEMAND, LetterKind.PRS_COMPLAINT)) {
      assertThatThrownBy(() -> IepLetters.defaults().render(kind, bad, CaseFixtures.asOf("speech-one-of-three")))
          .isInstanceOf(InvalidCaseException.class)
          .hasMessageContaining("guardian.name")
          .hasMessageNotContaining("Ann");
    }
  }

  private static int count(byte[] docx, String element) {
    return DocxContent.xml(docx, "word/document.xml").getElementsByTagNameNS(DocxContent.W, element).getLength();
  }

  private static List<String> headings(byte[] docx) {
    Document xml = DocxContent.xml(docx, "word/document.xml");
    NodeList styles = xml.getElementsByTagNameNS(DocxContent.W, "pStyle");
    List<String> found = new ArrayList<>();
    for (int i = 0; i < styles.getLength(); i++) {
      String style = ((Element) styles.item(i)).getAttributeNS(DocxContent.W, "val");
      if (style.toLowerCase().startsWith("heading")) {
        found.add(style);
      }
    }
    return found;
  }
}
