package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

/**
 * The letters about a proposed cut for the public case {@code budget-cut} on its as-of date, compared with the
 * expected {@code word/document.xml} (whitespace between elements and namespace prefixes do not matter).
 *
 * <p>After an intended change, refresh the expected files with
 * {@code mvn -B -q -pl core -am test -Dtest=CutLettersGoldenTest -Dgolden.update=true -Dsurefire.failIfNoSpecifiedTests=false}
 * and review the difference before committing it.
 */
class CutLettersGoldenTest {

  @Test
  void partialRejectionMatchesTheExpectedDocument() throws Exception {
    assertMatchesGolden(LetterKind.PARTIAL_REJECTION);
  }

  @Test
  void writtenNoticeRequestMatchesTheExpectedDocument() throws Exception {
    assertMatchesGolden(LetterKind.WRITTEN_NOTICE_REQUEST);
  }

  private static void assertMatchesGolden(LetterKind kind) throws Exception {
    Path expected = Path.of("src/test/resources/golden/" + kind.cliName() + ".document.xml");
    Letter letter = CutLetterCases.render(kind, CutLetterCases.BUDGET_CUT);
    String actual = DocxContent.part(letter.docx(), "word/document.xml");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, indented(actual), StandardCharsets.UTF_8);
    }

    Diff diff = DiffBuilder.compare(Input.fromString(Files.readString(expected, StandardCharsets.UTF_8)))
        .withTest(Input.fromString(actual))
        .ignoreWhitespace()
        .checkForSimilar()
        .build();

    assertThat(diff.hasDifferences()).as(diff.toString()).isFalse();
  }

  /** One element a line, so that a change to the letter reads as a small diff. */
  private static String indented(String xml) throws Exception {
    Transformer indent = TransformerFactory.newInstance().newTransformer();
    indent.setOutputProperty(OutputKeys.INDENT, "yes");
    indent.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "1");
    StringWriter out = new StringWriter();
    indent.transform(new StreamSource(new StringReader(xml)), new StreamResult(out));
    return out.toString();
  }
}
