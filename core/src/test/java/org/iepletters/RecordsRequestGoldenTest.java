package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * The records request for the sample case, compared with the expected {@code word/document.xml}
 * (whitespace between elements and namespace prefixes do not matter).
 *
 * <p>After an intended change, refresh the expected file with
 * {@code mvn -B -q -pl core -am test -Dtest=RecordsRequestGoldenTest -Dgolden.update=true -Dsurefire.failIfNoSpecifiedTests=false}
 * and review the difference before committing it.
 */
class RecordsRequestGoldenTest {

  private static final Path EXPECTED = Path.of("src/test/resources/golden/records-request.document.xml");

  @Test
  void recordsRequestMatchesTheExpectedDocument() throws Exception {
    Letter letter = IepLetters.defaults().render(LetterKind.RECORDS_REQUEST, CaseFixtures.read("speech-one-of-three"),
        LocalDate.of(2026, 12, 4));
    String actual = DocxContent.part(letter.docx(), "word/document.xml");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(EXPECTED, indented(actual), StandardCharsets.UTF_8);
    }

    Diff diff = DiffBuilder.compare(Input.fromString(Files.readString(EXPECTED, StandardCharsets.UTF_8)))
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
